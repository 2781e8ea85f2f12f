package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.RawDocument;

/** JSON-LD articleBody stands in for a body that scripts render. */
class EmbeddedBodyTest {
  private static final String PARAGRAPH_1 =
      "The council of Brenmoor approved the new tram line on Thursday by nine votes to four,"
          + " ending a debate that had lasted two years.";
  private static final String PARAGRAPH_2 =
      "Construction of the eleven stops is to begin next spring; the first trams should run"
          + " along the river embankment in the summer of the year after.";

  private static String page(String articleBody, String visible) {
    return "<html><head><title>Tram line approved</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"Tram line approved\","
        + "\"articleBody\":"
        + articleBody
        + "}</script></head><body><div id=\"app\">"
        + visible
        + "</div></body></html>";
  }

  private static Article extract(String html) {
    return ArticleExtractor.standard()
        .extract(RawDocument.html("https://brenmoor.example/t", html));
  }

  @Test
  void aThinVisibleBodyGivesWayToTheEmbeddedText() {
    Article article =
        extract(
            page(
                "\"" + PARAGRAPH_1 + "\\n" + PARAGRAPH_2 + "\"",
                "<p>The council approved the tram line.</p>"));
    assertThat(article.text()).contains(PARAGRAPH_1, PARAGRAPH_2);
    assertThat(article.blocks()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void visibleLinesTheDataLacksAreKeptAfterIt() {
    Article article =
        extract(
            page(
                "\"" + PARAGRAPH_1 + "\\n" + PARAGRAPH_2 + "\"",
                "<ul><li>Eleven stops along the embankment</li></ul>"));
    assertThat(article.text()).startsWith(PARAGRAPH_1).contains("Eleven stops");
  }

  @Test
  void htmlInTheDataIsCutIntoParagraphs() {
    Article article =
        extract(
            page(
                "\"<p>"
                    + PARAGRAPH_1
                    + "</p><p>"
                    + PARAGRAPH_2
                    + "</p><script>track()<\\/script>\"",
                ""));
    assertThat(article.text()).contains(PARAGRAPH_1, PARAGRAPH_2).doesNotContain("track()");
    assertThat(article.text()).doesNotContain("<p>");
  }

  @Test
  void aFullVisibleBodyWinsOverTheData() {
    String visible = "<article><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p></article>";
    Article article = extract(page("\"A short summary of the tram decision.\"", visible));
    assertThat(article.text()).contains(PARAGRAPH_1, PARAGRAPH_2).doesNotContain("summary");
  }
}
