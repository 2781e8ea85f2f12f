package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.BlockKind;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DateSource;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

class ArticleExtractorTest {
  private static final String PAGE =
      "<html lang=\"en-GB\"><head><title>Ferry resumes - Saltvik Post</title></head><body>"
          + "<div class=\"menu\"><a href=\"/\">Home</a></div>"
          + "<div class=\"story\"><h1>Ferry resumes</h1><p>The Halden ferry resumed service on"
          + " Monday after a two-week repair in the dry dock of Saltvik, the operator said.</p>"
          + "<p>Passengers had used a replacement bus via the northern bridge in the meantime,"
          + " which added forty minutes to the trip.</p></div></body></html>";

  @Test
  void htmlLangIsOnlyAFallbackForTheDetector() {
    Article withoutDetector =
        ArticleExtractor.standard().extract(RawDocument.html("https://saltvik.example/f", PAGE));
    assertThat(withoutDetector.language()).isEqualTo("en");

    Article withDetector =
        ArticleExtractor.builder()
            .languageDetector(text -> "nb")
            .build()
            .extract(RawDocument.html("https://saltvik.example/f", PAGE));
    assertThat(withDetector.language()).isEqualTo("nb");
  }

  @Test
  void titleFromTheHeadingAndSiteFromTheUrl() {
    Article article =
        ArticleExtractor.standard()
            .extract(RawDocument.html("https://www.saltvik.example/f", PAGE));
    assertThat(article.title()).isEqualTo("Ferry resumes");
    assertThat(article.site()).isEqualTo("saltvik.example");
    assertThat(article.url()).isEqualTo("https://www.saltvik.example/f");
    assertThat(article.text()).startsWith("The Halden ferry").doesNotContain("Home");
    assertThat(article.blocks()).hasSize(2);
  }

  @Test
  void containerHintsWinOverThePage() {
    RawDocument doc =
        new RawDocument(
            "feed.xml#2",
            ContentKind.HTML,
            PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            null,
            new SourceHints(
                "item-42",
                "https://saltvik.example/2030/01/02/ferry",
                "Halden ferry back",
                "2030-01-03T07:00:00Z",
                "Saltvik Post"));
    Article article = ArticleExtractor.standard().extract(doc);
    assertThat(article.id()).isEqualTo("item-42");
    assertThat(article.title()).isEqualTo("Halden ferry back");
    assertThat(article.site()).isEqualTo("Saltvik Post");
    assertThat(article.published().source()).isEqualTo(DateSource.INPUT_FIELD);
    assertThat(article.published().iso()).isEqualTo("2030-01-03T07:00:00Z");
  }

  @Test
  void urlDateIsTheLastResort() {
    Article article =
        ArticleExtractor.standard()
            .extract(RawDocument.html("https://saltvik.example/2030/01/02/ferry", PAGE));
    assertThat(article.published().source()).isEqualTo(DateSource.URL_PATTERN);
    assertThat(article.published().iso()).isEqualTo("2030-01-02");
  }

  @Test
  void plainTextDateLineBecomesTheDateAndLeavesTheBody() {
    String text =
        "Ferry resumes at Halden\n"
            + "date 2030-01-02\n\n"
            + "The Halden ferry resumed service on Monday.\n\n"
            + "Share this article\n"
            + "Passengers had used a replacement bus.\n";
    Article article = ArticleExtractor.standard().extract(RawDocument.text("notes/f.txt", text));
    assertThat(article.title()).isEqualTo("Ferry resumes at Halden");
    assertThat(article.published().iso()).isEqualTo("2030-01-02");
    assertThat(article.published().source()).isEqualTo(DateSource.TEXT_DATE_LINE);
    assertThat(article.text())
        .isEqualTo(
            "The Halden ferry resumed service on Monday.\n\nPassengers had used a replacement bus.");
  }

  @Test
  void plainTextDateLinesInSeveralForms() {
    for (String line :
        List.of(
            "Published: 2 January 2030",
            "Tuesday 5 Mar 2030",
            "March 5, 2030 10:32 AM",
            "Veröffentlicht am 05.03.2030")) {
      Article article =
          ArticleExtractor.standard()
              .extract(
                  RawDocument.text(
                      "t.txt", "Ferry resumes\n" + line + "\n\nThe Halden ferry resumed service."));
      assertThat(article.published()).as(line).isNotNull();
      assertThat(article.published().day().getYear()).as(line).isEqualTo(2030);
      assertThat(article.text()).as(line).isEqualTo("The Halden ferry resumed service.");
    }
  }

  @Test
  void plainTextListItemsAreListBlocks() {
    Article article =
        ArticleExtractor.standard()
            .extract(
                RawDocument.text(
                    "t.txt",
                    "Ferry timetable changes\n\nThe new timetable starts on Monday.\n\n"
                        + "- first ferry at 6:10\n- last ferry at 22:40\n"));
    assertThat(article.blocks())
        .extracting(b -> b.kind())
        .containsExactly(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
  }

  @Test
  void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
    ArticleExtractor extractor = ArticleExtractor.standard();
    Article expected = extractor.extract(RawDocument.html("https://saltvik.example/f", PAGE));
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            4, r -> new Thread(r, "extract-test-" + counter.incrementAndGet()));
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(
            pool.submit(
                () -> extractor.extract(RawDocument.html("https://saltvik.example/f", PAGE))));
      }
      for (Future<Article> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builderRejectsNonsense() {
    assertThatThrownBy(() -> ArticleExtractor.builder().maxBytes(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> ArticleExtractor.builder().languageDetector(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
