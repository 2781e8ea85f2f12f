package org.triangulate.core.text;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English weekday and month names and their usual abbreviations, in lower case. Words are matched
 * without regard to case and with a trailing full stop ignored ("Sept.", "TUE"). Immutable.
 *
 * <p>"May", "March", "Sun" and "Sat" are also ordinary words: callers that need a date decide from
 * context (the date tagger requires a day, a year or a cue such as "in May").
 */
public final class CalendarWords {
  private CalendarWords() {}

  /** Full weekday names, Monday first. */
  public static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Three-letter weekday abbreviations, Monday first. */
  public static final List<String> WEEKDAY_ABBREVIATIONS =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** Full month names, January first. */
  public static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Month abbreviations as news writes them ("Jan.", "Sept."), with their month numbers. */
  public static final Map<String, Integer> MONTH_ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** Full weekday and month names together. */
  public static final Set<String> NAMES = union(WEEKDAYS, MONTHS);

  /** The month number (1-12) of a full or abbreviated month name, or 0 when it is none. */
  public static int month(String word) {
    String w = normal(word);
    int full = MONTHS.indexOf(w);
    if (full >= 0) {
      return full + 1;
    }
    return MONTH_ABBREVIATIONS.getOrDefault(w, 0);
  }

  /** The day a full or three-letter weekday name names. */
  public static Optional<DayOfWeek> weekday(String word) {
    String w = normal(word);
    int full = WEEKDAYS.indexOf(w);
    int index = full >= 0 ? full : WEEKDAY_ABBREVIATIONS.indexOf(w);
    return index < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(index + 1));
  }

  /** True for a full or three-letter weekday name. */
  public static boolean isWeekday(String word) {
    return weekday(word).isPresent();
  }

  /** True for a full or abbreviated month name. */
  public static boolean isMonth(String word) {
    return month(word) > 0;
  }

  /** {@code words} plus the full weekday and month names, as an immutable set. */
  public static Set<String> withNames(Collection<String> words) {
    return union(words, NAMES);
  }

  private static Set<String> union(Collection<String> a, Collection<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static String normal(String word) {
    if (word == null) {
      return "";
    }
    String w = word.strip().toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
