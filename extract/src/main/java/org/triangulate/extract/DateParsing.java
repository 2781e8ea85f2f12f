package org.triangulate.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;

/**
 * Reads publication dates as pages write them: ISO-8601, RFC 1123, {@code 05.03.2019}, {@code 5.
 * März 2019}, {@code Tuesday 5 Mar 2019}, {@code March 5, 2019 10:32 AM}, and date patterns in
 * URLs. English, German and French month names. Impossible dates (30 February) and years outside
 * 1900..2100 are rejected. Thread-safe.
 */
public final class DateParsing {
  private static final String MONTH =
      "(jan(?:uary|uar)?|j[aä]nner|feb(?:ruary|ruar)?|f[eé]vr(?:ier)?|m[aä]r(?:ch|z)?|maerz|mars|"
          + "apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|"
          + "ao[uû]t|sep(?:t(?:ember)?)?|sept(?:embre)?|oct(?:ober|obre)?|okt(?:ober)?|"
          + "nov(?:ember|embre)?|de[cz](?:ember|embre)?|d[eé]c(?:embre)?)";
  private static final String TIME =
      "(?:[,\\s]+(?:um\\s+|at\\s+|-\\s*|à\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*"
          + "(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*uhr)?)?";
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern DAY_MONTH_NAME_YEAR =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s*(?:of\\s+)?"
              + MONTH
              + "\\.?,?\\s+(\\d{4})"
              + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_NAME_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC_DMY =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)" + TIME);
  private static final Pattern NUMERIC_SLASH =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)" + TIME);
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|$)");
  private static final Pattern URL_COMPACT_DATE =
      Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
  private static final Map<String, Integer> MONTHS = months();

  private DateParsing() {}

  /**
   * The first date written in {@code text}, or empty when none is found or it is impossible.
   *
   * @param source where the text came from
   * @param confidence how far a date from this source is trusted, in [0, 1]
   */
  public static Optional<PublicationDate> parse(String text, DateSource source, double confidence) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.length() > 300) {
      s = s.substring(0, 300);
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return iso(m, source, confidence);
    }
    m = DAY_MONTH_NAME_YEAR.matcher(s);
    if (m.find()) {
      return build(
          Integer.parseInt(m.group(3)),
          month(m.group(2)),
          Integer.parseInt(m.group(1)),
          m,
          4,
          source,
          confidence);
    }
    m = MONTH_NAME_DAY_YEAR.matcher(s);
    if (m.find()) {
      return build(
          Integer.parseInt(m.group(3)),
          month(m.group(1)),
          Integer.parseInt(m.group(2)),
          m,
          4,
          source,
          confidence);
    }
    m = NUMERIC_DMY.matcher(s);
    if (m.find()) {
      return build(
          Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1)),
          m,
          4,
          source,
          confidence);
    }
    m = NUMERIC_SLASH.matcher(s);
    if (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      // month/day as in the US unless the first number cannot be a month
      boolean dayFirst = first > 12;
      return build(
          Integer.parseInt(m.group(3)),
          dayFirst ? second : first,
          dayFirst ? first : second,
          m,
          4,
          source,
          confidence);
    }
    return Optional.empty();
  }

  /** A date in a URL path such as {@code /2019/03/02/} or {@code /20190302/}. */
  public static Optional<PublicationDate> fromUrl(String url, double confidence) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      m = URL_COMPACT_DATE.matcher(url);
      if (!m.find()) {
        return Optional.empty();
      }
    }
    return day(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        DateSource.URL_PATTERN,
        confidence);
  }

  private static Optional<PublicationDate> iso(Matcher m, DateSource source, double confidence) {
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (m.group(4) == null) {
      return day(year, month, day, source, confidence);
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              year,
              month,
              day,
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      ZoneOffset offset = ZoneOffset.UTC;
      String zone = m.group(7);
      if (zone != null && !zone.equals("Z")) {
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      }
      return plausible(year)
          ? Optional.of(
              new PublicationDate(OffsetDateTime.of(local, offset), false, source, confidence))
          : Optional.empty();
    } catch (DateTimeException invalid) {
      return Optional.empty(); // an impossible date is no date; the caller reports it
    }
  }

  private static Optional<PublicationDate> build(
      int year,
      int month,
      int day,
      Matcher m,
      int timeGroup,
      DateSource source,
      double confidence) {
    if (m.group(timeGroup) == null) {
      return day(year, month, day, source, confidence);
    }
    int hour = Integer.parseInt(m.group(timeGroup));
    int minute = Integer.parseInt(m.group(timeGroup + 1));
    int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
    String ampm = m.group(timeGroup + 3);
    if (ampm != null) {
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        return day(year, month, day, source, confidence);
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    try {
      if (!plausible(year)) {
        return Optional.empty();
      }
      return Optional.of(
          new PublicationDate(
              OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC),
              false,
              source,
              confidence));
    } catch (DateTimeException invalidTime) {
      // a date with an impossible time of day: keep the day if it exists
      return day(year, month, day, source, confidence);
    }
  }

  private static Optional<PublicationDate> day(
      int year, int month, int day, DateSource source, double confidence) {
    if (!plausible(year)) {
      return Optional.empty();
    }
    try {
      return Optional.of(PublicationDate.ofDay(LocalDate.of(year, month, day), source, confidence));
    } catch (DateTimeException invalid) {
      return Optional.empty(); // an impossible date is no date; the caller reports it
    }
  }

  private static boolean plausible(int year) {
    return year >= 1900 && year <= 2100;
  }

  private static int month(String name) {
    String key =
        name.toLowerCase(Locale.ROOT).replace('ä', 'a').replace('é', 'e').replace('û', 'u');
    if (key.startsWith("juil")) {
      return 7;
    }
    key = key.length() > 3 ? key.substring(0, 3) : key;
    Integer value = MONTHS.get(key);
    return value == null ? 0 : value;
  }

  private static Map<String, Integer> months() {
    return Map.ofEntries(
        Map.entry("jan", 1),
        Map.entry("fev", 2),
        Map.entry("feb", 2),
        Map.entry("mar", 3),
        Map.entry("mae", 3),
        Map.entry("apr", 4),
        Map.entry("avr", 4),
        Map.entry("may", 5),
        Map.entry("mai", 5),
        Map.entry("jun", 6),
        Map.entry("jui", 6),
        Map.entry("jul", 7),
        Map.entry("aug", 8),
        Map.entry("aou", 8),
        Map.entry("sep", 9),
        Map.entry("oct", 10),
        Map.entry("okt", 10),
        Map.entry("nov", 11),
        Map.entry("dec", 12),
        Map.entry("dez", 12));
  }
}
