package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.ContentKind;
import org.triangulate.core.Problem;

class FeedTest {
  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Carrow Valley Gazette</title>
          <link>https://carrow-gazette.example/</link>
          <description>News from the Carrow valley</description>
          <item>
            <title>Bridge at Fennick closed after cracks found</title>
            <link>https://carrow-gazette.example/2031/03/bridge</link>
            <guid>cvg-1001</guid>
            <pubDate>Tue, 04 Mar 2031 09:30:00 GMT</pubDate>
            <author>desk@carrow-gazette.example (Ilsa Moran)</author>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>Inspectors closed the Fennick bridge on Monday.</p>]]></content:encoded>
          </item>
          <item>
            <title>Market day moved</title>
            <link>/2031/03/market</link>
            <description>&lt;p&gt;The Saturday market moves to the old quay.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Only a title</title>
          </item>
        </channel>
      </rss>
      """;

  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Ostrava Nova Ledger</title>
        <id>urn:example:ledger</id>
        <updated>2031-06-01T12:00:00Z</updated>
        <entry>
          <title>Council approves tram line</title>
          <link href="https://ledger.example/tram"/>
          <id>urn:example:ledger:tram</id>
          <published>2031-06-01T10:15:00+02:00</published>
          <updated>2031-06-01T11:00:00Z</updated>
          <content type="text">The council voted 31 to 4 for the new tram line.</content>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  private static CollectingSink read(Path file) {
    return CollectingSink.read(Ingestors.standard(), file.toString());
  }

  @Test
  void readsRssItemsWithEncodedContentAndHints() throws IOException {
    Path file = Files.writeString(dir.resolve("gazette.rss"), RSS);

    CollectingSink sink = read(file);

    assertThat(sink.sources()).containsExactly(file + "#1", file + "#2");
    assertThat(sink.documents).allMatch(d -> d.kind() == ContentKind.HTML);
    assertThat(sink.text(0)).isEqualTo("<p>Inspectors closed the Fennick bridge on Monday.</p>");
    assertThat(sink.documents.get(0).hints().title())
        .isEqualTo("Bridge at Fennick closed after cracks found");
    assertThat(sink.documents.get(0).hints().url())
        .isEqualTo("https://carrow-gazette.example/2031/03/bridge");
    assertThat(sink.documents.get(0).hints().published()).isEqualTo("2031-03-04T09:30:00Z");
    assertThat(sink.documents.get(0).hints().site()).isEqualTo("Carrow Valley Gazette");
    assertThat(sink.documents.get(0).hints().id()).isEqualTo("cvg-1001");
    assertThat(sink.text(1)).isEqualTo("<p>The Saturday market moves to the old quay.</p>");
    assertThat(sink.documents.get(1).hints().url())
        .as("relative links resolve against the feed's link")
        .isEqualTo("https://carrow-gazette.example/2031/03/market");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo(file + "#3");
              assertThat(p.code()).isEqualTo("empty");
              assertThat(p.fatal()).isTrue();
            });
  }

  @Test
  void readsAtomEntriesAndPlainTextContent() throws IOException {
    Path file = Files.writeString(dir.resolve("ledger.xml"), ATOM);

    CollectingSink sink = read(file);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(ContentKind.TEXT);
              assertThat(d.hints().published()).isEqualTo("2031-06-01T08:15:00Z");
              assertThat(d.hints().url()).isEqualTo("https://ledger.example/tram");
              assertThat(d.hints().site()).isEqualTo("Ostrava Nova Ledger");
            });
    assertThat(sink.text(0)).isEqualTo("The council voted 31 to 4 for the new tram line.");
  }

  @Test
  void rejectsBrokenFeedsAndDoctypes() throws IOException {
    Path broken =
        Files.writeString(dir.resolve("broken.rss"), "<rss version=\"2.0\"><channel><item>");
    Path entity =
        Files.writeString(
            dir.resolve("entity.rss"),
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><description>d</description></item></channel></rss>");

    CollectingSink fromBroken = read(broken);
    CollectingSink fromEntity = read(entity);

    assertThat(fromBroken.documents).isEmpty();
    assertThat(fromBroken.codes()).containsExactly("invalid-feed");
    assertThat(fromEntity.documents).isEmpty();
    assertThat(fromEntity.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("invalid-feed");
              assertThat(p.fatal()).isTrue();
            });
  }

  @Test
  void warnsAboutAFeedWithoutItems() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("quiet.rss"),
            "<rss version=\"2.0\"><channel><title>Quiet</title><link>https://q.example/</link>"
                + "<description>none</description></channel></rss>");

    CollectingSink sink = read(file);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.problems).extracting(Problem::code).containsExactly("empty");
    assertThat(sink.problems.get(0).fatal()).isFalse();
  }
}
