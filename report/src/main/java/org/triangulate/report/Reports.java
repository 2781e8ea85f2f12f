package org.triangulate.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.core.Checks;

/**
 * Writes the standard reports: {@code report.json} (versioned, machine-readable), {@code report.md}
 * and a self-contained {@code report.html}.
 *
 * <pre>{@code
 * List<Path> written = Reports.writeAll(analysis, Path.of("out"));
 * }</pre>
 */
public final class Reports {
  private Reports() {}

  /** The standard reports, JSON first. */
  public static List<Report> standard() {
    return List.of(new JsonReport(), new MarkdownReport(), new HtmlReport());
  }

  /**
   * Writes every standard report into {@code folder} (created if needed). Each file is written to a
   * temporary name and moved into place, so a reader never sees half a report.
   *
   * @return the files written, in the order of {@link #standard()}
   * @throws UncheckedIOException if the folder cannot be written, naming it
   */
  public static List<Path> writeAll(Analysis analysis, Path folder) {
    Checks.notNull("analysis", analysis);
    Checks.notNull("folder", folder);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Report report : standard()) {
        Path target = folder.resolve(report.fileName());
        Path temporary = folder.resolve("." + report.fileName() + ".tmp");
        try (var out = Files.newBufferedWriter(temporary, UTF_8)) {
          report.write(analysis, out);
        }
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        written.add(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the reports into " + folder + ": " + e + "; pass a writable --out DIR", e);
    }
    return written;
  }
}
