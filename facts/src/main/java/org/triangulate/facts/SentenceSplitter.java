package org.triangulate.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule-based English sentence splitter for news text. Splits at blank lines and at {@code . ! ?}
 * (with closing quotes or brackets) followed by white space and a capital, digit or opening quote,
 * except after abbreviations ("Mr.", "Gen.", "Jan.", "U.S.") and initials ("J. Smith"). Linear
 * time; immutable and thread-safe.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "cmdr",
          "adm", "gov", "sen", "rep", "rev", "st", "sr", "jr", "mt", "ft", "no", "vs", "etc", "inc",
          "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec", "pres", "dept", "est", "approx", "fig", "a.m", "p.m", "u.s", "u.k",
          "u.n", "e.g", "i.e");

  /** Sentence ranges of {@code text}, in order, trimmed, never empty. */
  public List<TextRange> split(String text) {
    List<TextRange> sentences = new ArrayList<>();
    int start = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < length && text.charAt(i + 1) == '\n') {
        add(text, start, i, sentences);
        while (i < length && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        start = i;
        continue;
      }
      if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < length
            && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
          end++;
        }
        while (end < length && closing(text.charAt(end))) {
          end++;
        }
        if (end < length && Character.isWhitespace(text.charAt(end)) && startsSentence(text, end)) {
          if (c != '.' || !abbreviation(text, i)) {
            add(text, start, end, sentences);
            start = end;
          }
        }
        i = end;
        continue;
      }
      i++;
    }
    add(text, start, length, sentences);
    return sentences;
  }

  private static boolean closing(char c) {
    return c == '"'
        || c == '\u201D'
        || c == '\u2019'
        || c == '\''
        || c == ')'
        || c == ']'
        || c == '\u00BB';
  }

  private static boolean startsSentence(String text, int from) {
    int j = from;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return false;
    }
    char next = text.charAt(j);
    return Character.isUpperCase(next)
        || Character.isDigit(next)
        || next == '"'
        || next == '\u201C'
        || next == '\u2018'
        || next == '('
        || next == '\u00AB';
  }

  private static boolean abbreviation(String text, int dot) {
    int j = dot;
    while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
      j--;
    }
    String word = text.substring(j, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(text.charAt(j))) {
      return true; // an initial: "J. Smith"
    }
    return ABBREVIATIONS.contains(word) || (word.contains(".") && word.length() <= 4);
  }

  private static void add(String text, int start, int end, List<TextRange> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new TextRange(start, end));
    }
  }
}
