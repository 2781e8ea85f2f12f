package org.triangulate.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.triangulate.pipeline.AnalyzeResult;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.report.Reports;
import org.triangulate.reuse.PassageEmbedder;
import org.triangulate.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate analyze PATH... --out DIR}: the whole pipeline and the three reports. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Reads documents, extracts and stores their articles, groups them into stories and writes"
          + " DIR/report.json, DIR/report.md and DIR/report.html (self-contained; open it in a"
          + " browser). Prints the paths of the reports on stdout.",
      "Provenance (who copied whom) uses the bundled sentence-embedding model, as align does;"
          + " --no-model keeps to lexical evidence."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand TriangulateCommand top;

  @Mixin InputPaths input;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "the folder for the reports, created if needed (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--no-store", description = "do not add the articles to the store")
  boolean noStore;

  @Option(
      names = "--window",
      paramLabel = "DAYS",
      defaultValue = "30",
      description =
          "provenance compares two dated articles only when they were published at most DAYS"
              + " apart; undated articles are compared with all (default: ${DEFAULT-VALUE})")
  int windowDays;

  @Mixin EmbedderOptions model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PassageEmbedder embedder;
    try {
      embedder = model.embedder();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (windowDays < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--window must be at least 1 day, got "
              + windowDays
              + "; widen it to compare older copies");
    }
    AnalyzeResult result;
    LuceneArticleStore store = noStore ? null : top.openStore();
    CommitOnExit onExit = store == null ? null : new CommitOnExit(store, top.console.err());
    try (var listener = top.listener("analyze")) {
      Pipeline.Builder pipeline = top.pipeline().candidateWindow(Duration.ofDays(windowDays));
      if (embedder != null) {
        pipeline.passageEmbedder(embedder);
      }
      if (store != null) {
        pipeline.store(store);
      }
      result = pipeline.build().analyze(input.inputs(), listener);
    } finally {
      if (store != null) {
        onExit.close();
        store.close();
      }
    }
    for (Path report : Reports.writeAll(result.analysis(), out)) {
      top.console.out().println(report);
    }
    top.console.out().flush();
    return top.finish("analyze", result.summary());
  }
}
