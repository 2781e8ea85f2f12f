package org.triangulate.core.facts;

import org.triangulate.core.Checks;

/**
 * A pointer to a quote in another (or the same) article, used to link the same words quoted twice.
 *
 * @param article the article id
 * @param start first character of the quote, inclusive
 * @param end last character, exclusive
 * @param similarity how close the wording is, in [0, 1]; 1 is exact
 */
public record QuoteRef(String article, int start, int end, double similarity) {
  public QuoteRef {
    Checks.notBlank("article", article);
    Checks.span("quote", start, end, Integer.MAX_VALUE);
    Checks.unit("similarity", similarity);
  }
}
