package org.triangulate.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Ingestor;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/**
 * Entry point of the ingest stage: the standard ingestor that recognises every supported input
 * format.
 */
public final class Ingestors {
  private Ingestors() {}

  /** Reads files and directories; placeholder until the format readers land. */
  public static Ingestor standard() {
    return Ingestors::readPath;
  }

  private static void readPath(String input, DocumentSink sink) {
    Path path = Path.of(input);
    try {
      if (Files.isDirectory(path)) {
        try (var files = Files.walk(path)) {
          files.filter(Files::isRegularFile).sorted().forEach(p -> readPath(p.toString(), sink));
        }
        return;
      }
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      ContentKind kind =
          name.endsWith(".html") || name.endsWith(".htm") ? ContentKind.HTML : ContentKind.TEXT;
      sink.accept(new RawDocument(input, kind, Files.readAllBytes(path), null, SourceHints.NONE));
    } catch (IOException e) {
      sink.reject(Problem.failure(input, "unreadable", "cannot read: " + e.getMessage()));
    }
  }
}
