package org.triangulate.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.triangulate.core.Problem;
import org.triangulate.pipeline.PipelineListener;

/**
 * Reports a run on stderr: each failed document as it comes (warnings too when verbose), and a
 * progress bar when asked for.
 */
final class ConsoleListener implements PipelineListener, AutoCloseable {
  private final PrintStream err;
  private final boolean verbose;
  private final ProgressBar bar;
  private long failed;

  ConsoleListener(PrintStream err, boolean verbose, boolean progress, String task) {
    this.err = err;
    this.verbose = verbose;
    this.bar =
        progress
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build()
            : null;
  }

  @Override
  public void problem(Problem problem) {
    if (problem.fatal() || verbose) {
      if (bar != null) {
        err.print("\r\033[K"); // clear the bar's line so the message stands alone
      }
      err.println(problem);
    }
  }

  @Override
  public void documentDone(String source, Outcome outcome) {
    if (outcome == Outcome.FAILED) {
      failed++;
    }
    if (bar != null) {
      bar.step();
      if (failed > 0) {
        bar.setExtraMessage(failed + " failed");
      }
    }
  }

  @Override
  public void stepStarted(String name) {
    if (bar != null) {
      bar.setExtraMessage("analysing: " + name);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
