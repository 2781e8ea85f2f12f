package org.triangulate.facts;

import java.time.LocalDate;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;

/** Small fictional articles for the tests. */
final class Fixtures {
  private Fixtures() {}

  /** Friday, 14 March 2025. */
  static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

  static Article article(String id, LocalDate published, String... paragraphs) {
    ArticleBuilder builder = Article.builder(id + ".txt").id(id);
    if (published != null) {
      builder.published(PublicationDate.ofDay(published, DateSource.INPUT_FIELD, 1.0));
    }
    for (String p : paragraphs) {
      builder.paragraph(p);
    }
    return builder.build();
  }

  static Article article(String id, String... paragraphs) {
    return article(id, FRIDAY, paragraphs);
  }
}
