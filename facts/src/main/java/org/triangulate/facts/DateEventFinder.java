package org.triangulate.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.facts.DatedEvent;

/**
 * Finds the event a temporal expression dates, from the words of its clause, without a parser:
 *
 * <ol>
 *   <li>an event noun the expression modifies: "the March 3 election", "Tuesday's attack", "last
 *       year's floods";
 *   <li>else the nearest verb or event noun before it in its clause: "was killed on Tuesday",
 *       "talks that began in 2019", "the vote on Sunday";
 *   <li>else the first verb after it in its clause: "On Tuesday, rebels attacked the town", "is
 *       currently being examined".
 * </ol>
 *
 * Nothing is returned when the clause names no event, such as a date in a list or a headline
 * without a verb. Verbs are known by form (past tense "-ed" and irregular pasts, words after an
 * auxiliary, common news verbs), so the finder is fast and language-specific (English). Stateless
 * and thread-safe.
 *
 * <pre>{@code
 * String text = "The ferry sank on Thursday.";
 * new DateEventFinder().find(text, 17, 26); // DatedEvent[text=sank, start=10, end=14]
 * }</pre>
 */
public final class DateEventFinder {

  /** How many words either side of the expression are looked at. */
  private static final int MAX_WORDS = 10;

  /** How far either side of the expression the clause may reach, in characters. */
  private static final int MAX_CHARS = 240;

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");

  /** Modal, be, have and do forms: helpers of a verb, never the dated event themselves. */
  private static final Set<String> VERB_HELPERS =
      Set.of(
          "will", "would", "shall", "should", "could", "can", "may", "might", "must", "did", "does",
          "do", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had");

  private static final Set<String> AUXILIARIES =
      union(VERB_HELPERS, Set.of("to", "'ll", "not", "also", "then", "reportedly", "allegedly"));

  /** Auxiliaries, copulas and light words that are never the dated event themselves. */
  private static final Set<String> NOT_EVENTS =
      union(
          VERB_HELPERS,
          Set.of(
              "am",
              "having",
              "get",
              "got",
              "according",
              "based",
              "expected",
              "scheduled",
              "due",
              "set",
              "likely",
              "hundred",
              "need",
              "indeed",
              "proceed",
              "exceed",
              "united",
              "limited",
              "related",
              "so-called",
              "detailed",
              "advanced",
              "red",
              "bed",
              "shed",
              "speed",
              "feed",
              "seed"));

  /** Adverbs that follow auxiliaries ("has often", "was still") and are no verbs. */
  private static final Set<String> ADVERBS =
      Set.of(
          "often",
          "never",
          "always",
          "already",
          "still",
          "just",
          "recently",
          "ever",
          "now",
          "yet",
          "again",
          "only",
          "even",
          "long",
          "soon",
          "once",
          "twice",
          "almost",
          "nearly",
          "about",
          "around",
          "more",
          "less",
          "very",
          "too",
          "quite",
          "rather",
          "there",
          "here",
          "percent",
          "million",
          "billion",
          "thousand",
          "pence",
          "cents",
          "dollars",
          "dlrs",
          "shares",
          "points",
          "people",
          "per",
          "no",
          "all",
          "some",
          "any",
          "many",
          "much",
          "most");

  /** Nouns of reporting periods: "the quarter ended Sept. 30". */
  private static final Set<String> PERIODS =
      Set.of("quarter", "year", "period", "months", "weeks", "half", "days");

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
          "last", "next", "every", "each");

  /** Words between a verb and its date: "attacked the town on Monday" skips "the town on". */
  private static final Set<String> CLAUSE_STOPS =
      Set.of("and", "but", "or", "while", "whereas", "because", "although", "though", "unless");

  private static final Set<String> IRREGULAR =
      Set.of(
          "began",
          "begun",
          "met",
          "took",
          "taken",
          "said",
          "told",
          "came",
          "went",
          "gone",
          "left",
          "fell",
          "fallen",
          "rose",
          "risen",
          "gave",
          "given",
          "made",
          "won",
          "lost",
          "held",
          "sent",
          "sought",
          "spoke",
          "spoken",
          "sank",
          "sunk",
          "struck",
          "broke",
          "broken",
          "fought",
          "fled",
          "shot",
          "hit",
          "ran",
          "saw",
          "seen",
          "found",
          "became",
          "brought",
          "built",
          "bought",
          "sold",
          "paid",
          "led",
          "wrote",
          "written",
          "chose",
          "chosen",
          "drove",
          "driven",
          "flew",
          "flown",
          "grew",
          "grown",
          "knew",
          "known",
          "threw",
          "thrown",
          "stole",
          "stolen",
          "caught",
          "thought",
          "kept",
          "felt",
          "stood",
          "cut",
          "put",
          "quit",
          "shut",
          "spread",
          "beat",
          "beaten",
          "hid",
          "hidden",
          "rode",
          "rang",
          "sang",
          "swam",
          "ate",
          "eaten",
          "forgot",
          "arose",
          "awoke",
          "bore",
          "born",
          "tore",
          "torn",
          "dug",
          "hung",
          "stuck",
          "swung",
          "swore",
          "sworn",
          "froze",
          "frozen",
          "woke",
          "wore",
          "worn",
          "withdrew",
          "withdrawn",
          "overthrew",
          "undertook",
          "upheld",
          "forbade",
          "slew",
          "slain",
          "bled",
          "fed",
          "lit",
          "meant",
          "read",
          "dealt",
          "lent",
          "bent",
          "spent",
          "split",
          "let",
          "burnt",
          "dove",
          "blew",
          "blown",
          "drew",
          "drawn",
          "sprang",
          "shook",
          "shaken",
          "mistook");

  /** Base forms of frequent news verbs, found also in the present ("opens Monday"). */
  private static final Set<String> NEWS_VERBS =
      Set.of(
          "open",
          "close",
          "start",
          "begin",
          "end",
          "resume",
          "meet",
          "arrive",
          "leave",
          "visit",
          "vote",
          "hold",
          "launch",
          "return",
          "expire",
          "sail",
          "run",
          "say",
          "tell",
          "take",
          "sign",
          "announce",
          "report",
          "strike",
          "attack",
          "hit",
          "die",
          "kill",
          "fall",
          "rise",
          "win",
          "lose",
          "elect",
          "release",
          "resign",
          "retire",
          "travel",
          "fly",
          "land",
          "sink",
          "collapse",
          "explode",
          "erupt",
          "occur",
          "happen",
          "come",
          "go",
          "finish",
          "reopen",
          "restart",
          "convene",
          "gather",
          "march",
          "protest",
          "testify",
          "appear",
          "rule",
          "decide",
          "publish",
          "present",
          "deliver",
          "pay",
          "ship");

  private static final Set<String> EVENT_NOUNS =
      Set.of(
          "election",
          "elections",
          "vote",
          "votes",
          "referendum",
          "poll",
          "polls",
          "attack",
          "attacks",
          "strike",
          "strikes",
          "airstrike",
          "airstrikes",
          "explosion",
          "blast",
          "bombing",
          "shooting",
          "killing",
          "killings",
          "murder",
          "massacre",
          "meeting",
          "meetings",
          "summit",
          "talks",
          "visit",
          "trial",
          "hearing",
          "ceremony",
          "funeral",
          "crash",
          "fire",
          "fires",
          "flood",
          "floods",
          "flooding",
          "earthquake",
          "quake",
          "storm",
          "hurricane",
          "war",
          "ceasefire",
          "truce",
          "protest",
          "protests",
          "rally",
          "march",
          "riot",
          "riots",
          "coup",
          "invasion",
          "offensive",
          "raid",
          "raids",
          "ambush",
          "arrest",
          "arrests",
          "release",
          "launch",
          "opening",
          "closure",
          "signing",
          "agreement",
          "deal",
          "merger",
          "acquisition",
          "takeover",
          "sale",
          "announcement",
          "conference",
          "session",
          "debate",
          "match",
          "game",
          "race",
          "festival",
          "concert",
          "wedding",
          "accident",
          "collapse",
          "outbreak",
          "deadline",
          "inauguration",
          "resignation",
          "sinking",
          "rescue",
          "evacuation",
          "shutdown",
          "layoffs",
          "crisis",
          "uprising",
          "revolution",
          "battle",
          "fighting",
          "clashes",
          "clash",
          "assault",
          "kidnapping",
          "abduction",
          "hijacking",
          "landing",
          "departure",
          "arrival",
          "verdict",
          "ruling",
          "sentencing",
          "execution",
          "hanging",
          "speech",
          "address",
          "interview",
          "statement",
          "report",
          "tour",
          "trip",
          "voyage",
          "flight",
          "walkout",
          "boycott",
          "crackdown",
          "incident",
          "disaster",
          "eruption",
          "tsunami",
          "drought",
          "outage",
          "spill",
          "leak",
          "derailment",
          "collision",
          "sinkings",
          "peak",
          "decline",
          "drop",
          "rise",
          "increase",
          "fall",
          "growth",
          "loss",
          "losses",
          "profit",
          "earnings",
          "results",
          "income",
          "revenue",
          "sales",
          "charge",
          "charges",
          "trading",
          "auction",
          "offering",
          "dividend",
          "payment",
          "cut",
          "hike",
          "reform");

  /** Words ending like nominalised events that name no event. */
  private static final Set<String> NOT_EVENT_NOUNS =
      Set.of(
          "government",
          "department",
          "parliament",
          "apartment",
          "equipment",
          "environment",
          "nation",
          "station",
          "population",
          "position",
          "information",
          "organization",
          "organisation",
          "administration",
          "federation",
          "association",
          "foundation",
          "institution",
          "corporation",
          "commission",
          "division",
          "television",
          "section",
          "condition",
          "conditions",
          "question",
          "direction",
          "location",
          "tradition",
          "generation",
          "version",
          "portion",
          "fraction",
          "proportion",
          "ration",
          "mention",
          "attention",
          "opposition",
          "coalition",
          "nations",
          "region",
          "million",
          "billion",
          "pension",
          "tension",
          "tensions",
          "dimension",
          "mansion",
          "document",
          "instrument",
          "settlement",
          "segment",
          "moment",
          "element",
          "fragment",
          "regiment",
          "sentiment",
          "basement",
          "pavement",
          "payment",
          "tournament",
          "amendment",
          "compartment");

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "on",
          "in",
          "at",
          "since",
          "by",
          "until",
          "till",
          "before",
          "after",
          "during",
          "from",
          "to",
          "of",
          "for",
          "within",
          "through",
          "throughout",
          "around",
          "about",
          "as",
          "early",
          "late",
          "earlier",
          "later",
          "last",
          "this",
          "next",
          "over",
          "between",
          "into",
          "than");

  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?i)(?:^|[^A-Za-z])(?:mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|sgt|capt|prof|inc|corp|co"
              + "|ltd|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\\.s|u\\.k|[a-z])$");

  /** A word of the clause with its offsets. */
  private record Token(String text, String lower, int start, int end) {}

  /** A finder with the default English word lists. */
  public DateEventFinder() {}

  /**
   * The event that the expression at {@code [start, end)} of {@code text} dates, if its clause says
   * it; the event's offsets point into {@code text}.
   *
   * @throws IllegalArgumentException if the range is not inside {@code text}
   */
  public Optional<DatedEvent> find(String text, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          "expression range must satisfy 0 <= start <= end <= "
              + text.length()
              + ", got ["
              + start
              + ", "
              + end
              + "); pass offsets into the same text");
    }
    int clauseStart = clauseStart(text, start);
    int clauseEnd = clauseEnd(text, end);
    List<Token> before = tokens(text, clauseStart, start);
    List<Token> after = tokens(text, end, clauseEnd);
    Optional<DatedEvent> modified = modifiedNoun(text, start, end, before, after);
    if (modified.isPresent()) {
      return modified;
    }
    Optional<DatedEvent> left = left(text, before);
    if (left.isPresent()) {
      return left;
    }
    // "On Tuesday, rebels attacked", "Valley Federal is currently being examined".
    return right(text, after);
  }

  /** "the March 3 election", "Tuesday's attack": an event noun right after the expression. */
  private static Optional<DatedEvent> modifiedNoun(
      String text, int start, int end, List<Token> before, List<Token> after) {
    if (after.isEmpty()) {
      return Optional.empty();
    }
    Token next = after.get(0);
    String gap = text.substring(end, next.start());
    boolean possessive = gap.isEmpty() && next.lower().matches("['’]s");
    String expression = text.substring(start, end);
    if (gap.equals(" ") && expression.matches("(?s).*\\w-[a-z]+")) {
      // "third-quarter income", "the 52-week high": the expression is an adjective of the noun.
      return headNoun(after);
    }
    boolean determined =
        !before.isEmpty() && DETERMINERS.contains(before.get(before.size() - 1).lower())
            || expression.matches("(?is)(?:the|a|an|last|next|this)\\s.*");
    int index = 0;
    if (possessive) {
      if (after.size() < 2) {
        return Optional.empty();
      }
      index = 1;
    } else if (!gap.isBlank() || !determined && !expression.matches("(?s).*['’]s")) {
      return Optional.empty();
    }
    // One adjective may stand between: "the March 3 presidential election".
    for (int i = index; i < Math.min(after.size(), index + 2); i++) {
      Token noun = after.get(i);
      if (eventNoun(noun)) {
        return Optional.of(event(noun));
      }
      if (!Character.isLowerCase(noun.text().charAt(0)) || PREPOSITIONS.contains(noun.lower())) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The last of up to two lowercase words that open {@code after}: "net income" gives income. */
  private static Optional<DatedEvent> headNoun(List<Token> after) {
    Token head = null;
    for (int i = 0; i < Math.min(2, after.size()); i++) {
      Token t = after.get(i);
      if (!Character.isLowerCase(t.text().charAt(0))
          || PREPOSITIONS.contains(t.lower())
          || DETERMINERS.contains(t.lower())
          || CLAUSE_STOPS.contains(t.lower())
          || NOT_EVENTS.contains(t.lower())
          || t.lower().matches("['’]s")) {
        break;
      }
      head = t;
    }
    return Optional.ofNullable(head).map(DateEventFinder::event);
  }

  /**
   * The nearest verb before the expression in its clause, else the nearest event noun ("the vote on
   * Sunday"); a noun with an event ending ("the inauguration on Monday") only right before it.
   */
  private static Optional<DatedEvent> left(String text, List<Token> before) {
    int from = Math.max(0, before.size() - MAX_WORDS);
    for (int i = before.size() - 1; i >= from; i--) {
      Token t = before.get(i);
      if (CLAUSE_STOPS.contains(t.lower()) && i < before.size() - 1) {
        break;
      }
      // The clause's first word may be a capitalised participle: "Built in 1978, the dam".
      Token tested = i == 0 ? new Token(t.lower(), t.lower(), t.start(), t.end()) : t;
      if (verb(text, tested, i > 0 ? before.get(i - 1) : null)) {
        return Optional.of(event(t));
      }
    }
    for (int i = before.size() - 1; i >= from; i--) {
      Token t = before.get(i);
      if (CLAUSE_STOPS.contains(t.lower()) && i < before.size() - 1) {
        break;
      }
      boolean adjacent =
          i == before.size() - 1
              || i == before.size() - 2 && PREPOSITIONS.contains(before.get(i + 1).lower());
      // A clause's first word may be capitalised: "Sales for the full year were".
      boolean listed = i == 0 ? EVENT_NOUNS.contains(t.lower()) : listedEventNoun(t);
      if (listed || adjacent && eventNoun(t)) {
        return Optional.of(event(t));
      }
    }
    return Optional.empty();
  }

  /** The first verb after the expression in its clause: "On Tuesday, rebels attacked". */
  private static Optional<DatedEvent> right(String text, List<Token> after) {
    for (int i = 0; i < Math.min(after.size(), MAX_WORDS); i++) {
      Token t = after.get(i);
      if (CLAUSE_STOPS.contains(t.lower())) {
        break;
      }
      Token previous = i > 0 ? after.get(i - 1) : null;
      if (verb(text, t, previous)) {
        return Optional.of(event(t));
      }
    }
    return Optional.empty();
  }

  private static boolean verb(String text, Token t, Token previous) {
    String w = t.lower();
    if (!Character.isLowerCase(t.text().charAt(0))
        || NOT_EVENTS.contains(w)
        || ADVERBS.contains(w)) {
      return false;
    }
    String p = previous == null ? "" : previous.lower();
    // "the injured", but "talks that began".
    if (DETERMINERS.contains(p) && !p.equals("that")) {
      return false;
    }
    if (w.equals("compared")
        || w.equals("compares")
        || (w.equals("ended") || w.equals("ending")) && PERIODS.contains(p)) {
      // "up 4% compared with a year before", "the quarter ended Sept. 30": no event of their own.
      return false;
    }
    if (IRREGULAR.contains(w) || NEWS_VERBS.contains(w) || NEWS_VERBS.contains(stem(w))) {
      return true;
    }
    if (w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed")) {
      return true;
    }
    return AUXILIARIES.contains(p)
        && text.substring(previous.end(), t.start()).isBlank()
        && !PREPOSITIONS.contains(w)
        && !DETERMINERS.contains(w)
        && !w.endsWith("ly")
        && !NOT_EVENTS.contains(w);
  }

  /** "opens", "launches", "opening": the base form for {@link #NEWS_VERBS}. */
  private static String stem(String w) {
    if (w.endsWith("ing") && w.length() > 5) {
      String base = w.substring(0, w.length() - 3);
      return NEWS_VERBS.contains(base) ? base : base + "e";
    }
    if (w.endsWith("es") && NEWS_VERBS.contains(w.substring(0, w.length() - 2))) {
      return w.substring(0, w.length() - 2);
    }
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  private static boolean listedEventNoun(Token t) {
    return Character.isLowerCase(t.text().charAt(0)) && EVENT_NOUNS.contains(t.lower());
  }

  /** A listed event noun, or a word with an event ending ("inauguration", "settlement"). */
  private static boolean eventNoun(Token t) {
    String w = t.lower();
    if (!Character.isLowerCase(t.text().charAt(0)) || NOT_EVENT_NOUNS.contains(w)) {
      return false;
    }
    if (EVENT_NOUNS.contains(w)) {
      return true;
    }
    return w.length() >= 7 && w.matches("[a-z]+(?:tion|sion|ment)s?");
  }

  private static DatedEvent event(Token t) {
    return new DatedEvent(t.text(), t.start(), t.end());
  }

  private static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String word = m.group();
      int wordEnd = m.end();
      // "Tuesday's" splits into the word and its possessive; "killed." keeps only the word.
      int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
      if (apostrophe > 0 && word.length() - apostrophe == 2) {
        out.add(token(text, m.start(), m.start() + apostrophe));
        out.add(token(text, m.start() + apostrophe, wordEnd));
        continue;
      }
      while (wordEnd > m.start() + 1 && "-'’".indexOf(text.charAt(wordEnd - 1)) >= 0) {
        wordEnd--;
      }
      out.add(token(text, m.start(), wordEnd));
    }
    return out;
  }

  private static Token token(String text, int start, int end) {
    String word = text.substring(start, end);
    return new Token(word, word.toLowerCase(Locale.ROOT), start, end);
  }

  /** After the last sentence or clause break before {@code from}, at most {@link #MAX_CHARS}. */
  private static int clauseStart(String text, int from) {
    int limit = Math.max(0, from - MAX_CHARS);
    for (int i = from - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '“'
          || c == '”') {
        return i + 1;
      }
      if (c == ',' && i + 1 < from && !betweenDigits(text, i)) {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?') && sentenceBreak(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  /** Before the next sentence or clause break after {@code from}, at most {@link #MAX_CHARS}. */
  private static int clauseEnd(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_CHARS);
    boolean firstComma = true;
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '“'
          || c == '”') {
        return i;
      }
      if (c == ',' && !betweenDigits(text, i)) {
        // "On Tuesday, rebels attacked": the comma after an opening expression is not a break.
        if (firstComma && text.substring(from, i).isBlank()) {
          firstComma = false;
          continue;
        }
        return i;
      }
      if ((c == '.' || c == '!' || c == '?') && sentenceBreak(text, i)) {
        return i;
      }
    }
    return limit;
  }

  /** "358,000": a comma inside a number. */
  private static boolean betweenDigits(String text, int i) {
    return i > 0
        && i + 1 < text.length()
        && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
  }

  /** A full stop that ends a sentence: followed by space or the end, not after "Jan" or "Mr". */
  private static boolean sentenceBreak(String text, int dot) {
    if (dot + 1 < text.length() && !Character.isWhitespace(text.charAt(dot + 1))) {
      return false;
    }
    if (text.charAt(dot) != '.') {
      return true;
    }
    String before = text.substring(Math.max(0, dot - 5), dot);
    return !ABBREVIATION.matcher(before).find();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
