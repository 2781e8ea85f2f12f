package org.triangulate.core.facts;

import java.util.Optional;
import org.triangulate.core.Checks;

/**
 * A temporal expression normalised against the article's publication date.
 *
 * @param article the article id
 * @param text the expression as written ("last month")
 * @param type date, time, duration or set
 * @param value the TimeML value: ISO date ({@code 2025-03-14}), month ({@code 2025-02}), year, week
 *     ({@code 2025-W11}), quarter ({@code 2025-Q1}), duration ({@code P3Y}) or a reference ({@code
 *     PAST_REF}, {@code PRESENT_REF}, {@code FUTURE_REF}); {@code XXXX-...} parts when the anchor
 *     is unknown
 * @param start first character in the article's text, inclusive
 * @param end last character, exclusive
 * @param event the event the expression dates where the sentence says it ("was killed on Tuesday":
 *     {@code killed}); null when it does not, see {@link #datedEvent()}
 */
public record DateMention(
    String article,
    String text,
    TimexType type,
    String value,
    int start,
    int end,
    DatedEvent event) {
  public DateMention {
    Checks.notBlank("article", article);
    Checks.notBlank("text", text);
    Checks.notNull("type", type);
    Checks.notBlank("value", value);
    Checks.span("date", start, end, Integer.MAX_VALUE);
  }

  /** A date without a known event. */
  public DateMention(
      String article, String text, TimexType type, String value, int start, int end) {
    this(article, text, type, value, start, end, null);
  }

  /** The event this expression dates, if the sentence says it. */
  public Optional<DatedEvent> datedEvent() {
    return Optional.ofNullable(event);
  }

  /** The same mention with {@code newEvent} (null for none). */
  public DateMention withEvent(DatedEvent newEvent) {
    return new DateMention(article, text, type, value, start, end, newEvent);
  }
}
