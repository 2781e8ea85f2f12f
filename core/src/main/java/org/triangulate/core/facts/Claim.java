package org.triangulate.core.facts;

import org.triangulate.core.Checks;

/**
 * A numeric claim: a quantity with what it counts and its scope.
 *
 * @param id stable id within the article, such as {@code c2}
 * @param article the article id
 * @param text the number phrase as written ("more than 1,200 troops")
 * @param value the number (the low end of a range)
 * @param upper the high end of a range, or null for a single number
 * @param unit what is counted or measured ("troops", "people killed", "USD", "%")
 * @param approximate true for "about", "nearly", "more than", "at least" and the like
 * @param qualifier the approximation word as written ("more than"), or null
 * @param scope place, time and subject from the sentence
 * @param start first character in the article's text, inclusive
 * @param end last character, exclusive
 */
public record Claim(
    String id,
    String article,
    String text,
    double value,
    Double upper,
    String unit,
    boolean approximate,
    String qualifier,
    ClaimScope scope,
    int start,
    int end) {
  public Claim {
    Checks.notBlank("id", id);
    Checks.notBlank("article", article);
    Checks.notBlank("text", text);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, got " + value);
    }
    if (upper != null && !(upper >= value)) {
      throw new IllegalArgumentException("upper must be >= value " + value + ", got " + upper);
    }
    scope = scope == null ? ClaimScope.NONE : scope;
    Checks.span("claim", start, end, Integer.MAX_VALUE);
  }
}
