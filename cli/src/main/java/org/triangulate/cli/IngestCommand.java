package org.triangulate.cli;

import java.util.concurrent.Callable;
import org.triangulate.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code triangulate ingest PATH...}: reads, extracts and stores. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads documents, extracts their articles and adds them to the store (see --store).",
      "An article already in the store is counted as a repeat and stored once. Commits every"
          + " 500 articles and at the end: if the run is killed, the next run goes on from the"
          + " last commit."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand TriangulateCommand top;

  @Mixin InputPaths input;

  @Override
  public Integer call() {
    RunSummary summary;
    long size;
    try (var store = top.openStore()) {
      var onExit = new CommitOnExit(store, top.console.err());
      try (var listener = top.listener("ingest")) {
        summary = top.pipeline().store(store).build().ingest(input.inputs(), listener);
        size = store.size();
      } finally {
        onExit.close();
      }
    }
    top.console
        .err()
        .println("store " + top.store + " holds " + size + (size == 1 ? " article" : " articles"));
    return top.finish("ingest", summary);
  }
}
