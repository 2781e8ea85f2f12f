package org.triangulate.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.Problem;
import org.triangulate.core.facts.Claim;
import org.triangulate.core.facts.ClaimScope;
import org.triangulate.core.facts.DateMention;
import org.triangulate.core.facts.EntityType;

/**
 * Finds numeric claims: numbers (digits with any usual separator, written numbers, "dozens of"),
 * ranges and approximations, with what they count and their scope (place, time, subject) from the
 * sentence. "1,200 troops in Mali and 3,000 in Niger" gives two claims; the second inherits
 * "troops". Linear-time patterns; immutable and thread-safe.
 */
public final class ClaimExtractor {
  private static final String DIGITS =
      "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)"
          + "|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d,.])|\\d+(?:\\.\\d+)?";
  private static final String WRITTEN =
      "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six"
          + "|seven|eight|nine)|"
          + Numbers.WORD_ALTERNATION.replace("|one|", "|one(?![-\\s]off)|");
  private static final String SCALE =
      "(?:\\s{0,2}(million|billion|trillion|thousand|dozen|mln|bn|m|k)(?![a-z]))?";
  private static final String CURRENCY_PREFIX = "(US\\$|\\$|€|£|¥|USD\\s?|EUR\\s?|GBP\\s?)?";
  private static final String APPROX =
      "(?:(about|around|approximately|nearly|almost|roughly|some|over|more than|less than"
          + "|fewer than|at least|at most|up to|as many as|close to|upwards of|an estimated"
          + "|estimated|just over|just under|under|below|above|no fewer than|no more than"
          + "|in excess of|well over|only|just)\\s{1,3})?";
  private static final String NUMBER = "(" + DIGITS + "|" + WRITTEN + ")";
  private static final Pattern CLAIM =
      Pattern.compile(
          "(?<![\\w.,$€£-])"
              + APPROX
              + "(?:between\\s{1,3})?"
              + CURRENCY_PREFIX
              + NUMBER
              + SCALE
              + "(?:\\s{0,2}(?:-|–|to|and)\\s{0,2}\\$?"
              + NUMBER
              + SCALE
              + ")?"
              + "(\\s{0,2}%|\\s{1,2}(?:percent|per cent|dollars|euros|pounds|yuan|rupees))?"
              + "(?![\\w])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern VAGUE =
      Pattern.compile(
          "(?<![\\w])(tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions"
              + "|scores)\\s{1,3}of(?![\\w])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ODD_SEPARATORS =
      Pattern.compile("(?<![\\d,])\\d,\\d(?:,\\d)+(?!\\d)");
  private static final Pattern UNIT_WORD = Pattern.compile("\\G\\s{1,3}([A-Za-z][A-Za-z'-]*)");
  private static final Pattern PLACE_AFTER =
      Pattern.compile("^[^.;:]{0,40}?\\b(in|at|near|across|outside|inside|from|around)\\s{1,3}$");

  private static final Set<String> NOT_UNITS =
      Set.of(
          "the", "a", "an", "in", "on", "at", "of", "to", "for", "from", "by", "with", "and", "or",
          "but", "was", "were", "is", "are", "had", "has", "have", "been", "be", "as", "than",
          "that", "which", "who", "this", "these", "those", "it", "its", "their", "his", "her",
          "said", "says", "more", "less", "per", "each", "since", "after", "before", "when",
          "while", "into", "over", "under", "near", "across", "between", "during", "last", "next",
          "will", "would", "could", "may", "might", "also", "not", "out", "up", "down", "times",
          "year", "years", "month", "months", "day", "days", "week", "weeks", "ago", "old");
  private static final Set<String> ADJECTIVES =
      Set.of(
          "more", "other", "additional", "new", "extra", "further", "armed", "unarmed", "foreign");
  private static final Pattern VICTIM_VERB =
      Pattern.compile(
          "^\\s{1,3}(?:were|have been|had been|was|are|being)?\\s{0,3}"
              + "(killed|dead|died|injured|wounded|hurt|arrested|detained|missing|displaced|evacuated"
              + "|rescued|kidnapped|abducted)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern VICTIM_VERB_BEFORE =
      Pattern.compile(
          "(killed|kill|killing|injured|injuring|wounded|wounding|arrested|detained|displaced"
              + "|evacuated|kidnapped|abducted)\\s{1,3}$",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Double> VAGUE_VALUES =
      Map.of(
          "dozens",
          24.0,
          "scores",
          40.0,
          "hundreds",
          200.0,
          "thousands",
          2000.0,
          "millions",
          2e6,
          "tens of thousands",
          20000.0,
          "hundreds of thousands",
          200000.0);

  /** Claims of one article plus problems (odd number separators). */
  public record Result(List<Claim> claims, List<Problem> problems) {}

  private record Found(
      int start, int end, double value, Double upper, String unit, String qualifier, int unitEnd) {}

  /**
   * Finds the claims in {@code text}.
   *
   * @param articleId the article id for the claims
   * @param sentences the sentences of {@code text}
   * @param dates the article's temporal expressions (numbers inside them are no claims)
   * @param entities the article's entity mentions (for places and subjects)
   */
  public Result extract(
      String articleId,
      String text,
      List<TextRange> sentences,
      List<DateMention> dates,
      List<NamedEntity> entities) {
    List<Claim> claims = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Matcher odd = ODD_SEPARATORS.matcher(text);
    while (odd.find()) {
      problems.add(
          Problem.warning(
              articleId,
              "odd-number",
              "'" + odd.group() + "' at " + odd.start() + " is not a number; read as a list"));
    }
    for (TextRange sentence : sentences) {
      List<Found> found = new ArrayList<>();
      Matcher m = CLAIM.matcher(text).region(sentence.start(), sentence.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        Found f = claim(text, m, dates, problems, articleId);
        if (f != null) {
          found.add(f);
        }
      }
      Matcher v = VAGUE.matcher(text).region(sentence.start(), sentence.end());
      while (v.find()) {
        String word = v.group(1).toLowerCase(Locale.ROOT);
        int unitEnd = unitEnd(text, v.end(), sentence.end());
        String unit = unitEnd > v.end() ? text.substring(v.end(), unitEnd).strip() : null;
        if (unit != null) {
          found.add(
              new Found(
                  v.start(),
                  unitEnd,
                  VAGUE_VALUES.get(word),
                  null,
                  unit(text, unit, unitEnd, v.start()),
                  word,
                  unitEnd));
        }
      }
      found.sort(
          java.util.Comparator.comparingInt(Found::start)
              .thenComparingInt((Found f) -> f.start() - f.unitEnd()));
      List<Found> disjoint = new ArrayList<>();
      int coveredTo = -1;
      for (Found f : found) {
        if (f.start() >= coveredTo) {
          disjoint.add(f);
          coveredTo = Math.max(f.end(), f.unitEnd());
        }
      }
      found = disjoint;
      String previousUnit = null;
      for (int i = 0; i < found.size(); i++) {
        Found f = found.get(i);
        String unit = f.unit();
        if (unit == null && previousUnit != null && inheritsUnit(text, f.end(), sentence.end())) {
          unit = previousUnit;
        }
        if (unit == null) {
          continue;
        }
        previousUnit = unit;
        int nextStart = i + 1 < found.size() ? found.get(i + 1).start() : sentence.end();
        ClaimScope scope =
            new ClaimScope(
                place(text, sentence, f, nextStart, entities, i == 0),
                time(text, sentence, f, dates),
                subject(sentence, f, entities));
        String claimText = text.substring(f.start(), f.unitEnd());
        claims.add(
            new Claim(
                "c" + (claims.size() + 1),
                articleId,
                claimText,
                f.value(),
                f.upper(),
                unit,
                f.qualifier() != null,
                f.qualifier(),
                scope,
                f.start(),
                f.unitEnd()));
      }
    }
    return new Result(claims, problems);
  }

  private static Found claim(
      String text, Matcher m, List<DateMention> dates, List<Problem> problems, String articleId) {
    int start = m.start();
    int end = m.end();
    for (DateMention d : dates) {
      if (d.start() < end && start < d.end()) {
        return null;
      }
    }
    if (end < text.length() && text.charAt(end) == '-') {
      // "45-year-old", "3-2": a compound, not a count.
      return null;
    }
    if (end + 1 < text.length()
        && text.charAt(end) == ','
        && Character.isDigit(text.charAt(end + 1))) {
      return null; // part of a list such as "1,2,3"
    }
    if (end < text.length() && (text.charAt(end) == ':' || text.charAt(end) == '/')) {
      return null;
    }
    String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    if ("only".equals(qualifier) || "just".equals(qualifier)) {
      qualifier = null;
    }
    String currency = m.group(2);
    Double low = value(m.group(3), m.group(4), problems, articleId, m.start(3));
    if (low == null) {
      return null;
    }
    Double high =
        m.group(5) == null ? null : value(m.group(5), m.group(6), problems, articleId, m.start(5));
    String suffix = m.group(7) == null ? null : m.group(7).strip().toLowerCase(Locale.ROOT);
    String joiner =
        m.group(5) == null ? "" : text.substring(m.end(4) >= 0 ? m.end(4) : m.end(3), m.start(5));
    if (high != null
        && joiner.contains("and")
        && !text.substring(Math.max(0, start - 10), m.start(3))
            .toLowerCase(Locale.ROOT)
            .contains("between")) {
      // "1,200 and 3,000": two numbers, not a range; keep the first only, the second is matched
      // anew.
      return null;
    }
    if (high != null && m.group(6) == null && m.group(4) != null) {
      high = high * Numbers.SCALES.get(m.group(4).toLowerCase(Locale.ROOT));
    }
    if (high != null && high < low) {
      high = null;
    }
    boolean written = !Character.isDigit(m.group(3).charAt(0));
    boolean yearLike =
        m.group(3).matches("(19|20)\\d\\d") && m.group(4) == null && currency == null;
    String unit = null;
    int unitEnd = end;
    if (suffix != null) {
      unit = suffix.equals("%") || suffix.startsWith("per") ? "%" : currencyWord(suffix);
    } else if (currency != null) {
      unit = currencyCode(currency.strip());
    }
    if (unit == null) {
      unitEnd = unitEnd(text, end, text.length());
      if (unitEnd > end) {
        unit = unit(text, text.substring(end, unitEnd).strip(), unitEnd, start);
      } else {
        unitEnd = end;
      }
    }
    if (unit != null && suffix == null && currency == null && unit.matches("[a-z]+ed")) {
      unit = null; // a verb, not a noun: "2025 failed"
      unitEnd = end;
    }
    if (yearLike && (unit == null || !unit.endsWith("s"))) {
      return null;
    }
    if (written && unit == null) {
      return null;
    }
    if (!written && unit == null) {
      // A bare number may inherit a unit ("3,000 in Niger"); keep it for now.
      return new Found(start, end, low, high, null, qualifier, end);
    }
    return new Found(start, end, low, high, unit, qualifier, unitEnd);
  }

  private static Double value(
      String number, String scale, List<Problem> problems, String articleId, int at) {
    double base;
    String lower = number.toLowerCase(Locale.ROOT);
    if (Character.isDigit(lower.charAt(0))) {
      String digits;
      if (lower.matches("\\d{1,3}(\\.\\d{3})+")) {
        digits = lower.replace(".", "");
        problems.add(
            Problem.warning(
                articleId,
                "ambiguous-number",
                "'"
                    + number
                    + "' at "
                    + at
                    + " read as "
                    + digits
                    + " (dot as thousands separator)"));
      } else {
        digits =
            lower.replace(",", "").replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
      }
      try {
        base = Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        problems.add(
            Problem.warning(articleId, "bad-number", "cannot read '" + number + "' at " + at));
        return null;
      }
    } else {
      Integer word = Numbers.word(lower.replaceAll("\\s+", " "));
      if (word == null) {
        return null;
      }
      base = word;
    }
    if (scale != null) {
      Double factor = Numbers.SCALES.get(scale.toLowerCase(Locale.ROOT));
      if (factor != null) {
        base *= factor;
      }
    }
    return Double.isFinite(base) ? base : null;
  }

  /** End of the noun phrase right after a number ("French troops"), or {@code from} if none. */
  private static int unitEnd(String text, int from, int limit) {
    Matcher w = UNIT_WORD.matcher(text).region(from, Math.min(limit, text.length()));
    int end = from;
    int words = 0;
    while (words < 3 && w.find()) {
      String word = w.group(1).toLowerCase(Locale.ROOT);
      if (NOT_UNITS.contains(word)) {
        break;
      }
      end = w.end();
      words++;
      if (!ADJECTIVES.contains(word) && !Character.isUpperCase(w.group(1).charAt(0))) {
        break; // the head noun
      }
    }
    return end;
  }

  /** The unit for a noun phrase, with "killed" and the like added for victims. */
  private static String unit(String text, String phrase, int phraseEnd, int numberStart) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    String head = lower.contains(" ") ? lower.substring(lower.lastIndexOf(' ') + 1) : lower;
    if (head.isEmpty()) {
      return null;
    }
    Matcher after =
        VICTIM_VERB.matcher(text).region(phraseEnd, Math.min(text.length(), phraseEnd + 30));
    if (after.lookingAt()) {
      return head + " " + participle(after.group(1).toLowerCase(Locale.ROOT));
    }
    String before = text.substring(Math.max(0, numberStart - 40), numberStart);
    String beforeTrimmed =
        before.replaceAll("(?i)(at least|more than|about|nearly|some|over|around|up to)\\s+$", "");
    Matcher verb = VICTIM_VERB_BEFORE.matcher(beforeTrimmed);
    if (verb.find()) {
      return head + " " + participle(verb.group(1).toLowerCase(Locale.ROOT));
    }
    String currency = currencyWord(head);
    return currency != null ? currency : head;
  }

  private static String participle(String verb) {
    if (verb.equals("dead") || verb.equals("died") || verb.startsWith("kill")) {
      return "killed";
    }
    if (verb.endsWith("ing")) {
      String stem = verb.substring(0, verb.length() - 3);
      return stem.endsWith("e") ? stem + "d" : stem + "ed";
    }
    if (verb.equals("kill") || verb.equals("hurt")) {
      return verb.equals("kill") ? "killed" : "injured";
    }
    return verb;
  }

  private static String currencyWord(String word) {
    return switch (word) {
      case "dollars", "dollar" -> "USD";
      case "euros", "euro" -> "EUR";
      case "pounds" -> "GBP";
      case "yuan" -> "CNY";
      case "rupees" -> "INR";
      default -> null;
    };
  }

  private static String currencyCode(String prefix) {
    return switch (prefix) {
      case "$", "US$", "USD" -> "USD";
      case "€", "EUR" -> "EUR";
      case "£", "GBP" -> "GBP";
      case "¥" -> "JPY";
      default -> prefix;
    };
  }

  private static boolean inheritsUnit(String text, int end, int sentenceEnd) {
    String after = text.substring(end, Math.min(sentenceEnd, end + 12)).toLowerCase(Locale.ROOT);
    return after.matches("(?s)\\s{1,3}(in|at|near|across|from|to|on|for|were|was|had|have)\\b.*")
        || after.isBlank()
        || after.startsWith(",")
        || after.startsWith(".")
        || after.startsWith(";");
  }

  private static String place(
      String text,
      TextRange sentence,
      Found f,
      int nextStart,
      List<NamedEntity> entities,
      boolean firstInSentence) {
    // After the number, before the next claim: "1,200 troops in Mali".
    for (NamedEntity e : entities) {
      if (e.start() >= f.unitEnd() && e.start() < nextStart && placeLike(e)) {
        String between = text.substring(f.unitEnd(), e.start());
        if (PLACE_AFTER.matcher(between).find()) {
          return e.text();
        }
      }
    }
    // Elsewhere in the sentence, after a place preposition, when the number does not lie between
    // two places of its own.
    for (NamedEntity e : entities) {
      if (e.start() >= sentence.start()
          && e.end() <= sentence.end()
          && placeLike(e)
          && (e.end() <= f.start() || firstInSentence)) {
        String before = text.substring(Math.max(sentence.start(), e.start() - 8), e.start());
        if (before.matches(
            "(?s).*\\b(in|at|near|across|outside|inside|from|In|At|Near)\\s{1,3}(the\\s)?$")) {
          return e.text();
        }
      }
    }
    return null;
  }

  private static boolean placeLike(NamedEntity e) {
    return e.type() == EntityType.LOCATION || e.type() == EntityType.MISC;
  }

  private static String time(String text, TextRange sentence, Found f, List<DateMention> dates) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention d : dates) {
      if (d.start() >= sentence.start() && d.end() <= sentence.end()) {
        int distance = d.start() >= f.end() ? d.start() - f.end() : f.start() - d.end();
        if (distance < bestDistance) {
          best = d;
          bestDistance = distance;
        }
      }
    }
    return best == null ? null : best.text() + " (" + best.value() + ")";
  }

  private static String subject(TextRange sentence, Found f, List<NamedEntity> entities) {
    NamedEntity best = null;
    for (NamedEntity e : entities) {
      if (e.start() >= sentence.start()
          && e.end() <= f.start()
          && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
        best = e;
      }
    }
    return best == null ? null : best.text();
  }
}
