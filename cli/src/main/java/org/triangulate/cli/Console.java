package org.triangulate.cli;

import java.io.PrintStream;

/**
 * Where a command writes: {@code out} for data (JSON Lines, search results), {@code err} for
 * problems, progress and summaries.
 */
record Console(PrintStream out, PrintStream err) {
  /** Set by {@code bin/triangulate} when stderr is a terminal, which Java 17 cannot tell. */
  static final String STDERR_TERMINAL_PROPERTY = "triangulate.stderr.terminal";

  /** Whether a progress bar would be seen: stderr is a terminal. */
  static boolean stderrIsTerminal() {
    String told = System.getProperty(STDERR_TERMINAL_PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    return System.console() != null;
  }
}
