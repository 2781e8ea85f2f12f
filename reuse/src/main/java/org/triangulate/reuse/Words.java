package org.triangulate.reuse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.core.text.CalendarWords;

/** Splits text into folded words with offsets; scripts without spaces give one word per sign. */
final class Words {
  private Words() {}

  /** One word: folded form and its range in the text. */
  record Word(String folded, int start, int end, boolean capitalised) {}

  static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this",
          "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their",
          "our", "has", "have", "had", "do", "does", "did", "not", "no", "will", "would", "can",
          "could", "should", "may", "might", "said", "says", "say", "also", "after", "before",
          "about", "into", "over", "than", "then", "there", "which", "who", "whom", "what", "when",
          "where", "while", "up", "out", "so", "if", "more", "most", "some", "such", "other",
          "said.", "s", "t", "him", "them", "all", "any", "one", "two", "new", "just", "only");

  /** Capitalised words that are not names. */
  static final Set<String> NOT_NAMES =
      CalendarWords.withNames(
          Set.of(
              "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but",
              "and", "mr", "mrs", "ms", "dr", "this", "that", "after", "before"));

  static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isSpaceless(cp)) {
        int next = i + Character.charCount(cp);
        words.add(new Word(new String(Character.toChars(cp)), i, next, false));
        i = next;
        continue;
      }
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      StringBuilder folded = new StringBuilder();
      while (i < to) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c) && !isSpaceless(c)) {
          folded.appendCodePoint(c);
          i += Character.charCount(c);
        } else if ((c == '\'' || c == '’' || c == ',' || c == '.' || c == '-')
            && i + 1 < to
            && folded.length() > 0
            && Character.isLetterOrDigit(text.codePointAt(i + 1))
            && (c != ',' && c != '.'
                || Character.isDigit(folded.codePointAt(folded.length() - 1))
                    && Character.isDigit(text.codePointAt(i + 1)))) {
          if (c == '-') {
            folded.append('-');
          }
          i++;
        } else {
          break;
        }
      }
      boolean capitalised = Character.isUpperCase(text.codePointAt(start));
      words.add(new Word(fold(folded.toString()), start, i, capitalised));
    }
    return words;
  }

  static String fold(String word) {
    boolean ascii = true;
    for (int k = 0; k < word.length() && ascii; k++) {
      ascii = word.charAt(k) < 128;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    String n = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT);
  }

  static boolean hasDigit(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isDigit(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Han, kana, Thai and similar scripts are written without spaces between words. */
  static boolean isSpaceless(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO
        || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR;
  }
}
