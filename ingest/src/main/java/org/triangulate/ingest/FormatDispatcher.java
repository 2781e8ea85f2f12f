package org.triangulate.ingest;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;

/**
 * Sniffs an input's format and hands it to the reader for that format; rejects empty, binary and
 * unsupported inputs. Readers of containers (gzip) wrap this dispatcher to read what they contain.
 */
final class FormatDispatcher implements FormatReader {
  private final Map<Format, FormatReader> readers;

  /**
   * @param readers makes the reader per format, given this dispatcher (for nested containers)
   */
  FormatDispatcher(Function<FormatReader, Map<Format, FormatReader>> readers) {
    this.readers = new EnumMap<>(readers.apply(this));
  }

  @Override
  public void read(Input input, DocumentSink sink) throws IOException {
    Format format = Sniffer.detect(input);
    switch (format) {
      case EMPTY -> sink.reject(Problem.failure(input.source(), "empty", "the input is empty"));
      case BINARY ->
          sink.reject(
              Problem.failure(
                  input.source(),
                  "binary",
                  "binary content (an image, archive, PDF or executable?), not text, HTML, a feed,"
                      + " JSON Lines or WARC"));
      case UNSUPPORTED ->
          sink.reject(
              Problem.failure(
                  input.source(),
                  "unsupported-format",
                  "not a format we read"
                      + (input.mediaType() == null ? "" : " (" + input.mediaType() + ")")
                      + ": expected text, HTML, an RSS/Atom feed, JSON Lines, WARC or a URL list"));
      default -> {
        FormatReader reader = readers.get(format);
        if (reader == null) {
          throw new IllegalStateException("no reader configured for format " + format);
        }
        reader.read(input, sink);
      }
    }
  }
}
