package org.triangulate.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentence ranges: at {@code .!?} followed by space and an upper-case letter,
 * digit or quote, and at blank lines; common abbreviations do not end sentences. Linear time.
 */
final class Sentences {
  private Sentences() {}

  /** A sentence as {@code [start, end)} in the text, trimmed. */
  record Range(int start, int end) {
    String of(String text) {
      return text.substring(start, end);
    }
  }

  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "mr", "mrs", "ms", "dr", "st", "gov", "gen", "col", "lt", "sgt", "no", "vs", "jan", "feb",
          "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "ltd", "co", "corp",
          "prof", "rep", "sen", "u.s", "e.g", "i.e");

  static List<Range> split(String text) {
    List<Range> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
        add(text, start, i, out);
        start = i + 1;
        continue;
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int j = i + 1;
      while (j < n && "\"'”’)".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      if (j >= n || !Character.isWhitespace(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < n && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k < n) {
        char next = text.charAt(k);
        if (!(Character.isUpperCase(next)
            || Character.isDigit(next)
            || "\"“‘'(".indexOf(next) >= 0)) {
          continue;
        }
      }
      if (c == '.' && isAbbreviation(text, i)) {
        continue;
      }
      add(text, start, j, out);
      start = j;
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 && Character.isUpperCase(text.charAt(s))
        || ABBREVIATIONS.contains(word);
  }

  private static void add(String text, int start, int end, List<Range> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Range(start, end));
    }
  }

  /** The index of the sentence containing {@code offset}, or the nearest before it; -1 if none. */
  static int indexAt(List<Range> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }
}
