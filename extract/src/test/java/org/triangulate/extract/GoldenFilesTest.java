package org.triangulate.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.ContentKind;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/**
 * Synthetic pages about fictional events, with furniture around the article, against their expected
 * blocks and metadata ({@code NAME.expected.txt} beside {@code NAME.html} or {@code NAME.txt}). Run
 * with {@code -Dgolden.update=true} to rewrite the expectations, then review the diff.
 */
class GoldenFilesTest {
  private static final Path FOLDER = Path.of("src/test/resources/golden");

  static List<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt"))
          .filter(p -> !p.toString().endsWith(".expected.txt"))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void extractsWhatTheGoldenFileExpects(Path input) throws IOException {
    String name = input.getFileName().toString();
    ContentKind kind = name.endsWith(".html") ? ContentKind.HTML : ContentKind.TEXT;
    RawDocument document =
        new RawDocument(
            "https://example.org/" + name, kind, Files.readAllBytes(input), null, SourceHints.NONE);
    String actual = render(ArticleExtractor.standard().extract(document));
    Path expected = FOLDER.resolve(name.replaceFirst("\\.(html|txt)$", "") + ".expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, UTF_8);
    }
    assertThat(expected).exists();
    assertThat(actual).isEqualTo(Files.readString(expected, UTF_8));
  }

  static String render(Article article) {
    StringBuilder out = new StringBuilder();
    out.append("title: ").append(article.title()).append('\n');
    out.append("byline: ").append(article.byline()).append('\n');
    out.append("site: ").append(article.site()).append('\n');
    out.append("canonical: ").append(article.canonicalUrl()).append('\n');
    out.append("published: ")
        .append(
            article.published() == null
                ? "null"
                : article.published().iso()
                    + " "
                    + article.published().source()
                    + " "
                    + article.published().confidence())
        .append('\n');
    out.append("language: ").append(article.language()).append('\n');
    article.problems().forEach(p -> out.append("problem: ").append(p.code()).append('\n'));
    out.append("---\n");
    for (Block block : article.blocks()) {
      out.append(block.kind()).append(": ").append(block.of(article.text())).append('\n');
    }
    return out.toString();
  }
}
