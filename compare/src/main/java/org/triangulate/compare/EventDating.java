package org.triangulate.compare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.compare.DateProvenance;
import org.triangulate.core.facts.DateMention;
import org.triangulate.core.facts.TimexType;

/**
 * Dates events by the temporal expressions around them: which calendar value an expression names,
 * where that value comes from, and which expression dates a word of a sentence. Stateless.
 *
 * <pre>{@code
 * Optional<EventDating.Dated> d = EventDating.nearest(mentionsInSentence, eventOffset);
 * d.map(EventDating.Dated::value); // "2025-03-13"
 * }</pre>
 */
public final class EventDating {
  private EventDating() {}

  /**
   * A date given to an event.
   *
   * @param value the calendar value ({@code 2025-03-13}, {@code 2025-02}, {@code 2024}, {@code
   *     2025-W12}, {@code 2025-Q1})
   * @param provenance stated, relative or inferred
   * @param mention the expression it comes from
   */
  public record Dated(String value, DateProvenance provenance, DateMention mention) {}

  private static final Pattern CALENDAR =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2})|-Q([1-4]))?(?:T.*)?");
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]|20)\\d\\d\\b");
  private static final Pattern MONTH =
      Pattern.compile(
          "(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
              + "|oct(ober)?|nov(ember)?|dec(ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet"
              + "|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\\b");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b");
  private static final Pattern DEICTIC =
      Pattern.compile(
          "(?i)^(today|tonight|now|currently|this (morning|afternoon|evening)|aujourd'hui|ce matin)$");

  /**
   * The calendar value of a TimeML value, with times cut to their day; empty for references ({@code
   * PAST_REF}), durations and values with unknown parts ({@code XXXX-03-13}).
   */
  public static Optional<String> calendarValue(String timexValue) {
    if (timexValue == null) {
      return Optional.empty();
    }
    Matcher m = CALENDAR.matcher(timexValue.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String v = timexValue.strip();
    int t = v.indexOf('T');
    return Optional.of(t > 0 ? v.substring(0, t) : v);
  }

  /** Where the date of an expression comes from, judged by its words. */
  public static DateProvenance provenance(String expression) {
    String e = expression.strip();
    if (YEAR.matcher(e).find() || MONTH.matcher(e).find() || NUMERIC_DATE.matcher(e).find()) {
      return DateProvenance.STATED;
    }
    if (DEICTIC.matcher(e).matches()) {
      return DateProvenance.INFERRED;
    }
    return DateProvenance.RELATIVE;
  }

  /** The date an expression gives, if it names a calendar date or period. */
  public static Optional<Dated> of(DateMention mention) {
    if (mention.type() != TimexType.DATE && mention.type() != TimexType.TIME) {
      return Optional.empty();
    }
    return calendarValue(mention.value())
        .map(v -> new Dated(v, provenance(mention.text()), mention));
  }

  /**
   * The date of an event at {@code offset}: the closest calendar expression among {@code
   * candidates} (the caller passes those of the event's sentence), preferring one that precedes the
   * event at equal distance; empty when none names a calendar date.
   */
  public static Optional<Dated> nearest(List<DateMention> candidates, int offset) {
    Dated best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention m : candidates) {
      Optional<Dated> dated = of(m);
      if (dated.isEmpty()) {
        continue;
      }
      int distance =
          offset >= m.end() ? offset - m.end() : offset < m.start() ? m.start() - offset : 0;
      distance = distance * 2 + (m.start() > offset ? 1 : 0);
      if (distance < bestDistance) {
        best = dated.get();
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "(?i)[;:()\\[\\]]|\\b(since|after|before|when|while|because|until|unlike|whereas|although"
              + "|which|who|but)\\b");

  /**
   * Like {@link #nearest(List, int)}, but skips expressions separated from the event by a clause
   * boundary in {@code text} (a subordinating word such as "since", "after" or "which", a
   * semicolon, colon or bracket): in "received orders since it was announced in February 2000" the
   * date belongs to "announced", not to "received".
   */
  public static Optional<Dated> nearest(String text, List<DateMention> candidates, int offset) {
    List<DateMention> sameClause = new java.util.ArrayList<>();
    for (DateMention m : candidates) {
      int from = Math.min(offset, m.end());
      int to = Math.max(offset, m.start());
      if (from < 0 || to > text.length() || from > to) {
        continue;
      }
      String between = text.substring(from, to);
      if (m.start() > offset) {
        int space = between.indexOf(' ');
        between = space < 0 ? "" : between.substring(space); // skip the event word itself
      }
      if (!CLAUSE_BREAK.matcher(between).find()) {
        sameClause.add(m);
      }
    }
    return nearest(sameClause, offset);
  }

  /** The first day of a calendar value, for ordering. */
  public static LocalDate start(String calendarValue) {
    Matcher m = CALENDAR.matcher(calendarValue);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a calendar value: '" + calendarValue + "'; use calendarValue(...) first");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      int day = m.group(3) != null ? Integer.parseInt(m.group(3)) : 1;
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        return LocalDate.of(year, 1, 1);
      }
      LocalDate first = LocalDate.of(year, month, 1);
      return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }
    if (m.group(4) != null) {
      LocalDate fourth = LocalDate.of(year, 1, 4); // always in ISO week 1
      long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourth).getMaximum();
      int week = (int) Math.max(1, Math.min(weeks, Integer.parseInt(m.group(4))));
      return fourth
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    if (m.group(5) != null) {
      return LocalDate.of(year, (Integer.parseInt(m.group(5)) - 1) * 3 + 1, 1);
    }
    return LocalDate.of(year, 1, 1);
  }

  /** Coarseness of a calendar value: 0 for a day, 1 for a week, 2 month, 3 quarter, 4 year. */
  public static int granularity(String calendarValue) {
    Matcher m = CALENDAR.matcher(calendarValue);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a calendar value: '" + calendarValue + "'");
    }
    if (m.group(3) != null) {
      return 0;
    }
    if (m.group(4) != null) {
      return 1;
    }
    if (m.group(2) != null) {
      return 2;
    }
    return m.group(5) != null ? 3 : 4;
  }

  /** True when two calendar values can name the same time: their periods overlap. */
  public static boolean compatible(String a, String b) {
    return start(a).isBefore(end(b)) && start(b).isBefore(end(a));
  }

  /** The day after the last day of a calendar value's period. */
  public static LocalDate end(String calendarValue) {
    LocalDate s = start(calendarValue);
    return switch (granularity(calendarValue)) {
      case 0 -> s.plusDays(1);
      case 1 -> s.plusWeeks(1);
      case 2 -> s.plusMonths(1);
      case 3 -> s.plusMonths(3);
      default -> s.plusYears(1);
    };
  }
}
