package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.RawDocument;

/** Leads above the body, short opening and closing lines, embedded posts, one-paragraph roots. */
class BodyEdgesTest {
  private static final String LONG_1 =
      "The harbour board of Orvik voted on Tuesday to close the old grain pier for repairs,"
          + " after divers found cracks in three of its oak piles last month.";
  private static final String LONG_2 =
      "Fishing boats will moor at the eastern quay until the work is done; the board expects"
          + " the pier to reopen before the herring season starts in the autumn.";

  private static Article extract(String body) {
    return ArticleExtractor.standard()
        .extract(
            RawDocument.html(
                "https://orvik.example/news/pier",
                "<html><head><title>Pier closes</title></head><body>"
                    + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></div>"
                    + body
                    + "<div class=\"footer-links\"><a href=\"/imprint\">Imprint</a></div>"
                    + "</body></html>"));
  }

  @Test
  void theStandfirstJustAboveTheBodyIsKept() {
    String lead =
        "Cracked oak piles force the harbour board to shut the grain pier for the whole summer.";
    Article article =
        extract(
            "<h1>Pier closes</h1><div class=\"intro\"><p>"
                + lead
                + "</p></div><div class=\"article-body\"><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p></div>");
    assertThat(article.text()).startsWith(lead).contains(LONG_1, LONG_2).doesNotContain("Home");
  }

  @Test
  void aShortLabelAboveTheBodyIsNoLead() {
    Article article =
        extract(
            "<div><p><a href=\"/harbour\">Harbour</a></p></div><div class=\"article-body\"><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p></div>");
    assertThat(article.text()).startsWith(LONG_1).doesNotContain("Harbour\n");
  }

  @Test
  void shortGreetingsAndSignOffsAtTheEdgesAreKept() {
    Article article =
        extract(
            "<div class=\"post\"><p>Hello again, dear readers of this blog!</p><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p><p>See you all next week, Marta</p><p>More topics:</p></div>");
    assertThat(article.text())
        .startsWith("Hello again, dear readers")
        .contains("See you all next week, Marta")
        .doesNotContain("More topics:");
  }

  @Test
  void shortLinkLinesAndShoutedKickersAtTheEndAreStillTrimmed() {
    Article article =
        extract(
            "<div class=\"post\"><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p><p>READ THE WHOLE SERIES HERE NOW</p>"
                + "<p><a href=\"/x\">Another story about the harbour</a></p></div>");
    assertThat(article.text()).endsWith(LONG_2).doesNotContain("READ THE WHOLE", "Another story");
  }

  @Test
  void embeddedSocialPostsInTheBodyAreText() {
    Article article =
        extract(
            "<div class=\"article-body\"><p>"
                + LONG_1
                + "</p><blockquote class=\"twitter-tweet\"><p>The pier is closed, the gulls"
                + " are furious.</p></blockquote><p>"
                + LONG_2
                + "</p></div>");
    assertThat(article.text()).contains("the gulls are furious.");
  }

  @Test
  void aBodyOfOneLongParagraphKeepsItsShortNeighbours() {
    Article article =
        extract(
            "<div class=\"entry\"><p>Short news from the harbour today.</p><p>"
                + LONG_1
                + " "
                + LONG_2
                + "</p><p>Divers will inspect the other piers next.</p></div>");
    assertThat(article.text())
        .contains("Short news from the harbour today.", "Divers will inspect the other piers");
  }

  @Test
  void aListJustBeforeTheTextIsKeptWhole() {
    Article article =
        extract(
            "<div class=\"recipe\"><ul><li>200 g rye flour</li><li>1 pinch of salt</li>"
                + "<li>Two cups of harbour water</li></ul><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p></div>");
    assertThat(article.text())
        .contains("200 g rye flour", "1 pinch of salt", "Two cups of harbour water", LONG_2);
  }

  @Test
  void aLinkListJustBeforeTheTextIsNot() {
    Article article =
        extract(
            "<div class=\"story\"><ul><li><a href=\"/a\">Pier news</a></li>"
                + "<li><a href=\"/b\">Harbour news</a></li></ul><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p></div>");
    assertThat(article.text()).startsWith(LONG_1).doesNotContain("Pier news");
  }

  @Test
  void aHeaderWithAStandfirstKeepsIt() {
    String lead =
        "Divers found cracks in three oak piles; the board shuts the grain pier of Orvik for the"
            + " whole summer and sends the fishing boats to the eastern quay.";
    Article article =
        extract(
            "<header class=\"site-header\"><a href=\"/\">Orvik Tidings</a></header><section>"
                + "<header class=\"article-header-wrapper\"><h2>Pier closes</h2><p>"
                + lead
                + "</p></header><div class=\"text\"><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p></div></section>");
    assertThat(article.text()).startsWith(lead).contains(LONG_2).doesNotContain("Tidings");
  }
}
