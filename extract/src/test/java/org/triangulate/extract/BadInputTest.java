package org.triangulate.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.ContentKind;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/** Bad documents become problems on the article, never exceptions. */
class BadInputTest {
  private final ArticleExtractor extractor = ArticleExtractor.standard();

  private static RawDocument html(byte[] bytes) {
    return new RawDocument("bad.html", ContentKind.HTML, bytes, null, SourceHints.NONE);
  }

  @Test
  void emptyDocumentIsAFatalProblem() {
    Article article = extractor.extract(html(new byte[0]));
    assertThat(article.failed()).isTrue();
    assertThat(article.problems()).extracting(Problem::code).containsExactly("empty");
    assertThat(article.problems().get(0).document()).isEqualTo("bad.html");
  }

  @Test
  void binaryDocumentIsAFatalProblem() {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Article article = extractor.extract(html(bytes));
    assertThat(article.failed()).isTrue();
    assertThat(article.problems()).extracting(Problem::code).containsExactly("binary");
  }

  @Test
  void pageWithoutTextSaysNoBodyWasFound() {
    Article article =
        extractor.extract(
            RawDocument.html("nav.html", "<html><body><nav>Home</nav></body></html>"));
    assertThat(article.failed()).isTrue();
    assertThat(article.problems()).extracting(Problem::code).contains("no-body");
    assertThat(article.text()).isEmpty();
  }

  @Test
  void hugePageIsCutAndSaysSo() {
    String paragraph =
        "<p>The council of Brennmoor met again on Tuesday to discuss the harbour wall repairs.</p>\n";
    byte[] unit = paragraph.getBytes(UTF_8);
    int size = 100 * 1024 * 1024;
    byte[] bytes = new byte[size];
    byte[] head = "<html><body><article>".getBytes(UTF_8);
    System.arraycopy(head, 0, bytes, 0, head.length);
    for (int i = head.length; i + unit.length <= size; i += unit.length) {
      System.arraycopy(unit, 0, bytes, i, unit.length);
    }
    Arrays.fill(bytes, size - (size - head.length) % unit.length, size, (byte) ' ');
    Article article = ArticleExtractor.builder().maxBytes(1024 * 1024).build().extract(html(bytes));
    assertThat(article.failed()).isFalse();
    assertThat(article.problems()).extracting(Problem::code).contains("truncated");
    assertThat(article.text()).startsWith("The council of Brennmoor met again");
    assertThat(article.text().length()).isLessThan(1024 * 1024);
  }

  @Test
  void deeplyNestedPageNeitherOverflowsTheStackNorLosesItsText() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>Deep inside, the Ostrava Ridge observatory reported a clear night sky.</p>");
    html.append("</div>".repeat(depth));
    html.append("</body></html>");
    Article article = extractor.extract(RawDocument.html("deep.html", html.toString()));
    assertThat(article.text())
        .isEqualTo("Deep inside, the Ostrava Ridge observatory reported a clear night sky.");
  }

  @Test
  void deeplyNestedInlineElementsAreHandledToo() {
    int depth = 100_000;
    String html =
        "<html><body><p>"
            + "<span>".repeat(depth)
            + "Fog closed the Tarn Valley pass for six hours on Sunday, the road office said."
            + "</span>".repeat(depth)
            + "</p></body></html>";
    Article article = extractor.extract(RawDocument.html("deep-inline.html", html));
    assertThat(article.text()).contains("Fog closed the Tarn Valley pass");
  }

  @Test
  void invalidDatesAreWarningsAndNoDate() {
    String html =
        "<html><head><meta property=\"article:published_time\" content=\"2019-02-30\">"
            + "</head><body><p>The Halden ferry resumed service after a two-week repair in the"
            + " dry dock of Saltvik, the operator said on Monday.</p></body></html>";
    Article article = extractor.extract(RawDocument.html("date.html", html));
    assertThat(article.published()).isNull();
    assertThat(article.problems()).extracting(Problem::code).contains("invalid-date");
    assertThat(article.failed()).isFalse();
  }

  @Test
  void invalidDateInTheInputRecordIsAWarning() {
    RawDocument doc =
        new RawDocument(
            "feed.jsonl#3",
            ContentKind.TEXT,
            "Ferry back in service\n\nThe Halden ferry resumed service.".getBytes(UTF_8),
            UTF_8,
            new SourceHints(null, null, null, "yesterday-ish", null));
    Article article = extractor.extract(doc);
    assertThat(article.published()).isNull();
    assertThat(article.problems())
        .anySatisfy(
            p -> {
              assertThat(p.code()).isEqualTo("invalid-date");
              assertThat(p.message()).contains("yesterday-ish");
            });
  }

  @Test
  void brokenJsonLdIsAWarningAndTheRestStillWorks() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
            + "</script><meta name=\"date\" content=\"2030-05-06\"></head><body><p>The Kessel"
            + " lighthouse was repainted in red and white stripes for the first time since"
            + " 1990.</p></body></html>";
    Article article = extractor.extract(RawDocument.html("ld.html", html));
    assertThat(article.problems()).extracting(Problem::code).contains("json-ld");
    assertThat(article.published().iso()).isEqualTo("2030-05-06");
    assertThat(article.text()).startsWith("The Kessel lighthouse");
  }
}
