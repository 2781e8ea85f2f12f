package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.RawDocument;

/**
 * Class words read as words (not inside other words), post taxonomy classes, inline elements in
 * running text, and headings of furniture boxes.
 */
class FurnitureWordsTest {
  private static final String LONG_1 =
      "The ferry between Tarn Island and the mainland will run twice a day from Monday, after the"
          + " council of Tarnby agreed to pay for a second crew for the winter months.";
  private static final String LONG_2 =
      "Islanders had asked for the extra crossing since the school on the island closed, which"
          + " sends forty pupils to the mainland every morning and back every evening.";
  private static final String LONG_3 =
      "The harbour master said the old pier can take the larger boat, though its lights will"
          + " have to be replaced before the first crossings in the dark begin in November.";

  private static Article extract(String body) {
    return ArticleExtractor.standard()
        .extract(
            RawDocument.html(
                "https://tarnby.example/news/ferry",
                "<html><head><title>Second ferry for Tarn Island</title></head><body>"
                    + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/sea\">Sea</a></div>"
                    + body
                    + "<div class=\"footer-links\"><a href=\"/imprint\">Imprint</a></div>"
                    + "</body></html>"));
  }

  @Test
  void stemsCountOnlyAtTheStartOrEndOfAWord() {
    assertThat(BodyExtraction.classWords(Jsoup.parse("<p class='tagStyle_x1'>").selectFirst("p")))
        .isEqualTo("tag-style_x1 ");
    // "apageroot" holds "pager" and "tagStyle" holds "tags", but neither names furniture
    Article article =
        extract(
            "<section class=\"APageRoot__Section\"><p>"
                + LONG_1
                + "</p></section><div><p class=\"tagStyle_a1\">"
                + LONG_2
                + "</p><p class=\"tagStyle_a1\">"
                + LONG_3
                + "</p></div>");
    assertThat(article.text()).contains(LONG_1, LONG_2, LONG_3);
  }

  @Test
  void compoundClassWordsStillMarkFurniture() {
    Article article =
        extract(
            "<div class=\"story\"><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p><p>"
                + LONG_3
                + "</p></div><div class=\"mainMenu\"><p>Weather and tides for the whole coast"
                + " of Tarnby, updated every hour by the harbour office.</p></div>");
    assertThat(article.text()).contains(LONG_1, LONG_3).doesNotContain("Weather and tides");
  }

  @Test
  void aPostsTopicClassesAreNoFurnitureWords() {
    assertThat(
            BodyExtraction.withoutTaxonomy(
                "post-12 post type-post hentry category-comment tag-ads tag-sidebar"))
        .doesNotContain("comment", "ads", "sidebar")
        .contains("post-12", "hentry");
    assertThat(BodyExtraction.withoutTaxonomy("tag-list")).isEqualTo("tag-list");
    Article article =
        extract(
            "<div class=\"content\"><div class=\"post-7 post type-post hentry tag-ads"
                + " category-comment\"><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p></div><div class=\"sidebar\"><p>"
                + LONG_3
                + "</p></div></div>");
    assertThat(article.text()).contains(LONG_1, LONG_2).doesNotContain(LONG_3);
  }

  @Test
  void anInlineElementInsideASentenceStaysWhateverItsClass() {
    Article article =
        extract(
            "<div class=\"story\"><p><span class=\"dateline\">TARNBY –</span> "
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p><p class=\"dateline\">Tarnby, 4 March</p></div>");
    assertThat(article.text()).contains("TARNBY – " + LONG_1, LONG_2).doesNotContain("4 March");
  }

  @Test
  void aHeadingOverOnlyFurnitureGoesWithIt() {
    Article article =
        extract(
            "<div class=\"story\"><p>"
                + LONG_1
                + "</p><h2>How the crossing works</h2><p>"
                + LONG_2
                + "</p><h3>More from the coast</h3><ul><li><a href=\"/a\">Lighthouse repainted"
                + " at last</a></li><li><a href=\"/b\">Seal pups counted on the skerries</a></li>"
                + "</ul><h2>Lights</h2><p>"
                + LONG_3
                + "</p></div>");
    assertThat(article.text())
        .contains("How the crossing works", "Lights", LONG_3)
        .doesNotContain("More from the coast", "Lighthouse");
  }

  @Test
  void aFurnitureBoxInsideTheArticleGoesEvenWithLongText() {
    String excerpt =
        "Last spring the council of Tarnby also bought a new snow plough for the island road,"
            + " which had been closed for nine days during the storms of February.";
    Article article =
        extract(
            "<div class=\"story\"><p>"
                + LONG_1
                + "</p><p>"
                + LONG_2
                + "</p><p>"
                + LONG_3
                + "</p><ul class=\"related_posts\"><li><p>"
                + excerpt
                + "</p></li></ul></div>");
    assertThat(article.text()).contains(LONG_1, LONG_3).doesNotContain("snow plough");
  }

  @Test
  void aBoxThatHoldsMostOfTheArticleIsKept() {
    Article article =
        extract(
            "<div class=\"story\"><p>"
                + LONG_1
                + "</p><div class=\"paywall-section\"><p>"
                + LONG_2
                + "</p><p>"
                + LONG_3
                + "</p></div></div>");
    assertThat(article.text()).contains(LONG_1, LONG_2, LONG_3);
  }

  @Test
  void featureClassesSayWhatAnElementHasNotWhatItIs() {
    assertThat(BodyExtraction.withoutTaxonomy("article-header has-sharing with-comments"))
        .doesNotContain("sharing", "comments")
        .contains("article-header");
    Article article =
        extract(
            "<div class=\"story\"><div class=\"intro has-sharing\"><p>"
                + LONG_1
                + "</p></div><p>"
                + LONG_2
                + "</p><p>"
                + LONG_3
                + "</p></div>");
    assertThat(article.text()).contains(LONG_1, LONG_2, LONG_3);
  }

  @Test
  void captionsDisclosuresAndCallsToActionInsideTheArticleGo() {
    Article article =
        extract(
            "<div class=\"story\"><section class=\"editorial-disclosure\"><p>This page holds"
                + " links to ferry operators that pay us when readers book a crossing through"
                + " them.</p></section><p>"
                + LONG_1
                + "</p><div class=\"image\"><div class=\"legend\">The new boat at the pier of"
                + " Tarnby on its first test run, with the harbour master on board.</div></div><p>"
                + LONG_2
                + "</p><p>"
                + LONG_3
                + "</p><div class=\"cta-box\"><p>Book your winter crossing today and travel"
                + " with the whole family at half the price on weekdays.</p></div></div>");
    assertThat(article.text())
        .contains(LONG_1, LONG_2, LONG_3)
        .doesNotContain("pay us", "test run", "Book your");
  }
}
