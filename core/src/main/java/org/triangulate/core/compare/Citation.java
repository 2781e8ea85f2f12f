package org.triangulate.core.compare;

import org.triangulate.core.Checks;
import org.triangulate.core.Span;

/**
 * A passage that supports a brief sentence, one per supporting lineage.
 *
 * @param lineage the lineage (independent source)
 * @param span the supporting passage
 */
public record Citation(String lineage, Span span) {
  public Citation {
    Checks.notBlank("lineage", lineage);
    Checks.notNull("span", span);
  }

  /** The cited article id. */
  public String article() {
    return span.articleId();
  }
}
