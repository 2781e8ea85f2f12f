package org.triangulate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.triangulate.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The {@code triangulate} command line. Exit codes: 0 all well, 1 some documents failed (each
 * reported on stderr), 2 usage or setup error (bad arguments, store in use or missing, output not
 * writable).
 */
public final class Triangulate {
  /** Every document gave an article. */
  public static final int OK = 0;

  /** Some documents failed, or an internal error. */
  public static final int DOCUMENTS_FAILED = 1;

  /** Bad arguments, or the store or output folder cannot be used. */
  public static final int USAGE = 2;

  private Triangulate() {}

  public static void main(String[] args) {
    var out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false, UTF_8);
    var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    int code = run(args, out, err);
    out.flush();
    System.exit(code);
  }

  /**
   * Runs one command line; data goes to {@code out}, messages, problems and progress to {@code
   * err}.
   *
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    var console = new Console(out, err);
    CommandLine commandLine = new CommandLine(new TriangulateCommand(console));
    commandLine.setOut(new PrintWriter(out, true, UTF_8));
    commandLine.setErr(new PrintWriter(err, true, UTF_8));
    commandLine.setExecutionExceptionHandler(Triangulate::handle);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int handle(Exception e, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof SetupException
        || e instanceof StoreLockedException
        || e instanceof UncheckedIOException) {
      err.println("triangulate: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof DocumentException) {
      err.println("triangulate: " + e.getMessage());
      return DOCUMENTS_FAILED;
    }
    err.println("triangulate: internal error, please report it with the command you ran:");
    e.printStackTrace(err);
    return DOCUMENTS_FAILED;
  }
}
