package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnifferTest {
  private static Format file(String name, String head) {
    return Sniffer.detect(name, null, head.getBytes(UTF_8), Input.Origin.FILE);
  }

  @Test
  void extensionsDecideBetweenTextFormats() {
    assertThat(file("a.txt", "Flood in Veldra\n\nThe river rose.")).isEqualTo(Format.TEXT);
    assertThat(file("a.html", "just text, no tags")).isEqualTo(Format.HTML);
    assertThat(file("a.xhtml", "<html/>")).isEqualTo(Format.HTML);
    assertThat(file("a.jsonl", "{\"text\":\"x\"}")).isEqualTo(Format.JSON_LINES);
    assertThat(file("a.ndjson", "{\"text\":\"x\"}")).isEqualTo(Format.JSON_LINES);
    assertThat(file("a.rss", "<rss version=\"2.0\"></rss>")).isEqualTo(Format.FEED);
    assertThat(file("a.urls", "https://example.org/a")).isEqualTo(Format.URL_LIST);
  }

  @Test
  void xmlIsAFeedOnlyWithAFeedRoot() {
    assertThat(file("news.xml", "<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">"))
        .isEqualTo(Format.FEED);
    assertThat(
            file("news.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        .isEqualTo(Format.FEED);
    assertThat(file("news.xml", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">"))
        .isEqualTo(Format.FEED);
    assertThat(file("config.xml", "<?xml version=\"1.0\"?><settings/>"))
        .isEqualTo(Format.UNSUPPORTED);
  }

  @Test
  void contentDecidesWithoutAKnownExtension() {
    assertThat(file("page", "<!DOCTYPE html><html><body>x</body></html>")).isEqualTo(Format.HTML);
    assertThat(file("feed", "<rss version=\"2.0\"><channel/></rss>")).isEqualTo(Format.FEED);
    assertThat(file("dump", "{\"id\":1}\n{\"id\":2}")).isEqualTo(Format.JSON_LINES);
    assertThat(file("notes", "Storm over Kelmar Bay")).isEqualTo(Format.TEXT);
    assertThat(file("list", "# feeds\nhttps://a.example/x\n\nhttp://b.example/y\n"))
        .isEqualTo(Format.URL_LIST);
  }

  @Test
  void textFilesListingOnlyUrlsAreUrlLists() {
    assertThat(file("sources.txt", "https://a.example/1\nhttps://b.example/2\n"))
        .isEqualTo(Format.URL_LIST);
    assertThat(file("article.txt", "https://a.example/1\nThe mayor of Ostrava Nova said"))
        .isEqualTo(Format.TEXT);
    assertThat(file("comments.txt", "# only a comment\n")).isEqualTo(Format.TEXT);
  }

  @Test
  void magicNumbersWinOverExtensions() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    assertThat(Sniffer.detect("photo.html", null, png, Input.Origin.FILE)).isEqualTo(Format.BINARY);
    assertThat(file("paper.txt", "%PDF-1.7\n")).isEqualTo(Format.BINARY);
    byte[] gzip = {0x1F, (byte) 0x8B, 8, 0};
    assertThat(Sniffer.detect("a.txt", null, gzip, Input.Origin.FILE)).isEqualTo(Format.GZIP);
    assertThat(file("a.txt", "WARC/1.1\r\nWARC-Type: warcinfo")).isEqualTo(Format.WARC);
  }

  @Test
  void nulBytesAndControlCharactersMeanBinary() {
    assertThat(Sniffer.looksBinary("plain text\n".getBytes(UTF_8))).isFalse();
    assertThat(Sniffer.looksBinary(new byte[] {'a', 0, 'b'})).isTrue();
    byte[] noisy = new byte[100];
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
    }
    assertThat(Sniffer.looksBinary(noisy)).isTrue();
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
    assertThat(Sniffer.detect("a.txt", null, utf16, Input.Origin.FILE)).isEqualTo(Format.TEXT);
  }

  @Test
  void emptyIsEmpty() {
    assertThat(file("a.txt", "")).isEqualTo(Format.EMPTY);
  }

  @Test
  void mediaTypeDecidesForFetchedInputs() {
    byte[] feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"/>".getBytes(UTF_8);
    assertThat(Sniffer.detect("", "text/html", feed, Input.Origin.NETWORK)).isEqualTo(Format.FEED);
    assertThat(Sniffer.detect("", "text/html", "<p>x".getBytes(UTF_8), Input.Origin.NETWORK))
        .isEqualTo(Format.HTML);
    byte[] urls = "https://a.example/1\n".getBytes(UTF_8);
    assertThat(Sniffer.detect("", "text/plain", urls, Input.Origin.NETWORK)).isEqualTo(Format.TEXT);
    assertThat(Sniffer.detect("list.urls", null, urls, Input.Origin.NETWORK))
        .as("a fetched URL list is not fetched in turn")
        .isEqualTo(Format.TEXT);
  }
}
