package org.triangulate.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Ingestor;
import org.triangulate.core.Problem;

/**
 * The ingestor {@link Ingestors} builds: http(s) URLs are fetched, {@code file:} URIs and paths are
 * read from disk. Immutable and thread-safe.
 */
final class StandardIngestor implements Ingestor {
  private final PathReader paths;
  private final UrlReader urls;

  StandardIngestor(PathReader paths, UrlReader urls) {
    this.paths = paths;
    this.urls = urls;
  }

  @Override
  public void read(String input, DocumentSink sink) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("input must be a path or URL, got '" + input + "'");
    }
    if (sink == null) {
      throw new IllegalArgumentException("sink must not be null; pass a DocumentSink");
    }
    String lower = input.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      urls.read(input.strip(), sink);
      return;
    }
    if (lower.matches("[a-z][a-z0-9+.-]+://.*") && !lower.startsWith("file:")) {
      sink.reject(
          Problem.failure(
              input, "unsupported-scheme", "only files, directories and http(s) URLs can be read"));
      return;
    }
    Path path;
    try {
      path = lower.startsWith("file:") ? Path.of(URI.create(input.strip())) : Path.of(input);
    } catch (IllegalArgumentException e) {
      sink.reject(Problem.failure(input, "invalid-path", "not a valid path: " + e.getMessage()));
      return;
    }
    paths.read(path, input, sink);
  }
}
