package org.triangulate.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.triangulate.core.ArticleStore;

/**
 * Commits the store when the process is stopped (Ctrl-C, {@code kill}) during a run, so that every
 * article read so far is kept, not only those of the last batch commit. A process killed with
 * {@code kill -9} keeps the last batch commit.
 */
final class CommitOnExit implements AutoCloseable {
  private final AtomicBoolean finished = new AtomicBoolean();

  CommitOnExit(ArticleStore store, PrintStream err) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (finished.getAndSet(true)) {
                    return; // the run ended normally and closed the store itself
                  }
                  try {
                    store.commit();
                    err.println("triangulate: stopped; the articles read so far are committed");
                  } catch (RuntimeException e) {
                    err.println(
                        "triangulate: stopped; the last batch commit is kept, later articles are"
                            + " not: "
                            + e.getMessage());
                  }
                },
                "triangulate-commit-on-exit"));
  }

  /** The run is over; the store is about to be closed normally. */
  @Override
  public void close() {
    finished.set(true);
  }
}
