package org.triangulate.core.facts;

import org.triangulate.core.Checks;

/**
 * The event a temporal expression dates, as the sentence says it: the governing verb or event noun
 * ("was killed on Tuesday" gives {@code killed}, "the March 3 election" {@code election}, "talks
 * that began in 2019" {@code began}).
 *
 * @param text the trigger word as written
 * @param start first character in the article's text, inclusive
 * @param end last character, exclusive
 */
public record DatedEvent(String text, int start, int end) {
  public DatedEvent {
    Checks.notBlank("text", text);
    Checks.span("event", start, end, Integer.MAX_VALUE);
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "event text '"
              + text
              + "' has "
              + text.length()
              + " characters but its span ["
              + start
              + ", "
              + end
              + ") has "
              + (end - start)
              + "; pass the text at those offsets");
    }
  }

  /** The same event with offsets moved by {@code by} characters (for a copy of the text). */
  public DatedEvent shifted(int by) {
    return new DatedEvent(text, start + by, end + by);
  }
}
