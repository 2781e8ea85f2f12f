package org.triangulate.core;

/**
 * A half-open character range {@code [start, end)} in one article's {@link Article#text()}.
 *
 * @param articleId the article the offsets point into
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Span(String articleId, int start, int end) {
  public Span {
    Checks.notBlank("articleId", articleId);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got [" + start + ", " + end + ") in " + articleId);
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** The covered text; {@code text} must be the text of {@link #articleId()}. */
  public String of(String text) {
    Checks.span("span of " + articleId, start, end, text.length());
    return text.substring(start, end);
  }
}
