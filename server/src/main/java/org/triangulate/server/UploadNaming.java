package org.triangulate.server;

import java.nio.file.Path;
import org.triangulate.core.Checks;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Ingestor;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;

/**
 * Wraps an ingestor so that documents read from an API upload (a file in the uploads folder) are
 * named by the upload's file name, not by a path on the server: the name is what the articles and
 * problems show to every reader of the API.
 */
final class UploadNaming implements Ingestor {
  private final Ingestor delegate;
  private final String prefix;

  UploadNaming(Ingestor delegate, Path uploads) {
    this.delegate = Checks.notNull("delegate", delegate);
    this.prefix = uploads.toAbsolutePath().normalize() + java.io.File.separator;
  }

  @Override
  public void read(String input, DocumentSink sink) {
    if (!input.startsWith(prefix)) {
      delegate.read(input, sink);
      return;
    }
    delegate.read(
        input,
        new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            sink.accept(
                new RawDocument(
                    rename(document.source()),
                    document.kind(),
                    document.content(),
                    document.declaredCharset(),
                    document.hints()));
          }

          @Override
          public void reject(Problem problem) {
            sink.reject(
                new Problem(
                    rename(problem.document()),
                    problem.code(),
                    problem.message().replace(prefix, ""),
                    problem.fatal()));
          }
        });
  }

  private String rename(String source) {
    return source.startsWith(prefix) ? source.substring(prefix.length()) : source;
  }
}
