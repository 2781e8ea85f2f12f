package org.triangulate.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.facts.TimexType;
import org.triangulate.core.text.CalendarWords;

/**
 * Finds temporal expressions and normalises them to TimeML values relative to an anchor day (the
 * publication date). Rule-based: every pattern is a linear regular expression without nested
 * quantifiers, so time stays proportional to the text length. Immutable and thread-safe.
 *
 * <p>Example: with anchor 2025-03-14 (a Friday), "on Thursday" gives {@code 2025-03-13}, "last
 * month" {@code 2025-02}, "a year ago" {@code 2024}, "Jan. 3" {@code 2025-01-03}.
 */
public final class TimexTagger {

  /**
   * One temporal expression found in a text.
   *
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @param type TimeML type
   * @param value TimeML value
   */
  public record Timex(int start, int end, TimexType type, String value) {}

  /**
   * What the tagger found: expressions, and dates it refused as impossible.
   *
   * @param timexes normalised expressions in text order
   * @param impossible expressions that look like dates but name no real day ("February 30, 2025")
   */
  public record Result(List<Timex> timexes, List<Timex> impossible) {
    public Result {
      timexes = List.copyOf(timexes);
      impossible = List.copyOf(impossible);
    }
  }

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?"
          + "|Dec\\.?)(?![A-Za-z])";
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)";
  private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)(?![\\d])";
  private static final String UNIT =
      "(second|minute|hour|day|week|weekend|month|quarter|year|decade|century|centuries)";
  private static final String NUMBER =
      "(\\d{1,3}|"
          + Numbers.WORD_ALTERNATION
          + "|several|a few|few|many|some|a couple of|couple of)";
  private static final String SEASON = "(spring|summer|autumn|fall|winter)";

  private static final Map<String, String> SEASON_CODES =
      Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

  private static final Pattern FUTURE_CUE =
      Pattern.compile(
          "\\b(will|shall|next|upcoming|scheduled to|is to|are to|going to|set to)\\b|'ll\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PAST_VERB =
      Pattern.compile(
          "\\b(said|says|announced|told|reported|confirmed|added|[a-z]{3,}ed)(\\s+on)?\\s+$");

  /** Words that put the clause after the publication day; checked before {@link #PAST_CUE}. */
  private static final Pattern FUTURE_WORD =
      Pattern.compile(
          "\\b(will|shall|would|next|upcoming|scheduled|expected|planned|plans?|going to|set to"
              + "|is to|are to|due to|to be held|intends?|tomorrow|coming)\\b|'ll\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words that put the clause before the publication day. */
  private static final Pattern PAST_CUE =
      Pattern.compile(
          "\\b(was|were|had|did|said|told|ago|last|earlier|yesterday|began|came|went|met|left"
              + "|fell|rose|took|gave|made|won|lost|held|sent|sought|spoke|[a-z]{3,}ed)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words ending in "ed" that are not past verbs: "will succeed", "a hundred", "need". */
  private static final Pattern NOT_PAST =
      Pattern.compile(
          "(?:(?!agreed|freed|decreed|guaranteed)[a-z]*eed|hundred|kindred|sacred|naked|wicked|rugged|beloved|learned)",
          Pattern.CASE_INSENSITIVE);

  private interface Normaliser extends BiFunction<Matcher, Context, Value> {}

  /** Where a match is and what it anchors to; {@code anchor} may be null. */
  private record Context(String text, int start, int end, LocalDate anchor) {
    /** True right after a past verb: "said Tuesday", "was killed on Monday". */
    boolean afterPastVerb() {
      String before = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
      return PAST_VERB.matcher(before).find();
    }

    /**
     * The tense of the clause around the match, from the nearest tense cue in its sentence: 1
     * future, -1 past, 0 unknown. The nearest cue wins, so in "said Tuesday it will meet on Friday"
     * Tuesday is past and Friday future.
     */
    int tense() {
      int from = Math.max(0, start - 120);
      int to = Math.min(text.length(), end + 80);
      int sentenceStart =
          Math.max(
              Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)),
              Math.max(text.lastIndexOf("? ", start), text.lastIndexOf("! ", start)));
      if (sentenceStart > from) {
        from = sentenceStart;
      }
      for (String stop : List.of(". ", "\n", "? ", "! ")) {
        int sentenceEnd = text.indexOf(stop, end);
        if (sentenceEnd >= 0 && sentenceEnd < to) {
          to = sentenceEnd;
        }
      }
      int best = Integer.MAX_VALUE;
      int tense = 0;
      String window = text.substring(from, to);
      Matcher future = FUTURE_WORD.matcher(window);
      while (future.find()) {
        int distance = distance(from + future.start(), from + future.end());
        if (distance < best) {
          best = distance;
          tense = 1;
        }
      }
      Matcher past = PAST_CUE.matcher(window);
      while (past.find()) {
        if (FUTURE_WORD.matcher(past.group()).matches()
            || NOT_PAST.matcher(past.group()).matches()
            || participle(from + past.start())) {
          continue;
        }
        int distance = distance(from + past.start(), from + past.end());
        if (distance < best) {
          best = distance;
          tense = -1;
        }
      }
      return tense;
    }

    /** "will be dredged": after a form of "be" or "have" the auxiliary carries the tense. */
    private boolean participle(int cueStart) {
      String before = text.substring(Math.max(0, cueStart - 8), cueStart).toLowerCase(Locale.ROOT);
      return before.matches("(?s).*\\b(be|been|being|is|are|has|have)\\s+$");
    }

    private int distance(int cueStart, int cueEnd) {
      if (cueEnd <= start) {
        return start - cueEnd;
      }
      return cueStart >= end ? cueStart - end : 0;
    }

    boolean future() {
      int from = Math.max(0, start - 80);
      int to = Math.min(text.length(), end + 30);
      int sentenceStart = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start));
      if (sentenceStart > from) {
        from = sentenceStart;
      }
      int sentenceEnd = text.indexOf(". ", end);
      if (sentenceEnd >= 0 && sentenceEnd < to) {
        to = sentenceEnd;
      }
      return FUTURE_CUE.matcher(text.substring(from, to)).find();
    }
  }

  /** A normalised value, or an impossible date when {@code impossible} is set. */
  private record Value(TimexType type, String value, boolean impossible, Kind kind) {
    Value(TimexType type, String value, boolean impossible) {
      this(type, value, impossible, Kind.PLAIN);
    }

    static Value of(TimexType type, String value) {
      return new Value(type, value, false);
    }

    Value as(Kind newKind) {
      return new Value(type, value, impossible, newKind);
    }

    static Value date(String value) {
      return new Value(TimexType.DATE, value, false);
    }

    static final Value IMPOSSIBLE = new Value(TimexType.DATE, "XXXX", true);
  }

  private record Rule(Pattern pattern, Normaliser normaliser) {}

  /**
   * How a value depends on the text before it: earnings reports name a quarter once, then say "the
   * quarter" and compare with "a year earlier", meaning that quarter and the same quarter a year
   * before.
   */
  private enum Kind {
    PLAIN,
    /** "the quarter", "the latest period": the quarter last named, else the last full quarter. */
    REFERENCE_QUARTER,
    /** "a year earlier", "the year-ago quarter": a year before the quarter last named. */
    YEAR_BEFORE_REFERENCE
  }

  /** A candidate before the choice among overlaps. */
  private record Candidate(Timex timex, Kind kind) {}

  private static final Pattern EXTENT_PREFIX =
      Pattern.compile(
          "(?i)(?:\\b(?:early|late|mid|earlier|later|the (?:end|middle|beginning|start|close) of)"
              + "[\\s-])$");

  /** Approximations that belong to a count of units: "nearly two years", "over a week". */
  private static final Pattern AMOUNT_PREFIX =
      Pattern.compile(
          "(?i)(?:\\b(?:nearly|almost|about|around|over|more than|less than|at least|up to"
              + "|no more than|roughly|approximately)\\s)$");

  /** How far around a trigger a temporal expression may reach. */
  private static final int WINDOW = 64;

  /** Every temporal expression contains one of these, so the rules run only around them. */
  private static final Pattern TRIGGER =
      Pattern.compile(
          "\\d|may|tomorrow|midday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|quarter|decade"
              + "|centur|hour|minute|second|now|current|past|future|present|tonight|morning"
              + "|evening|night|noon|midnight|spring|summer|autumn|fall|winter|fiscal|annual|every"
              + "|each|soon|recent|nineteen|twenty|thousand",
          Pattern.CASE_INSENSITIVE);

  private final List<Rule> rules = new ArrayList<>();

  /** A tagger with the default English rules. */
  public TimexTagger() {
    // Full dates.
    rule(
        "(?:" + WEEKDAY + ",?\\s{1,3})?" + MONTH + "\\s{1,3}" + DAY + ",?\\s{1,3}" + YEAR,
        false,
        (m, c) -> day(m.group(4), month(m.group(2)), m.group(3)));
    rule(
        "(?:"
            + WEEKDAY
            + ",?\\s{1,3})?"
            + DAY
            + "\\s{1,3}(?:of\\s{1,3})?"
            + MONTH
            + ",?\\s{1,3}"
            + YEAR,
        false,
        (m, c) -> day(m.group(4), month(m.group(3)), m.group(2)));
    rule(
        "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])",
        false, (m, c) -> day(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    rule(
        "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])",
        false,
        (m, c) -> {
          String year = m.group(3).length() == 2 ? "19" + m.group(3) : m.group(3);
          return day(year, Integer.parseInt(m.group(1)), m.group(2));
        });
    // Month and day without a year, day and month.
    rule(
        "(?:" + WEEKDAY + ",?\\s{1,3})?" + MONTH + "\\s{1,3}" + DAY,
        false,
        (m, c) -> dayWithoutYear(c, month(m.group(2)), m.group(3)));
    rule(
        "(?:" + WEEKDAY + ",?\\s{1,3})?" + DAY + "\\s{1,3}(?:of\\s{1,3})?" + MONTH,
        false,
        (m, c) -> dayWithoutYear(c, month(m.group(3)), m.group(2)));
    // Month and year.
    rule(
        "(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]{1,3})?" + MONTH + ",?\\s{1,3}(?:of\\s{1,3})?" + YEAR,
        false,
        (m, c) -> Value.date(m.group(2) + "-" + two(month(m.group(1)))));
    // Month alone, with a modifier or after a preposition (the preposition stays outside).
    rule(
        "(?:([Ll]ast|[Nn]ext|[Tt]his|[Mm]id)[\\s-]{1,3})?"
            + "(January|February|March|April|June|July|August|September|October|November|December)"
            + "(?![A-Za-z])",
        false,
        (m, c) -> monthAlone(c, m.group(1), month(m.group(2))));
    rule(
        "(?:([Ll]ast|[Nn]ext|[Tt]his)\\s)?(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Ee]arly"
            + "|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)\\s)May(?![A-Za-z])",
        false,
        (m, c) -> monthAlone(c, m.group(1), 5));
    // Seasons.
    rule(
        "(last|next|this|past|coming)\\s{1,3}" + SEASON + "(?![a-z])",
        true,
        (m, c) -> season(c, m.group(1), m.group(2)));
    rule(
        "(?:the\\s{1,3})?" + SEASON + "\\s{1,3}of\\s{1,3}" + YEAR,
        true,
        (m, c) -> Value.date(m.group(2) + "-" + SEASON_CODES.get(lower(m.group(1)))));
    // Quarters.
    rule(
        "(?:the\\s{1,3})?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]{1,3}quarter"
            + "(?:\\s{1,3}of\\s{1,3}"
            + YEAR
            + ")?",
        true,
        (m, c) -> quarter(c, m.group(1), m.group(2)));
    // Fiscal years and bare years.
    rule("fiscal\\s{1,3}(?:year\\s{1,3})?" + YEAR, true, (m, c) -> Value.date(m.group(1)));
    rule(
        "(?:(?:[Ee]arly|[Ll]ate|[Mm]id)-)?(?<![\\d,.$€£#])" + YEAR + "(?!\\s?%|,\\d|\\.\\d)",
        false,
        (m, c) -> bareYear(c, m.group(1)));
    rule(
        "(?:the\\s{1,3})?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]{1,3})?(?:(1[5-9]|20)(\\d)0'?s|'(\\d)0s)(?![a-z])",
        true,
        (m, c) ->
            m.group(1) != null
                ? Value.date(m.group(1) + m.group(2))
                : Value.date((m.group(3).compareTo("3") < 0 ? "20" : "19") + m.group(3)));
    rule(
        "(?:the\\s{1,3})?(\\d{1,2})(?:st|nd|rd|th)\\s{1,3}century(?![a-z])",
        true,
        (m, c) -> Value.date(two(Integer.parseInt(m.group(1)) - 1)));
    // Deictic words.
    rule(
        "(today|yesterday|tomorrow|tonight|now|currently|nowadays|the past|the future"
            + "|this (?:morning|afternoon|evening)|last night|the day before yesterday"
            + "|the day after tomorrow|at present|right now)(?![a-z])",
        true,
        (m, c) -> deictic(c, lower(m.group(1))));
    // Weekdays.
    rule(
        "(?:(last|next|this|this coming|this past|coming|past)\\s{1,3})?"
            + WEEKDAY
            + "(?:\\s{1,3}(morning|afternoon|evening|night))?",
        false,
        (m, c) -> weekday(c, m.group(1), m.group(2), m.group(3)));
    // Relative periods: last week, this year, the previous month, the coming decade.
    rule(
        "(last|next|this|the past|the coming|the current|the previous|the next|the last"
            + "|the same|coming|past|previous|the following|the prior|a)\\s{1,3}"
            + UNIT
            + "(?![a-z-])(?:\\s{1,3}(ago|earlier|later))?",
        true,
        (m, c) -> relativePeriod(c, lower(m.group(1)), lower(m.group(2)), m.group(3)));
    // N units ago / earlier / from now.
    rule(
        "(?:(?:about|some|nearly|almost|more than|over|roughly)\\s{1,3})?"
            + NUMBER
            + "[\\s-]{1,3}"
            + UNIT
            + "s?\\s{1,3}(ago|earlier|before|later|from now)"
            + "(?![a-z])",
        true,
        (m, c) -> unitsAgo(c, lower(m.group(1)), lower(m.group(2)), lower(m.group(3))));
    // Durations: the past three years, two weeks; not "a 35-year-old".
    rule(
        "(?:(?:the\\s{1,3})?(?:past|last|next|first|coming|previous|following)\\s{1,3})?"
            + NUMBER
            + "(?:\\s{1,3}|-)"
            + UNIT
            + "s?(?![a-z])(?!-old|\\s{1,3}old|-long)",
        true,
        (m, c) -> {
          String modifier = lower(m.group()).replaceFirst("^the\\s+", "");
          String unit = lower(m.group(2));
          if (unit.equals("quarter") && fraction(c, m.group())) {
            return null;
          }
          if (count(lower(m.group(1))) == null && !modifier.startsWith(lower(m.group(1)))) {
            // "the next few days", "the past several weeks": TimeML writes a vague length.
            return vagueDuration(unit.startsWith("centur") ? "centuries" : unit + "s");
          }
          return duration(lower(m.group(1)), unit);
        });
    rule(
        "(?:the\\s{1,3})?(days|weeks|months|years|decades|hours|minutes|centuries)(?![a-z])",
        true,
        (m, c) -> countedOrAged(c) ? null : vagueDuration(lower(m.group(1))));
    // Times of day.
    rule(
        "(?<![\\d:.])(\\d{1,2})(?::(\\d{2}))?\\s{0,2}(a\\.m\\.|p\\.m\\.|am|pm)(?![a-z])"
            + "(?:\\s{1,2}(?:[A-Z][DS]T|GMT|UTC))?(?:\\s{1,2}(?:on\\s)?(Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)(?![a-z]))?",
        true, (m, c) -> time(c, m.group(1), m.group(2), lower(m.group(3)), m.group(4)));
    // A time with a calendar day after it: "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6".
    rule(
        "(?<![\\d:.])(\\d{1,2})(?::(\\d{2}))?\\s{0,2}(a\\.m\\.|p\\.m\\.|am|pm)(?![a-z])"
            + "(?:\\s{1,2}(?:[A-Z][DS]T|GMT|UTC))?,?\\s{1,2}(?:on\\s)?"
            + MONTH
            + "\\s{1,3}"
            + DAY,
        true,
        (m, c) -> {
          Value day = dayWithoutYear(c, month(m.group(4)), m.group(5));
          Value clock = time(c, m.group(1), m.group(2), lower(m.group(3)), null);
          if (day == null || day.impossible || clock.impossible) {
            return Value.IMPOSSIBLE;
          }
          return Value.of(
              TimexType.TIME, day.value + clock.value.substring(clock.value.indexOf('T')));
        });
    rule("(noon|midnight|midday)(?![a-z])", true, (m, c) -> time(c, m.group(1)));
    rule(
        "(?:the\\s{1,3})?year-(?:earlier|ago)",
        true,
        (m, c) -> unitsAgo(c, "1", "year", "ago").as(Kind.YEAR_BEFORE_REFERENCE));
    // Sets.
    rule(
        "(every|each)\\s{1,3}(day|week|month|year)(?![a-z])|(daily|annually|yearly)(?![a-z])",
        true,
        (m, c) -> set(m.group(2) != null ? lower(m.group(2)) : lower(m.group(3))));
    // Vague references to the past, present and future.
    rule(
        "(recently|soon|current|these days|the near future|the near term"
            + "|nowadays|in the future|some day)(?![a-z])",
        true,
        (m, c) -> asSoonAs(c) ? null : Value.date(reference(lower(m.group(1)))));
    rule(
        "(recent|past|the past|the last|the coming|coming|future|the next)"
            + "(?:\\s{1,3}(few|several|many))?\\s{1,3}"
            + "(days|weeks|months|years|quarters|decades)(?![a-z])",
        true,
        (m, c) -> {
          String modifier = lower(m.group(1));
          if (modifier.equals("recent") && !m.group().contains(" few")
              || m.group(2) != null && !modifier.equals("recent")) {
            // "recent weeks", "the next few days": TimeML writes a vague length (PXW, PXD).
            return vagueDuration(lower(m.group(3)));
          }
          return Value.date(
              modifier.contains("com") || modifier.contains("next") || modifier.equals("future")
                  ? "FUTURE_REF"
                  : "PAST_REF");
        });
    // "the weekend", "the summer": the nearest one in the direction of the clause's tense.
    rule(
        "(?:the\\s{1,3})?(?:early\\s{1,3})?(weekend|spring|summer|autumn|winter)(?![a-z])",
        true,
        (m, c) -> nearestPeriod(c, lower(m.group(1))));
    // Years read out: "nineteen ninety-six".
    rule(
        "(?:(January|February|March|April|May|June|July|August|September|October|November"
            + "|December)\\s{1,3})?(nineteen|twenty|two thousand)[\\s-]{1,3}"
            + "(?:and\\s{1,3})?(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[\\s-](one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four"
            + "|five|six|seven|eight|nine)(?![a-z-])",
        true,
        (m, c) -> spokenYear(m.group(1), lower(m.group(2)), lower(m.group(3))));
    rule(
        "the year two thousand(?![a-z-])(?!\\s{1,3}(?:and\\s{1,3})?(?:one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen|twenty)\\b)",
        true,
        (m, c) -> Value.date("2000"));
    // Month with a relative year: "July last year".
    rule(
        "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December)(?:\\s{1,3}of)?\\s{1,3}(last|this|next)\\s{1,3}year(?![a-z])",
        false,
        (m, c) ->
            c.anchor == null
                ? Value.date("XXXX-" + two(month(m.group(1))))
                : Value.date(
                    (c.anchor.getYear() + yearOffset(m.group(2))) + "-" + two(month(m.group(1)))));
    // Quarters of a named or relative year: "next year's first quarter", "the 2029 second quarter".
    rule(
        "(this|last|next)\\s{1,3}year's\\s{1,3}(first|second|third|fourth)[\\s-]{1,3}quarter",
        true,
        (m, c) ->
            c.anchor == null
                ? null
                : Value.date(
                    (c.anchor.getYear() + yearOffset(lower(m.group(1))))
                        + "-Q"
                        + quarterNumber(m.group(2))));
    rule(
        "(?:the\\s{1,3})?"
            + YEAR
            + "\\s{1,3}(?:(first|second|third|fourth)[\\s-]{1,3})?"
            + "(?:fiscal\\s{1,3})?(quarter|period)(?![a-z])",
        true,
        (m, c) ->
            m.group(2) != null
                ? Value.date(m.group(1) + "-Q" + quarterNumber(m.group(2)))
                : new Value(TimexType.DATE, m.group(1), false, Kind.REFERENCE_QUARTER));
    // Quarters and periods named before: "the quarter", "the latest period".
    rule(
        "(?:the|that)\\s{1,3}(?:(same|current)\\s{1,3})?(?:fiscal\\s{1,3})?quarter(?![a-z'-])",
        true,
        (m, c) -> new Value(TimexType.DATE, "XXXX-QX", false, Kind.REFERENCE_QUARTER));
    rule(
        "the\\s{1,3}(?:latest|most recent|just-ended|recent)\\s{1,3}(?:fiscal\\s{1,3})?"
            + "(?:quarter|period)(?![a-z'-])",
        true,
        (m, c) -> Value.date(lastFullQuarter(c.anchor)));
    // "the year ended Sept. 30" is a length; "for the year", "the first half of the year" this
    // year.
    rule(
        "the\\s{1,3}(fiscal\\s{1,3})?year(?![a-z'-])(?!\\s{1,3}(?:two thousand|[12]\\d{3}|ago|earlier|before"
            + "|after|later))",
        true,
        (m, c) -> {
          String after = lower(c.text.substring(c.end, Math.min(c.text.length(), c.end + 10)));
          if (after.matches("(?s)\\s+end(?:ed|ing)\\b.*")) {
            return Value.of(TimexType.DURATION, "P1Y");
          }
          return Value.date(c.anchor == null ? "XXXX" : Integer.toString(c.anchor.getYear()));
        });
    rule(
        "the\\s{1,3}(?:current|full)\\s{1,3}(?:fiscal\\s{1,3})?year(?![a-z'-])",
        true,
        (m, c) -> Value.date(c.anchor == null ? "XXXX" : Integer.toString(c.anchor.getYear())));
    // Comparisons with a year before: "a year earlier", "the year-ago quarter".
    rule(
        "(?:(?:the|a)\\s{1,3})?(?:comparable\\s{1,3})?year[\\s-](?:ago|earlier)"
            + "(?:\\s{1,3}(?:(first|second|third|fourth)[\\s-]{1,3})?(quarter|period))?"
            + "|last\\s{1,3}year's\\s{1,3}(?:quarter|period)",
        true,
        (m, c) ->
            m.group(1) == null || c.anchor == null
                ? unitsAgo(c, "1", "year", "ago").as(Kind.YEAR_BEFORE_REFERENCE)
                : Value.date((c.anchor.getYear() - 1) + "-Q" + quarterNumber(m.group(1))));
    // A time of day with its day: "noon Thursday", "midnight Friday", "5 p.m. EST Nov. 9".
    rule(
        "(noon|midnight)\\s{1,3}(?:on\\s{1,3})?" + WEEKDAY,
        true,
        (m, c) -> {
          Value day = weekday(c, null, capitalised(m.group(2)), null);
          return Value.of(
              TimexType.TIME,
              day.value + (lower(m.group(1)).equals("midnight") ? "T24:00" : "T12:00"));
        });
  }

  private static Value nearestPeriod(Context c, String period) {
    if (period.equals("weekend")) {
      if (c.anchor == null) {
        return Value.date("XXXX-WXX-WE");
      }
      LocalDate day =
          c.tense() > 0
              ? c.anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
              : c.anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return Value.date(week(day) + "-WE");
    }
    String code = SEASON_CODES.get(period);
    if (c.anchor == null) {
      return Value.date("XXXX-" + code);
    }
    int startMonth =
        switch (period) {
          case "spring" -> 3;
          case "summer" -> 6;
          case "autumn" -> 9;
          default -> 12;
        };
    int year = c.anchor.getYear();
    int tense = c.tense();
    if (tense < 0 && startMonth > c.anchor.getMonthValue()) {
      year--;
    } else if (tense > 0 && startMonth + 2 < c.anchor.getMonthValue()) {
      year++;
    }
    return Value.date(year + "-" + code);
  }

  /**
   * "three-quarters of the ferries", "three quarters of them": a fraction, not a length of time.
   */
  private static boolean fraction(Context c, String matched) {
    String after = c.text.substring(c.end, Math.min(c.text.length(), c.end + 12));
    return matched.matches("(?is).*[a-z]-quarters?")
        || after.matches("(?s)\\s+of\\s+(?:the|its|their|all|his|her|them|those|these)\\b.*");
  }

  /**
   * "55 years old", "hundreds of years", "a matter of months", "on days when": a bare plural that
   * counts or describes, not a vague length of time.
   */
  private static boolean countedOrAged(Context c) {
    String before = c.text.substring(Math.max(0, c.start - 12), c.start).toLowerCase(Locale.ROOT);
    String after = c.text.substring(c.end, Math.min(c.text.length(), c.end + 5));
    return before.matches("(?s).*(\\d|\\bof|\\bon|\\blast|\\bthe)\\s+$")
        || after.matches("(?s)\\s+old\\b.*|-old.*");
  }

  /** "$2 million a year", "four flights a week", "twice a day": a rate, not a length of time. */
  private static boolean rate(Context c) {
    String before = c.text.substring(Math.max(0, c.start - 24), c.start).toLowerCase(Locale.ROOT);
    return before.matches(
        "(?s).*(?:\\d[\\d,.]*%?|million|billion|thousand|hundred|percent|cents?|dollars?|once"
            + "|twice|times)(?:\\s+[a-z]+){0,1}\\s+$");
  }

  /** "as soon as the talks end": a conjunction, not a reference to the future. */
  private static boolean asSoonAs(Context c) {
    String before = c.text.substring(Math.max(0, c.start - 3), c.start).toLowerCase(Locale.ROOT);
    String after = c.text.substring(c.end, Math.min(c.text.length(), c.end + 16));
    return before.equals("as ")
        && after.toLowerCase(Locale.ROOT).startsWith(" as")
        && !after.toLowerCase(Locale.ROOT).startsWith(" as possible");
  }

  private static String capitalised(String word) {
    String lower = lower(word);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static int yearOffset(String modifier) {
    return switch (lower(modifier)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  private static int quarterNumber(String ordinal) {
    return switch (lower(ordinal)) {
      case "first" -> 1;
      case "second" -> 2;
      case "third" -> 3;
      default -> 4;
    };
  }

  private static String reference(String word) {
    return switch (word) {
      case "recently", "previously", "formerly" -> "PAST_REF";
      case "current", "these days", "nowadays" -> "PRESENT_REF";
      default -> "FUTURE_REF";
    };
  }

  private static Value spokenYear(String monthName, String century, String rest) {
    int high =
        switch (century) {
          case "nineteen" -> 1900;
          case "twenty" -> 2000;
          default -> 2000;
        };
    if (century.equals("two thousand")
        && rest.matches("(?s).*\\s.*|twenty|thirty|forty|fifty" + "|sixty|seventy|eighty|ninety")) {
      return null;
    }
    Integer low = Numbers.word(rest.replace('-', ' '));
    if (low == null) {
      String[] parts = rest.split("[\\s-]+");
      Integer tens = Numbers.word(parts[0]);
      Integer units = parts.length > 1 ? Numbers.word(parts[1]) : Integer.valueOf(0);
      if (tens == null || units == null) {
        return null;
      }
      low = tens + units;
    }
    if (century.equals("twenty") && low < 10) {
      return null;
    }
    String year = Integer.toString(high + low);
    return Value.date(monthName == null ? year : year + "-" + two(month(monthName)));
  }

  private void rule(String regex, boolean ignoreCase, Normaliser normaliser) {
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
    rules.add(new Rule(Pattern.compile("(?<![A-Za-z])" + regex, flags), normaliser));
  }

  /**
   * Tags {@code text} against {@code anchor} (the publication day; null leaves relative values with
   * {@code XXXX} parts). Overlapping candidates resolve to the longest, then the earliest.
   */
  public Result tag(String text, LocalDate anchor) {
    List<Candidate> candidates = new ArrayList<>();
    List<Timex> impossible = new ArrayList<>();
    // Every rule needs a trigger (a digit or a time word): run the rules only around triggers.
    List<TextRange> chunks = new ArrayList<>();
    Matcher trigger = TRIGGER.matcher(text);
    int chunkStart = -1;
    int chunkEnd = -1;
    while (trigger.find()) {
      int from = Math.max(0, trigger.start() - WINDOW);
      int to = Math.min(text.length(), trigger.end() + WINDOW);
      if (chunkStart >= 0 && from <= chunkEnd) {
        chunkEnd = Math.max(chunkEnd, to);
      } else {
        if (chunkStart >= 0) {
          chunks.add(new TextRange(chunkStart, chunkEnd));
        }
        chunkStart = from;
        chunkEnd = to;
      }
    }
    if (chunkStart >= 0) {
      chunks.add(new TextRange(chunkStart, chunkEnd));
    }
    for (Rule rule : rules) {
      for (TextRange chunk : chunks) {
        Matcher matcher = rule.pattern.matcher(text).region(chunk.start(), chunk.end());
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
          if (matcher.end() == matcher.start()) {
            continue;
          }
          Context context = new Context(text, matcher.start(), matcher.end(), anchor);
          Value value;
          try {
            value = rule.normaliser.apply(matcher, context);
          } catch (DateTimeException | NumberFormatException e) {
            value = Value.IMPOSSIBLE;
          }
          if (value == null) {
            continue;
          }
          Timex timex = new Timex(matcher.start(), matcher.end(), value.type, value.value);
          if (value.impossible) {
            impossible.add(timex);
          } else {
            candidates.add(new Candidate(timex, value.kind));
          }
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Candidate t) -> t.timex.start() - t.timex.end())
            .thenComparingInt(t -> t.timex.start()));
    List<Candidate> chosen = new ArrayList<>();
    List<Timex> impossibleKept = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    impossible.sort(Comparator.comparingInt((Timex t) -> t.start() - t.end()));
    for (Timex timex : impossible) {
      if (free(taken, timex)) {
        mark(taken, timex);
        impossibleKept.add(timex);
      }
    }
    for (Candidate candidate : candidates) {
      if (free(taken, candidate.timex)) {
        mark(taken, candidate.timex);
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(t -> t.timex.start()));
    impossibleKept.sort(Comparator.comparingInt(Timex::start));
    return new Result(resolveInDiscourse(text, chosen, taken, anchor), impossibleKept);
  }

  /**
   * Second pass in text order: values that depend on the quarter named before them, and extents
   * widened over modifiers ("early", "the end of", "nearly") the rules leave outside.
   */
  private static List<Timex> resolveInDiscourse(
      String text, List<Candidate> chosen, boolean[] taken, LocalDate anchor) {
    List<Timex> out = new ArrayList<>(chosen.size());
    String referenceQuarter = null;
    for (Candidate candidate : chosen) {
      Timex timex = candidate.timex;
      String value = timex.value();
      if (candidate.kind == Kind.REFERENCE_QUARTER && value.matches("\\d{4}")) {
        // "the 1988 period": that year's part named before.
        value = referenceQuarter != null ? value + referenceQuarter.substring(4) : value;
      } else if (candidate.kind == Kind.REFERENCE_QUARTER) {
        value = referenceQuarter != null ? referenceQuarter : lastFullQuarter(anchor);
      } else if (candidate.kind == Kind.YEAR_BEFORE_REFERENCE && referenceQuarter != null) {
        int year = Integer.parseInt(referenceQuarter.substring(0, 4));
        value = (year - 1) + referenceQuarter.substring(4);
      } else if (QUARTER_VALUE.matcher(value).matches() && candidate.kind == Kind.PLAIN) {
        referenceQuarter = value;
      }
      int start = timex.start();
      String before = text.substring(Math.max(0, start - 24), start);
      Matcher prefix = EXTENT_PREFIX.matcher(before);
      boolean found = prefix.find();
      if (!found && timex.type() == TimexType.DURATION && !text.startsWith("the", start)) {
        prefix = AMOUNT_PREFIX.matcher(before);
        found = prefix.find();
      }
      if (found) {
        int newStart = start - prefix.group().length();
        boolean free = true;
        for (int i = newStart; i < start; i++) {
          free &= !taken[i];
        }
        if (free) {
          start = newStart;
        }
      }
      out.add(new Timex(start, timex.end(), timex.type(), value));
    }
    return out;
  }

  private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q[1-4]");

  private static String lastFullQuarter(LocalDate anchor) {
    if (anchor == null) {
      return "XXXX-QX";
    }
    LocalDate before = anchor.minusMonths(3);
    return before.getYear() + "-Q" + before.get(IsoFields.QUARTER_OF_YEAR);
  }

  private static boolean free(boolean[] taken, Timex timex) {
    for (int i = timex.start(); i < timex.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, Timex timex) {
    for (int i = timex.start(); i < timex.end(); i++) {
      taken[i] = true;
    }
  }

  // ---- normalisers ----

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static int month(String name) {
    int month = CalendarWords.month(name);
    if (month == 0) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return month;
  }

  private static Value day(String year, int month, String day) {
    LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    return Value.date(date.toString());
  }

  private static Value dayWithoutYear(Context c, int month, String dayText) {
    int day = Integer.parseInt(dayText);
    if (day < 1 || day > 31) {
      return null;
    }
    if (c.anchor == null) {
      if (day > java.time.Month.of(month).maxLength()) {
        return Value.IMPOSSIBLE;
      }
      return Value.date("XXXX-" + two(month) + "-" + two(day));
    }
    int year = nearestYear(c, month);
    return Value.date(LocalDate.of(year, month, day).toString());
  }

  /** The year that puts {@code month} closest to the anchor, with a lean to the past. */
  private static int nearestYear(Context c, int month) {
    int anchorMonth = c.anchor.getMonthValue();
    int year = c.anchor.getYear();
    int diff = month - anchorMonth;
    if (Math.abs(diff) <= 2) {
      return year;
    }
    // Further away, the tense of the clause decides: "will open in January" (in November) is next
    // year, "opened in September" (in March) last year.
    int tense = c.tense();
    if (diff > 0) {
      return tense > 0 ? year : year - 1;
    }
    return tense > 0 ? year + 1 : year;
  }

  private static Value monthAlone(Context c, String modifier, int month) {
    if (c.anchor == null) {
      return Value.date("XXXX-" + two(month));
    }
    int year = c.anchor.getYear();
    String mod = lower(modifier);
    if ("last".equals(mod)) {
      year = month >= c.anchor.getMonthValue() ? year - 1 : year;
    } else if ("next".equals(mod)) {
      year = month <= c.anchor.getMonthValue() ? year + 1 : year;
    } else if (!"this".equals(mod)) {
      year = nearestYear(c, month);
    }
    return Value.date(year + "-" + two(month));
  }

  private static Value season(Context c, String modifier, String season) {
    String code = SEASON_CODES.get(lower(season));
    if (c.anchor == null) {
      return Value.date("XXXX-" + code);
    }
    int year = c.anchor.getYear();
    String mod = lower(modifier);
    int month = c.anchor.getMonthValue();
    // The season's last month; winter is labelled by the year it starts in (December).
    int lastMonth =
        switch (code) {
          case "SP" -> 5;
          case "SU" -> 8;
          case "FA" -> 11;
          default -> 14;
        };
    if (mod.equals("last") || mod.equals("past")) {
      // The most recent one that is over: "last spring", written in October, is this year's.
      year = month > lastMonth ? year : year - 1;
    } else if (mod.equals("next") || mod.equals("coming")) {
      year = month < lastMonth - 2 ? year : year + 1;
    }
    return Value.date(year + "-" + code);
  }

  private static Value quarter(Context c, String ordinal, String year) {
    int q =
        switch (lower(ordinal).substring(0, 1)) {
          case "f", "1" -> lower(ordinal).startsWith("fo") ? 4 : 1;
          case "s", "2" -> 2;
          case "t", "3" -> 3;
          default -> 4;
        };
    if (year != null) {
      return Value.date(year + "-Q" + q);
    }
    if (c.anchor == null) {
      return Value.date("XXXX-Q" + q);
    }
    int anchorQuarter = c.anchor.get(IsoFields.QUARTER_OF_YEAR);
    int y = c.anchor.getYear();
    if (q > anchorQuarter && !c.future()) {
      y--;
    }
    return Value.date(y + "-Q" + q);
  }

  private static Value bareYear(Context c, String year) {
    int end = c.end;
    String after = c.text.substring(end, Math.min(c.text.length(), end + 24));
    // "1,500 troops" never reaches here; "2000 troops" or "1998 cars" are counts, not years.
    Matcher next = Pattern.compile("^\\s{1,3}([a-z]+)").matcher(after);
    if (next.find()) {
      String word = next.group(1);
      if (word.length() > 3
          && word.endsWith("s")
          && !word.endsWith("ss")
          && !List.of("this", "was", "has", "its", "as", "is", "plus", "sales", "versus")
              .contains(word)) {
        return null;
      }
      if (List.of("to", "people", "of", "percent", "per", "pounds", "tons").contains(word)) {
        return null;
      }
    }
    String before = c.text.substring(Math.max(0, c.start - 16), c.start).toLowerCase(Locale.ROOT);
    if (before.matches(
            "(?s).*\\b(about|some|nearly|than|over|almost|around|roughly|least|and|to|of|were|from)\\s$")
        && !before.matches("(?s).*\\b(since|in|of|from|to|until|by|and)\\s$")) {
      return null;
    }
    return Value.date(year);
  }

  private static Value deictic(Context c, String word) {
    LocalDate a = c.anchor;
    String today = a == null ? "XXXX-XX-XX" : a.toString();
    return switch (word) {
      case "today" -> Value.date(today);
      case "yesterday" -> Value.date(a == null ? "XXXX-XX-XX" : a.minusDays(1).toString());
      case "tomorrow" -> Value.date(a == null ? "XXXX-XX-XX" : a.plusDays(1).toString());
      case "the day before yesterday" ->
          Value.date(a == null ? "XXXX-XX-XX" : a.minusDays(2).toString());
      case "the day after tomorrow" ->
          Value.date(a == null ? "XXXX-XX-XX" : a.plusDays(2).toString());
      case "tonight" -> Value.date(today);
      case "last night" ->
          Value.of(TimexType.TIME, (a == null ? "XXXX-XX-XX" : a.minusDays(1).toString()) + "TNI");
      case "this morning" -> Value.of(TimexType.TIME, today + "TMO");
      case "this afternoon" -> Value.of(TimexType.TIME, today + "TAF");
      case "this evening" -> Value.of(TimexType.TIME, today + "TEV");
      case "recently", "the past", "previously", "formerly" -> Value.date("PAST_REF");
      case "the future", "future" -> Value.date("FUTURE_REF");
      default -> Value.date("PRESENT_REF");
    };
  }

  private static Value weekday(Context c, String modifier, String name, String partOfDay) {
    DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    String mod = lower(modifier);
    if ("on".equals(mod)) {
      mod = null;
    }
    String suffix = partOfDay == null ? "" : partCode(lower(partOfDay));
    TimexType type = partOfDay == null ? TimexType.DATE : TimexType.TIME;
    if (c.anchor == null) {
      return Value.of(type, "XXXX-WXX-" + day.getValue() + suffix);
    }
    LocalDate value;
    if ("next".equals(mod) || "coming".equals(mod) || "this coming".equals(mod)) {
      value = c.anchor.with(TemporalAdjusters.next(day));
    } else if ("last".equals(mod) || "past".equals(mod) || "this past".equals(mod)) {
      value = c.anchor.with(TemporalAdjusters.previous(day));
    } else if (!c.afterPastVerb() && c.tense() > 0) {
      value = c.anchor.with(TemporalAdjusters.nextOrSame(day));
    } else {
      value = c.anchor.with(TemporalAdjusters.previousOrSame(day));
    }
    return Value.of(type, value + suffix);
  }

  private static String partCode(String part) {
    return switch (part) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
  }

  private static Value relativePeriod(Context c, String modifier, String unit, String direction) {
    if (unit.startsWith("centur")) {
      unit = "century";
    }
    if ("a".equals(modifier)) {
      if (direction == null && rate(c)) {
        return null;
      }
      if (direction == null) {
        return Value.of(TimexType.DURATION, (timeUnit(unit) ? "PT1" : "P1") + durationUnit(unit));
      }
      Value ago = unitsAgo(c, "1", unit, lower(direction));
      return unit.equals("year") && !lower(direction).equals("later")
          ? ago.as(Kind.YEAR_BEFORE_REFERENCE)
          : ago;
    }
    if (direction != null && !modifier.startsWith("the") && !modifier.equals("this")) {
      return null;
    }
    int offset;
    switch (modifier) {
      case "last", "past", "previous", "the previous", "the prior" -> offset = -1;
      case "next", "coming", "the following" -> offset = 1;
      case "the past", "the last" -> {
        return Value.of(TimexType.DURATION, "P1" + durationUnit(unit));
      }
      case "the next", "the coming" -> {
        return Value.of(TimexType.DURATION, "P1" + durationUnit(unit));
      }
      default -> offset = 0;
    }
    if (c.anchor == null) {
      return Value.date("XXXX");
    }
    LocalDate a = c.anchor;
    return switch (unit) {
      case "day" -> Value.date(a.plusDays(offset).toString());
      case "week" -> Value.date(week(a.plusWeeks(offset)));
      case "weekend" -> Value.date(week(a.plusWeeks(offset)) + "-WE");
      case "month" -> {
        LocalDate m = a.plusMonths(offset);
        yield Value.date(m.getYear() + "-" + two(m.getMonthValue()));
      }
      case "quarter" -> {
        LocalDate q = a.plusMonths(3L * offset);
        yield Value.date(q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR));
      }
      case "year" -> Value.date(Integer.toString(a.getYear() + offset));
      case "decade" -> Value.date(Integer.toString((a.getYear() + 10 * offset) / 10));
      case "century" -> Value.date(Integer.toString((a.getYear() + 100 * offset) / 100));
      default -> null; // seconds, minutes, hours: too fine to anchor to a day
    };
  }

  private static String week(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR)
        + "-W"
        + two(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static Value unitsAgo(Context c, String number, String unit, String direction) {
    Integer n = count(number);
    if (c.anchor == null || n == null) {
      return Value.date("PAST_REF");
    }
    int sign = direction.equals("later") || direction.equals("from now") ? 1 : -1;
    LocalDate a = c.anchor;
    long k = (long) sign * n;
    return switch (unit) {
      case "day" -> Value.date(a.plusDays(k).toString());
      case "week" -> Value.date(week(a.plusWeeks(k)));
      case "month" -> {
        LocalDate m = a.plusMonths(k);
        yield Value.date(m.getYear() + "-" + two(m.getMonthValue()));
      }
      case "quarter" -> {
        LocalDate q = a.plusMonths(3 * k);
        yield Value.date(q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR));
      }
      case "year" -> Value.date(Long.toString(a.getYear() + k));
      case "decade" -> Value.date(Long.toString((a.getYear() + 10 * k) / 10));
      default -> Value.date(sign < 0 ? "PAST_REF" : "FUTURE_REF");
    };
  }

  private static Integer count(String number) {
    if (number == null) {
      return null;
    }
    if (number.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(number);
    }
    if (number.endsWith("couple of")) {
      return 2;
    }
    return Numbers.word(number);
  }

  private static String durationUnit(String unit) {
    return switch (unit) {
      case "second" -> "S";
      case "minute" -> "M";
      case "hour" -> "H";
      case "day" -> "D";
      case "week", "weekend" -> "W";
      case "month" -> "M";
      case "quarter" -> "Q";
      case "year" -> "Y";
      case "decade" -> "DE";
      default -> "CE";
    };
  }

  private static boolean timeUnit(String unit) {
    return unit.equals("second") || unit.equals("minute") || unit.equals("hour");
  }

  private static Value duration(String number, String unit) {
    if (unit.startsWith("centur")) {
      unit = "century";
    }
    Integer n = count(number);
    String amount = n == null ? "X" : Integer.toString(n);
    return Value.of(
        TimexType.DURATION, (timeUnit(unit) ? "PT" : "P") + amount + durationUnit(unit));
  }

  private static Value vagueDuration(String plural) {
    String unit = plural.equals("centuries") ? "century" : plural.substring(0, plural.length() - 1);
    return Value.of(TimexType.DURATION, (timeUnit(unit) ? "PT" : "P") + "X" + durationUnit(unit));
  }

  private static Value time(
      Context c, String hourText, String minuteText, String meridiem, String dayWord) {
    int hour = Integer.parseInt(hourText);
    int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
    if (hour < 1 || hour > 12 || minute > 59) {
      return Value.IMPOSSIBLE;
    }
    boolean pm = meridiem.startsWith("p");
    hour = hour % 12 + (pm ? 12 : 0);
    String day = c.anchor == null ? "XXXX-XX-XX" : c.anchor.toString();
    if (dayWord != null) {
      Value dayValue =
          lower(dayWord).matches("today|yesterday|tomorrow")
              ? deictic(c, lower(dayWord))
              : weekday(c, null, dayWord, null);
      day = dayValue.value;
    }
    return Value.of(TimexType.TIME, day + "T" + two(hour) + ":" + two(minute));
  }

  private static Value time(Context c, String word) {
    String day = c.anchor == null ? "XXXX-XX-XX" : c.anchor.toString();
    return Value.of(TimexType.TIME, day + (lower(word).equals("midnight") ? "T24:00" : "T12:00"));
  }

  private static Value set(String unit) {
    String u =
        switch (unit) {
          case "day", "daily" -> "D";
          case "week", "weekly" -> "W";
          case "month", "monthly" -> "M";
          case "quarterly" -> "Q";
          default -> "Y";
        };
    return Value.of(TimexType.SET, "P1" + u);
  }
}
