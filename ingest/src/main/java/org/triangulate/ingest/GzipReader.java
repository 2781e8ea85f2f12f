package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.triangulate.core.DocumentSink;

/**
 * Decompresses a gzip input and reads what it holds with the wrapped reader, named by the inner
 * file name ({@code a.jsonl.gz} is read as {@code a.jsonl}). Gzipped WARC files go to the WARC
 * reader compressed, because it reads record-per-member files (CC-NEWS) itself and locates damage.
 */
final class GzipReader implements FormatReader {
  private static final int BUFFER = 64 * 1024;
  private final FormatReader inner;
  private final FormatReader warc;

  GzipReader(FormatReader inner, FormatReader warc) {
    this.inner = inner;
    this.warc = warc;
  }

  @Override
  public void read(Input input, DocumentSink sink) throws IOException {
    if (isWarc(input)) {
      warc.read(input, sink);
      return;
    }
    GZIPInputStream gunzipped = new GZIPInputStream(input.stream(), BUFFER);
    Input decompressed =
        Input.open(
            input.source(),
            innerName(input.name()),
            gunzipped,
            input.origin(),
            null,
            input.charset(),
            input.hints());
    inner.read(decompressed, sink);
  }

  private static boolean isWarc(Input input) throws IOException {
    if (input.name().endsWith(".warc.gz")) {
      return true;
    }
    InputStream stream = input.stream();
    stream.mark(BUFFER);
    try {
      byte[] start = new GZIPInputStream(new KeepOpen(stream), 512).readNBytes(7);
      return new String(start, ISO_8859_1).equals("WARC/1.");
    } finally {
      stream.reset();
    }
  }

  static String innerName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      return lower.substring(0, lower.length() - 3);
    }
    if (lower.endsWith(".tgz")) {
      return lower.substring(0, lower.length() - 4) + ".tar";
    }
    return lower;
  }

  /** Ignores close, so that peeking with a throw-away decompressor leaves the input open. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The peek must not close the input it borrows; the owner closes it.
    }
  }
}
