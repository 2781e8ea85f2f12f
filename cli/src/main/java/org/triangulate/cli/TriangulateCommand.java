package org.triangulate.cli;

import java.nio.file.Path;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.RunSummary;
import org.triangulate.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: options shared by every subcommand. */
@Command(
    name = "triangulate",
    mixinStandardHelpOptions = true,
    version = "triangulate 0.1.0",
    description =
        "Tells what really stands behind a news story: reads news articles in many formats,"
            + " extracts clean text and metadata, stores and searches them, and writes reports.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      AnalyzeCommand.class,
      AlignCommand.class,
      StoriesCommand.class,
      ShowCommand.class,
      FactsCommand.class,
      ServeCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all well",
      "1:some documents failed (each is reported on stderr, with a summary at the end)",
      "2:usage or setup error (bad arguments, store in use or missing, output not writable)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  triangulate analyze examples --out out",
      "  triangulate extract page.html feed.rss > articles.jsonl",
      "  triangulate ingest corpus/ && triangulate search \"dam spillway\"",
      "  triangulate stories --sort largest && triangulate show STORY",
      "  triangulate align wire.html copy.html",
      "  triangulate facts article.html --json",
      "  triangulate serve --port 7070"
    })
final class TriangulateCommand implements Runnable {
  final Console console;

  @Spec CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      defaultValue = "${env:TRIANGULATE_STORE:-triangulate-data}",
      description =
          "the data folder of the article store (default: $TRIANGULATE_STORE or"
              + " ./triangulate-data; now ${DEFAULT-VALUE})")
  Path store;

  @Option(
      names = "--threads",
      paramLabel = "N",
      scope = ScopeType.INHERIT,
      description = "extraction threads (default: the number of processors, at most 4)")
  Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      scope = ScopeType.INHERIT,
      description = "show a progress bar on stderr (default: only when stderr is a terminal)")
  Boolean progress;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "also report warnings about documents that were kept")
  boolean verbose;

  TriangulateCommand(Console console) {
    this.console = console;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "name a command: extract, ingest, search, analyze, align, stories, show, facts or serve");
  }

  Pipeline.Builder pipeline() {
    if (threads != null && threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    Pipeline.Builder builder = Pipeline.builder();
    if (threads != null) {
      builder.threads(threads);
    }
    return builder;
  }

  ConsoleListener listener(String task) {
    boolean showProgress = progress != null ? progress : Console.stderrIsTerminal();
    return new ConsoleListener(console.err(), verbose, showProgress, task);
  }

  LuceneArticleStore openStore() {
    return LuceneArticleStore.open(store);
  }

  /** Prints the summary on stderr and returns the exit code. */
  int finish(String command, RunSummary summary) {
    console.err().println(command + ": " + summary.describe());
    if (!summary.allWell()) {
      console
          .err()
          .println(
              summary.failed()
                  + (summary.failed() == 1 ? " document" : " documents")
                  + " failed; each is reported above");
      return Triangulate.DOCUMENTS_FAILED;
    }
    return Triangulate.OK;
  }
}
