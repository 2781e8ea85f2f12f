package org.triangulate.core.facts;

import org.triangulate.core.Checks;

/**
 * One occurrence of an entity in an article.
 *
 * @param article the article id
 * @param text the surface form as written
 * @param start first character in the article's text, inclusive
 * @param end last character, exclusive
 */
public record Mention(String article, String text, int start, int end) {
  public Mention {
    Checks.notBlank("article", article);
    Checks.notBlank("text", text);
    Checks.span("mention", start, end, Integer.MAX_VALUE);
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "mention text '" + text + "' must be as long as its span [" + start + ", " + end + ")");
    }
  }
}
