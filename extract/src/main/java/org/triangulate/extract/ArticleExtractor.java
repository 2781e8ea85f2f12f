package org.triangulate.extract;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.triangulate.core.Article;
import org.triangulate.core.Extractor;
import org.triangulate.core.RawDocument;

/** Entry point of the extract stage; placeholder until the HTML and text extractors land. */
public final class ArticleExtractor implements Extractor {
  private ArticleExtractor() {}

  /** The standard extractor. */
  public static ArticleExtractor standard() {
    return new ArticleExtractor();
  }

  @Override
  public Article extract(RawDocument document) {
    var builder = Article.builder(document.source());
    for (String paragraph : new String(document.content(), UTF_8).split("\\n\\s*\\n")) {
      builder.paragraph(paragraph);
    }
    return builder.build();
  }
}
