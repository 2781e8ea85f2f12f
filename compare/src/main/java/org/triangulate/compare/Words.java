package org.triangulate.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Folding and tokenising for matching words across articles. */
final class Words {
  private Words() {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
          "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
          "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you",
          "his", "her", "their", "our", "said", "says", "say", "not", "no", "will", "would", "can",
          "could", "after", "before", "than", "then", "there", "which", "who", "whom", "what",
          "when", "where", "also", "into", "about", "more", "most", "some", "all", "any", "so",
          "up", "out", "over", "under", "do", "did", "does", "if", "while", "per", "le", "la",
          "les", "de", "des", "du", "et", "un", "une", "est");

  /** Lower case, accents removed, NFKC. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
  }

  /** All folded word tokens. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(fold(s));
    while (m.find()) {
      out.add(m.group().replace('’', '\''));
    }
    return out;
  }

  /** Folded tokens without stop words, with a crude plural fold. */
  static List<String> content(String s) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(s)) {
      if (!STOP.contains(t) && (t.length() > 1 || Character.isDigit(t.charAt(0)))) {
        out.add(stem(t));
      }
    }
    return out;
  }

  /** A very light suffix fold so that "floods"/"flooded"/"flooding" meet. */
  static String stem(String t) {
    if (t.length() <= 4 || Character.isDigit(t.charAt(0))) {
      return t;
    }
    if (t.endsWith("ies") && t.length() > 5) {
      return t.substring(0, t.length() - 3) + "y";
    }
    if (t.endsWith("ing") && t.length() > 6) {
      return t.substring(0, t.length() - 3);
    }
    if (t.endsWith("ed") && t.length() > 5) {
      return t.substring(0, t.length() - 2);
    }
    if (t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us")) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }

  /** Words joined by single spaces: a key for exact matching after folding. */
  static String key(String s) {
    return String.join(" ", tokens(s));
  }
}
