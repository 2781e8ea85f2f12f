package org.triangulate.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.facts.EntityType;
import org.triangulate.core.text.CalendarWords;

/**
 * A light, gazetteer-free recogniser: capitalised word sequences (with inner connectors such as
 * "of" and "al-"), typed by cues around them: titles and speech verbs mark persons, keywords such
 * as "Ministry" or "Corps" and acronyms mark organisations, prepositions such as "in" and keywords
 * such as "Province" mark places. A name seen once with a cue keeps its type elsewhere in the text.
 * Fast (one pass per sentence), thread-safe, and quiet on texts in capitals or without names.
 */
public final class HeuristicNer implements NamedEntityRecognizer {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.\\-]*|\\d+(?:[.,]\\d+)*|[^\\s\\p{L}\\d]");

  static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "professor",
          "president",
          "minister",
          "premier",
          "chancellor",
          "general",
          "gen",
          "colonel",
          "col",
          "lieutenant",
          "lt",
          "major",
          "maj",
          "captain",
          "capt",
          "commander",
          "admiral",
          "sergeant",
          "sgt",
          "senator",
          "sen",
          "governor",
          "gov",
          "mayor",
          "king",
          "queen",
          "prince",
          "princess",
          "sheikh",
          "sheik",
          "emir",
          "imam",
          "judge",
          "justice",
          "ambassador",
          "secretary",
          "chairman",
          "chairwoman",
          "director",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "pope",
          "bishop",
          "father",
          "rev",
          "sir",
          "lord",
          "lady",
          "mullah",
          "ayatollah",
          "commissioner",
          "inspector",
          "chief",
          "deputy",
          "rep",
          "representative",
          "vice",
          "prime",
          "foreign",
          "defence",
          "defense",
          "interior");

  static final Set<String> ORG_WORDS =
      Set.of(
          "ministry",
          "nations",
          "party",
          "army",
          "corps",
          "council",
          "agency",
          "company",
          "inc",
          "inc.",
          "ltd",
          "ltd.",
          "corp",
          "corp.",
          "bank",
          "association",
          "university",
          "front",
          "movement",
          "brigade",
          "brigades",
          "forces",
          "force",
          "committee",
          "office",
          "group",
          "union",
          "organization",
          "organisation",
          "institute",
          "court",
          "police",
          "government",
          "news",
          "press",
          "times",
          "post",
          "guard",
          "guards",
          "federation",
          "league",
          "alliance",
          "coalition",
          "commission",
          "department",
          "service",
          "services",
          "foundation",
          "fund",
          "society",
          "network",
          "television",
          "radio",
          "airlines",
          "authority",
          "assembly",
          "parliament",
          "congress",
          "senate",
          "navy",
          "militia",
          "battalion",
          "club",
          "church",
          "hospital",
          "school",
          "college",
          "board",
          "bureau",
          "reuters",
          "tribune");

  static final Set<String> PLACE_WORDS =
      Set.of(
          "city",
          "province",
          "region",
          "district",
          "county",
          "river",
          "street",
          "road",
          "square",
          "mountains",
          "mountain",
          "island",
          "islands",
          "republic",
          "kingdom",
          "state",
          "valley",
          "lake",
          "sea",
          "ocean",
          "bay",
          "port",
          "airport",
          "border",
          "desert",
          "village",
          "town",
          "gulf",
          "strait",
          "peninsula",
          "camp",
          "coast");

  private static final Set<String> STOP =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "but",
          "and",
          "or",
          "this",
          "that",
          "these",
          "those",
          "there",
          "here",
          "his",
          "her",
          "their",
          "our",
          "its",
          "my",
          "your",
          "as",
          "after",
          "before",
          "when",
          "while",
          "if",
          "for",
          "of",
          "to",
          "from",
          "by",
          "with",
          "about",
          "some",
          "many",
          "most",
          "all",
          "one",
          "two",
          "no",
          "not",
          "so",
          "yet",
          "then",
          "also",
          "however",
          "meanwhile",
          "still",
          "what",
          "who",
          "why",
          "how",
          "where",
          "which",
          "asked",
          "despite",
          "although",
          "though",
          "since",
          "until",
          "during",
          "under",
          "over",
          "more",
          "less",
          "several",
          "each",
          "every",
          "both",
          "any",
          "other",
          "another",
          "such",
          "only",
          "even",
          "just",
          "now",
          "today",
          "yesterday",
          "tomorrow",
          "according",
          "officials",
          "police",
          "witnesses",
          "residents",
          "local",
          "earlier",
          "later",
          "last",
          "next",
          "is",
          "was",
          "are",
          "were",
          "do",
          "does",
          "did",
          "has",
          "have",
          "had",
          "will",
          "would",
          "can",
          "could",
          "should",
          "read",
          "more:",
          "faq",
          "faqs",
          "q",
          "share",
          "click",
          "advertisement",
          "update",
          "breaking",
          "mrs.",
          "mr.",
          "ms.");

  private static boolean stop(String lowerCaseWord) {
    return STOP.contains(lowerCaseWord) || CalendarWords.NAMES.contains(lowerCaseWord);
  }

  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "for", "the", "de", "del", "da", "du", "la", "le", "van", "von", "bin", "ibn", "al",
          "el", "abu", "and");

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "in", "at", "near", "from", "to", "across", "outside", "inside", "into", "towards",
          "toward", "around", "through");

  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "told",
          "added",
          "stressed",
          "warned",
          "insisted",
          "argued",
          "noted",
          "claimed",
          "announced",
          "explained",
          "wrote",
          "tweeted",
          "asked",
          "replied",
          "confirmed",
          "denied",
          "who",
          "whose");

  /** Marks a mention kept only if another mention of the same name gives it a type. */
  private static final String WEAK = "\u0000weak";

  private record Token(int start, int end, String text) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }
  }

  @Override
  public List<NamedEntity> recognize(String text, List<TextRange> sentences) {
    List<NamedEntity> found = new ArrayList<>();
    for (TextRange sentence : sentences) {
      String sentenceText = text.substring(sentence.start(), sentence.end());
      if (mostlyCapitals(sentenceText)) {
        continue; // headlines or shouting: capitalisation carries no signal
      }
      List<Token> tokens = tokens(text, sentence);
      found.addAll(sentenceEntities(text, tokens));
    }
    return propagateTypes(found);
  }

  private static boolean mostlyCapitals(String s) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters > 12 && upper > letters * 0.6;
  }

  private static List<Token> tokens(String text, TextRange range) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(range.start(), range.end());
    while (m.find()) {
      int end = m.end();
      // A trailing full stop belongs to the sentence unless the word is an initial or abbreviation.
      String word = m.group();
      while (word.length() > 1
          && (word.endsWith(".") || word.endsWith("-") || word.endsWith("'") || word.endsWith("’"))
          && !(word.length() == 2 && word.endsWith("."))
          && !isDottedAcronym(word)
          && !TITLES.contains(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT))) {
        word = word.substring(0, word.length() - 1);
        end--;
      }
      if (word.endsWith("'s") || word.endsWith("’s")) {
        tokens.add(new Token(m.start(), end - 2, word.substring(0, word.length() - 2)));
        tokens.add(new Token(end - 2, end, word.substring(word.length() - 2)));
        continue;
      }
      tokens.add(new Token(m.start(), end, word));
    }
    return tokens;
  }

  private static boolean isDottedAcronym(String word) {
    return word.matches("(?:\\p{Lu}\\.){2,4}");
  }

  private static boolean nameToken(Token t) {
    if (!t.capitalised() || t.text().length() == 0) {
      return false;
    }
    return Character.isLetter(t.text().charAt(0));
  }

  private static boolean prefixedName(Token t) {
    String lower = t.lower();
    return (lower.startsWith("al-")
            || lower.startsWith("el-")
            || lower.startsWith("ad-")
            || lower.startsWith("as-")
            || lower.startsWith("ash-")
            || lower.startsWith("bin-"))
        && t.text().length() > 3
        && Character.isUpperCase(t.text().charAt(t.text().indexOf('-') + 1));
  }

  private List<NamedEntity> sentenceEntities(String text, List<Token> tokens) {
    List<NamedEntity> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!(nameToken(t) || prefixedName(t))) {
        i++;
        continue;
      }
      // Titles before the name.
      int titleStart = i;
      StringBuilder title = new StringBuilder();
      while (i < tokens.size()
          && TITLES.contains(stripDot(tokens.get(i).lower()))
          && tokens.get(i).capitalised()
          && i + 1 < tokens.size()
          && (nameToken(tokens.get(i + 1)) || prefixedName(tokens.get(i + 1)))) {
        if (title.length() > 0) {
          title.append(' ');
        }
        title.append(tokens.get(i).text());
        i++;
      }
      int j = i;
      int last = -1;
      while (j < tokens.size()) {
        Token u = tokens.get(j);
        if (nameToken(u) || prefixedName(u)) {
          last = j;
          j++;
        } else if (last >= 0
            && CONNECTORS.contains(u.lower())
            && j + 1 < tokens.size()
            && (nameToken(tokens.get(j + 1)) || prefixedName(tokens.get(j + 1)))
            && !u.lower().equals("and")) {
          j++;
        } else if (u.text().equals("-")
            && last == j - 1
            && j + 1 < tokens.size()
            && nameToken(tokens.get(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      if (last < 0) {
        i = Math.max(i + 1, j);
        continue;
      }
      int first = i;
      // Drop sentence-initial stop words and leading "The".
      while (first <= last && stop(stripDot(tokens.get(first).lower()))) {
        first++;
      }
      if (first > last) {
        i = last + 1;
        continue;
      }
      Token head = tokens.get(first);
      Token tail = tokens.get(last);
      String surface = text.substring(head.start(), tail.end());
      boolean sentenceInitial = first == 0;
      int words = last - first + 1;
      if (sentenceInitial && words == 1 && title.length() == 0 && head.text().length() > 0) {
        String lowerWord = head.lower();
        if (text.contains(" " + lowerWord + " ") || lowerWord.endsWith("ly")) {
          i = last + 1;
          continue; // a common word starting the sentence
        }
      }
      EntityType type = type(tokens, titleStart, first, last, title.length() > 0, surface);
      boolean afterQuote = head.start() > 0 && "\"“‘'(".indexOf(text.charAt(head.start() - 1)) >= 0;
      if (type == EntityType.MISC && words == 1 && (sentenceInitial || afterQuote)) {
        // A capitalised word opening a sentence: kept only if the name is typed elsewhere.
        out.add(new NamedEntity(head.start(), tail.end(), type, surface, WEAK));
        i = last + 1;
        continue;
      }
      if (type != null) {
        out.add(
            new NamedEntity(
                head.start(),
                tail.end(),
                type,
                surface,
                title.length() == 0 ? null : title.toString()));
      }
      i = last + 1;
    }
    return out;
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static EntityType type(
      List<Token> tokens, int titleStart, int first, int last, boolean titled, String surface) {
    String lowerSurface = surface.toLowerCase(Locale.ROOT);
    String[] words = lowerSurface.split("[\\s-]+");
    String lastWord = stripDot(words[words.length - 1]);
    if (titled) {
      return EntityType.PERSON;
    }
    for (String w : words) {
      if (ORG_WORDS.contains(stripDot(w))) {
        return EntityType.ORGANIZATION;
      }
    }
    if (PLACE_WORDS.contains(lastWord)) {
      return EntityType.LOCATION;
    }
    String plain = surface.replace(".", "");
    if (plain.length() >= 2
        && plain.length() <= 6
        && plain.equals(plain.toUpperCase(Locale.ROOT))
        && plain.chars().allMatch(Character::isLetter)) {
      return plain.equals("US") || plain.equals("UK") || plain.equals("UAE")
          ? EntityType.LOCATION
          : EntityType.ORGANIZATION;
    }
    Token before = titleStart > 0 ? tokens.get(titleStart - 1) : null;
    Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
    Token after2 = last + 2 < tokens.size() ? tokens.get(last + 2) : null;
    if (after != null && SPEECH.contains(after.lower())) {
      return EntityType.PERSON;
    }
    if (after != null
        && after.text().equals(",")
        && after2 != null
        && (after2.text().matches("\\d{1,3}") || after2.lower().matches("a|an|the|who|whose"))) {
      return EntityType.PERSON;
    }
    if (before != null && PLACE_PREPOSITIONS.contains(before.lower())) {
      return last - first <= 2 ? EntityType.LOCATION : EntityType.ORGANIZATION;
    }
    if (after != null && (after.text().equals("'s") || after.text().equals("’s"))) {
      return last > first ? EntityType.PERSON : EntityType.LOCATION;
    }
    if (last == first
        && lastWord.matches(".*(an|ian|ese|ish|i)")
        && after != null
        && Character.isLowerCase(after.text().codePointAt(0))) {
      return EntityType.MISC; // a demonym before a noun: "Malian troops"
    }
    if (last > first && last - first <= 3) {
      return EntityType.PERSON;
    }
    return EntityType.MISC;
  }

  /** A name typed with a cue somewhere keeps that type where no cue was seen. */
  private static List<NamedEntity> propagateTypes(List<NamedEntity> found) {
    Map<String, EntityType> known = new HashMap<>();
    for (NamedEntity e : found) {
      if (e.type() != EntityType.MISC) {
        known.putIfAbsent(e.text(), e.type());
      }
    }
    Map<String, EntityType> byLastWord = new HashMap<>();
    for (NamedEntity e : found) {
      if (e.type() == EntityType.PERSON && e.text().contains(" ")) {
        byLastWord.putIfAbsent(
            e.text().substring(e.text().lastIndexOf(' ') + 1), EntityType.PERSON);
      }
    }
    List<NamedEntity> out = new ArrayList<>(found.size());
    for (NamedEntity e : found) {
      EntityType type = e.type();
      if (!e.text().contains(" ") && byLastWord.containsKey(e.text())) {
        type = EntityType.PERSON;
      } else if (type == EntityType.MISC && known.containsKey(e.text())) {
        type = known.get(e.text());
      }
      if (WEAK.equals(e.title())) {
        if (type != EntityType.MISC) {
          out.add(new NamedEntity(e.start(), e.end(), type, e.text(), null));
        }
        continue;
      }
      out.add(type == e.type() ? e : e.withType(type));
    }
    return out;
  }
}
