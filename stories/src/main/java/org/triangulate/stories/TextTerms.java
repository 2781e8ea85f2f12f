package org.triangulate.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The terms of one article in three channels: content words of title and body, entity-like names
 * and numbers, and the title's content words. Pure function of the text, thread-safe.
 *
 * <p>Names are capitalised tokens inside a sentence, runs of them ({@code tara_reid}), and
 * sentence-initial or title tokens that also appear capitalised inside a sentence; numbers keep
 * their digits ({@code #7.6}). Words are lower-cased, stop words dropped, plural {@code s} folded.
 *
 * @param words content-word counts over title and body
 * @param entities name and number counts
 * @param titleWords content-word counts of the title
 * @param contentWords number of content-word tokens
 */
record TextTerms(
    Map<String, Integer> words,
    Map<String, Integer> entities,
    Map<String, Integer> titleWords,
    int contentWords) {

  static TextTerms of(String title, String text) {
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> entities = new HashMap<>();
    Map<String, Integer> titleWords = new HashMap<>();
    Set<String> confirmedNames = new HashSet<>();
    Map<String, Integer> pendingNames = new HashMap<>();
    int[] content = new int[1];
    String safeTitle = title == null ? "" : title;
    scan(text, words, entities, confirmedNames, pendingNames, content, true);
    scan(safeTitle, titleWords, null, null, pendingNames, content, false);
    titleWords.forEach((word, count) -> words.merge(word, count, Integer::sum));
    pendingNames.forEach(
        (name, count) -> {
          if (confirmedNames.contains(name)) {
            entities.merge(name, count, Integer::sum);
          }
        });
    return new TextTerms(words, entities, titleWords, content[0]);
  }

  private static void scan(
      String text,
      Map<String, Integer> words,
      Map<String, Integer> entities,
      Set<String> confirmedNames,
      Map<String, Integer> pendingNames,
      int[] content,
      boolean body) {
    int n = text.length();
    boolean sentenceStart = true;
    StringBuilder run = new StringBuilder();
    int runLength = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
          sentenceStart = true;
          runLength = flushRun(run, runLength, entities);
        } else if (c == ';') {
          runLength = flushRun(run, runLength, entities);
        } else if (c == ',' || c == '(' || c == ')' || c == '"' || c == '\u201c' || c == '\u201d') {
          runLength = flushRun(run, runLength, entities);
        }
        i++;
        continue;
      }
      int start = i;
      boolean digits = Character.isDigit(c);
      while (i < n) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          i++;
        } else if ((d == '.' || d == ',')
            && digits
            && i + 1 < n
            && Character.isDigit(text.charAt(i + 1))
            && Character.isDigit(text.charAt(i - 1))) {
          i++;
        } else {
          break;
        }
      }
      String token = text.substring(start, i);
      String lower = token.toLowerCase(Locale.ROOT);
      if (digits) {
        runLength = flushRun(run, runLength, entities);
        if (token.length() >= 2 && entities != null) {
          entities.merge("#" + token.replace(",", ""), 1, Integer::sum);
        }
        sentenceStart = false;
        continue;
      }
      boolean capitalised = Character.isUpperCase(c);
      boolean stop = Stopwords.contains(lower);
      if (!stop && lower.length() > 1) {
        String word = fold(lower);
        words.merge(word, 1, Integer::sum);
        content[0]++;
      }
      if (capitalised && !stop && lower.length() > 1 && !Stopwords.isCalendarNoise(lower)) {
        if (!body || sentenceStart) {
          pendingNames.merge(lower, 1, Integer::sum);
          runLength = flushRun(run, runLength, entities);
        } else {
          confirmedNames.add(lower);
          entities.merge(lower, 1, Integer::sum);
          if (runLength > 0) {
            run.append('_');
          }
          run.append(lower);
          runLength++;
        }
      } else {
        runLength = flushRun(run, runLength, entities);
      }
      sentenceStart = false;
    }
    flushRun(run, runLength, entities);
  }

  private static int flushRun(StringBuilder run, int runLength, Map<String, Integer> entities) {
    if (runLength >= 2 && entities != null) {
      String joined = run.toString();
      entities.merge(joined, 1, Integer::sum);
      if (runLength >= 3) {
        // "Mayor Ilse Brandvik" also meets "Ilse Brandvik"
        int cut = joined.lastIndexOf('_', joined.lastIndexOf('_') - 1);
        entities.merge(joined.substring(cut + 1), 1, Integer::sum);
      }
    }
    run.setLength(0);
    return 0;
  }

  /** Folds simple English plurals so that {@code floods} and {@code flood} meet. */
  static String fold(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (n > 3
        && word.charAt(n - 1) == 's'
        && word.charAt(n - 2) != 's'
        && word.charAt(n - 2) != 'u') {
      return word.substring(0, n - 1);
    }
    return word;
  }
}
