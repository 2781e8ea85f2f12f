package org.triangulate.core.compare;

import org.triangulate.core.Checks;
import org.triangulate.core.Span;

/**
 * Where one article states a claim.
 *
 * @param span the words in the article ({@link Span#articleId()} names the article)
 * @param lineage the id of the article's lineage (its origin), the unit of independent support
 * @param text the words as written
 */
public record Evidence(Span span, String lineage, String text) {
  public Evidence {
    Checks.notNull("span", span);
    Checks.notBlank("lineage", lineage);
    Checks.notNull("text", text);
  }

  /** The article id. */
  public String article() {
    return span.articleId();
  }
}
