package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;

/**
 * Reads a list of URLs, one per line ({@code #} starts a comment line), and fetches each in turn.
 */
final class UrlListReader implements FormatReader {
  private static final int MAX_LINE_BYTES = 16 * 1024;
  private final UrlReader urls;

  UrlListReader(UrlReader urls) {
    this.urls = urls;
  }

  @Override
  public void read(Input input, DocumentSink sink) throws IOException {
    Streams.LineReader lines = new Streams.LineReader(input.stream(), MAX_LINE_BYTES);
    byte[] bytes;
    boolean any = false;
    while ((bytes = lines.next()) != null) {
      String source = input.source() + "#" + lines.lineNumber();
      if (lines.lastTooLong()) {
        sink.reject(UrlReader.notAUrl(source, "(a line longer than " + MAX_LINE_BYTES + " bytes)"));
        continue;
      }
      String line = new String(bytes, UTF_8).strip();
      if (lines.lineNumber() == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      any = true;
      if (!Sniffer.isUrl(line)) {
        sink.reject(UrlReader.notAUrl(source, line));
        continue;
      }
      urls.read(line, sink);
    }
    if (!any) {
      sink.reject(Problem.failure(input.source(), "empty", "the URL list has no URLs"));
    }
  }
}
