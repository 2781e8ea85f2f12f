package org.triangulate.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * When an article was published, where that came from and how sure we are.
 *
 * @param value the instant; when only a day is known it is midnight UTC of that day
 * @param dayOnly true when the source gave a day but no time of day
 * @param source where the date came from
 * @param confidence how sure we are, in [0, 1]
 */
public record PublicationDate(
    OffsetDateTime value, boolean dayOnly, DateSource source, double confidence) {
  public PublicationDate {
    Checks.notNull("value", value);
    Checks.notNull("source", source);
    Checks.unit("confidence", confidence);
  }

  /** A day without a time of day. */
  public static PublicationDate ofDay(LocalDate day, DateSource source, double confidence) {
    return new PublicationDate(
        day.atStartOfDay().atOffset(ZoneOffset.UTC), true, source, confidence);
  }

  /** ISO-8601: {@code 2019-03-02} for a day, {@code 2019-03-02T10:15:00Z} otherwise. */
  public String iso() {
    return dayOnly
        ? value.toLocalDate().toString()
        : value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The calendar day of the date, in its own offset. */
  public LocalDate day() {
    return value.toLocalDate();
  }
}
