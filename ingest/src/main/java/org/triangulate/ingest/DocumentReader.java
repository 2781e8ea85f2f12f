package org.triangulate.ingest;

import java.io.IOException;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;

/** Reads a whole input as one document: an HTML page or a plain-text file. */
final class DocumentReader implements FormatReader {
  private final ContentKind kind;
  private final int maxBytes;

  DocumentReader(ContentKind kind, int maxBytes) {
    this.kind = kind;
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Input input, DocumentSink sink) throws IOException {
    byte[] bytes = Streams.readAtMost(input.stream(), maxBytes);
    if (bytes == null) {
      sink.reject(Streams.tooLarge(input.source(), maxBytes, "maxDocumentBytes"));
    } else if (bytes.length == 0) {
      sink.reject(Problem.failure(input.source(), "empty", "the input is empty"));
    } else {
      sink.accept(new RawDocument(input.source(), kind, bytes, input.charset(), input.hints()));
    }
  }
}
