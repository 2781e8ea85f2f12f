package org.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/**
 * Reads WARC files, plain or gzipped per record (CC-NEWS): every {@code response} record with HTTP
 * status 200 and an HTML content type becomes one HTML document named {@code file.warc.gz#n}, n
 * counting all records from 1. Other records are skipped and counted in one warning per file. A
 * damaged file yields the records before the damage and a {@code truncated} problem.
 *
 * <p>The WARC-Date is when the page was crawled, not when it was published: it is passed as the
 * published hint only when {@link IngestSettings#warcDateAsPublished()} is set, because extraction
 * prefers container hints over the page's own dates (JSON-LD, meta tags).
 */
final class WarcFileReader implements FormatReader {
  private final int maxBytes;
  private final boolean warcDateAsPublished;

  WarcFileReader(int maxBytes, boolean warcDateAsPublished) {
    this.maxBytes = maxBytes;
    this.warcDateAsPublished = warcDateAsPublished;
  }

  @Override
  public void read(Input input, DocumentSink sink) throws IOException {
    Map<String, Integer> skipped = new TreeMap<>();
    int number = 0;
    int documents = 0;
    boolean reportedNothing = true;
    // A file channel lets jwarc read whole blocks instead of going through a stream adapter.
    try (WarcReader reader =
        input.file() != null
            ? new WarcReader(FileChannel.open(input.file()))
            : new WarcReader(input.stream())) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.reject(damaged(input.source(), number, documents, e));
          reportedNothing = false;
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        number++;
        String source = input.source() + "#" + number;
        try {
          String skip = readRecord(next.get(), source, sink);
          if (skip == null) {
            documents++;
          } else {
            skipped.merge(skip, 1, Integer::sum);
          }
        } catch (IOException | RuntimeException e) {
          // A record whose body breaks off leaves the stream unusable: stop here.
          sink.reject(damaged(input.source(), number - 1, documents, e));
          break;
        }
      }
    }
    if (number == 0 && reportedNothing) {
      sink.reject(Problem.failure(input.source(), "empty", "the WARC file has no records"));
    }
    if (!skipped.isEmpty()) {
      int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
      sink.reject(
          Problem.warning(
              input.source(),
              "skipped-records",
              "skipped "
                  + total
                  + " of "
                  + number
                  + " records that are not HTML pages: "
                  + skipped));
    }
  }

  /** Emits the record's document and returns null, or returns why it was skipped. */
  private String readRecord(WarcRecord record, String source, DocumentSink sink)
      throws IOException {
    if (!(record instanceof WarcResponse response)) {
      return record.type();
    }
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      return "response (not HTTP)";
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return "response (HTTP " + http.status() + ")";
    }
    MediaType type = http.contentType().base();
    if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
      return "response (" + type + ")";
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = Streams.readAtMost(in, maxBytes);
    }
    if (body == null) {
      sink.reject(Streams.tooLarge(source, maxBytes, "maxDocumentBytes"));
      return "response (too large)";
    }
    String target = response.target();
    String published =
        warcDateAsPublished && response.date() != null ? response.date().toString() : null;
    SourceHints hints = new SourceHints(null, target, null, published, null);
    sink.accept(
        new RawDocument(
            source,
            ContentKind.HTML,
            body,
            HttpFetcher.charset(http.headers().first("Content-Type").orElse(null)),
            hints));
    return null;
  }

  private static Problem damaged(String file, int lastGood, int documents, Exception e) {
    String read = "read " + lastGood + " records before the damage (" + documents + " documents)";
    if (e instanceof IOException io) {
      Problem p = Streams.broken(file + "#" + (lastGood + 1), io, read);
      return p.code().equals("unreadable")
          ? Problem.failure(p.document(), "invalid-warc", p.message())
          : p;
    }
    return Problem.failure(
        file + "#" + (lastGood + 1),
        "invalid-warc",
        "cannot parse: " + e.getMessage() + "; " + read);
  }
}
