package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.triangulate.core.ContentKind;
import org.triangulate.core.Problem;

class WarcTest {
  private static final Instant CRAWLED = Instant.parse("2031-05-06T07:08:09Z");

  @TempDir Path dir;

  private static byte[] http(int status, String contentType, byte[] body) {
    String head =
        "HTTP/1.1 "
            + status
            + " X\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(ISO_8859_1);
    byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  private static WarcResponse response(String url, int status, String type, byte[] body) {
    return new WarcResponse.Builder(URI.create(url))
        .date(CRAWLED)
        .body(MediaType.HTTP_RESPONSE, http(status, type, body))
        .build();
  }

  /** A small crawl of the fictional Holm Ridge news sites, one record per gzip member. */
  private Path writeCrawl(String name, WarcCompression compression, int pages) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            compression)) {
      writer.write(
          new Warcinfo.Builder()
              .date(CRAWLED)
              .fields(java.util.Map.of("software", java.util.List.of("test")))
              .build());
      for (int i = 1; i <= pages; i++) {
        String url = "https://holm-courier.example/news/" + i;
        writer.write(
            new WarcRequest.Builder(URI.create(url))
                .date(CRAWLED)
                .body(
                    MediaType.HTTP_REQUEST,
                    ("GET /news/" + i + " HTTP/1.1\r\nHost: holm-courier.example\r\n\r\n")
                        .getBytes(ISO_8859_1))
                .build());
        writer.write(
            response(
                url,
                200,
                "text/html; charset=utf-8",
                ("<html><body><p>Holm Ridge update " + i + ": water level fell.</p></body></html>")
                    .getBytes(UTF_8)));
      }
      writer.write(
          response(
              "https://holm-courier.example/gone",
              404,
              "text/html",
              "<p>gone</p>".getBytes(UTF_8)));
      writer.write(
          response(
              "https://holm-courier.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
      writer.write(
          response(
              "https://tallin-post.example/a",
              200,
              "text/html; charset=ISO-8859-1",
              "<p>Sévrine mayor resigns</p>".getBytes(ISO_8859_1)));
    }
    return file;
  }

  @Test
  void readsHtmlResponsesWithTargetAndCharsetAndCountsTheRest() throws IOException {
    for (WarcCompression compression : WarcCompression.values()) {
      Path file =
          writeCrawl(
              compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression, 2);

      CollectingSink sink = CollectingSink.read(Ingestors.standard(), file.toString());

      assertThat(sink.sources())
          .as(compression.name())
          .containsExactly(file + "#3", file + "#5", file + "#8");
      assertThat(sink.documents).allMatch(d -> d.kind() == ContentKind.HTML);
      assertThat(sink.documents.get(0).hints().url())
          .isEqualTo("https://holm-courier.example/news/1");
      assertThat(sink.documents.get(0).hints().published())
          .as("crawl date is not a publication date")
          .isNull();
      assertThat(sink.documents.get(0).declaredCharset()).isEqualTo(UTF_8);
      assertThat(sink.text(0)).contains("Holm Ridge update 1");
      assertThat(sink.documents.get(2).declaredCharset()).isEqualTo(ISO_8859_1);
      assertThat(sink.documents.get(2).content())
          .isEqualTo("<p>Sévrine mayor resigns</p>".getBytes(ISO_8859_1));
      assertThat(sink.problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.fatal()).isFalse();
                assertThat(p.code()).isEqualTo("skipped-records");
                assertThat(p.message())
                    .contains("skipped 5 of 8")
                    .contains("request=2")
                    .contains("warcinfo=1")
                    .contains("HTTP 404")
                    .contains("image/png");
              });
    }
  }

  @Test
  void passesTheWarcDateOnlyWhenAsked() throws IOException {
    Path file = writeCrawl("dated.warc.gz", WarcCompression.GZIP, 1);

    CollectingSink sink =
        CollectingSink.read(Ingestors.builder().warcDateAsPublished(true).build(), file.toString());

    assertThat(sink.documents.get(0).hints().published()).isEqualTo("2031-05-06T07:08:09Z");
  }

  @Test
  void keepsTheRecordsBeforeTheDamageOfATruncatedFile() throws IOException {
    for (WarcCompression compression : WarcCompression.values()) {
      Path whole = writeCrawl("whole-" + compression + ".warc.gz", compression, 40);
      byte[] bytes = Files.readAllBytes(whole);
      Path cut =
          Files.write(
              dir.resolve("cut-" + compression + ".warc.gz"),
              Arrays.copyOf(bytes, bytes.length / 2));

      CollectingSink sink = CollectingSink.read(Ingestors.standard(), cut.toString());

      assertThat(sink.documents.size()).as(compression.name()).isBetween(5, 39);
      Problem damage = sink.problems.stream().filter(Problem::fatal).findFirst().orElseThrow();
      assertThat(damage.code()).isIn("truncated", "invalid-warc");
      assertThat(damage.document()).startsWith(cut + "#");
      assertThat(damage.message()).contains("before the damage");
    }
  }
}
