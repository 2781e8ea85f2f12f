package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.ContentKind;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/** Invariants on random and garbled input. */
class ExtractorPropertiesTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();

  @Property(tries = 300)
  void neverThrowsOnRandomBytes(@ForAll @Size(max = 3000) byte[] bytes, @ForAll boolean html) {
    Article article =
        EXTRACTOR.extract(
            new RawDocument(
                "random",
                html ? ContentKind.HTML : ContentKind.TEXT,
                bytes,
                null,
                SourceHints.NONE));
    assertBlocksInsideText(article);
  }

  @Property(tries = 300)
  void neverThrowsOnGarbledMarkup(@ForAll("garbledHtml") String html) {
    Article article = EXTRACTOR.extract(RawDocument.html("garbled.html", html));
    assertBlocksInsideText(article);
  }

  @Property(tries = 200)
  void everyExtractedBlockComesFromTheParagraphsOfThePage(
      @ForAll("paragraphs") List<String> paragraphs) {
    StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</article></body></html>");
    Article article = EXTRACTOR.extract(RawDocument.html("gen.html", html.toString()));
    assertBlocksInsideText(article);
    for (Block block : article.blocks()) {
      assertThat(paragraphs).contains(block.of(article.text()));
    }
  }

  private static void assertBlocksInsideText(Article article) {
    assertThat(article.problems()).isNotNull();
    for (Block block : article.blocks()) {
      String text = block.of(article.text());
      assertThat(text).isNotBlank().isEqualTo(text.strip());
    }
    if (article.text().isBlank()) {
      assertThat(article.failed()).isTrue();
    }
  }

  @Provide
  Arbitrary<String> garbledHtml() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "<p>",
            "</p>",
            "<div class='share'>",
            "</div>",
            "<article>",
            "<br>",
            "<script>",
            "</script>",
            "<a href='x'>",
            "</a>",
            "<h2>",
            "<li>",
            "&amp;",
            "&#0;",
            "<!--",
            "-->",
            "<meta charset='utf-16'>",
            "<time datetime='2019-13-45'>",
            "Brine river rose again at Veldra quay today, the office said. ",
            "\u0000",
            "\uFFFD",
            "ünïcödé ",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":");
    return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<List<String>> paragraphs() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9);
    Arbitrary<String> sentence =
        Combinators.combine(word.list().ofMinSize(12).ofMaxSize(30), Arbitraries.of(".", "!"))
            .as((words, end) -> String.join(" ", words) + end);
    return sentence.list().ofMinSize(1).ofMaxSize(8);
  }
}
