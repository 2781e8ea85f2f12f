package org.triangulate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.Problem;

class ArticleCodecPropertiesTest {
  @Property(tries = 300)
  void everyArticleRoundTripsExactly(
      @ForAll @NotBlank @StringLength(max = 40) String source,
      @ForAll @StringLength(max = 60) String title,
      @ForAll @Size(max = 6) List<@StringLength(max = 200) String> paragraphs,
      @ForAll @CharRange(from = '\uD800', to = '\uDFFF') char loneSurrogate) {
    ArticleBuilder builder =
        Article.builder(source).title(title).byline(title.isEmpty() ? null : title + loneSurrogate);
    paragraphs.forEach(builder::paragraph);
    builder.paragraph("broken " + loneSurrogate + " text");
    if (!title.isBlank()) {
      builder.problem(Problem.warning(source, "odd-title", title));
    }
    Article article = builder.build();
    byte[] bytes = ArticleCodec.encode(article);
    assertThat(ArticleCodec.decode(bytes, 0, bytes.length)).isEqualTo(article);
  }
}
