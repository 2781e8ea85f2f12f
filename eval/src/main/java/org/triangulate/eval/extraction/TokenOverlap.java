package org.triangulate.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bag-of-words and bag-of-shingles precision, recall and F1 between an extracted text and a gold
 * text. Tokens are maximal runs of letters and digits, lower-cased with {@link Locale#ROOT}; a
 * 4-shingle is four consecutive tokens. Counts are multisets: a word extracted twice but in the
 * gold once counts once as true positive.
 */
public final class TokenOverlap {
  private TokenOverlap() {}

  /**
   * Precision, recall and F1 of one page.
   *
   * @param precision share of extracted units found in gold (1 when nothing was extracted and the
   *     gold is empty)
   * @param recall share of gold units extracted
   * @param f1 harmonic mean
   */
  public record Score(double precision, double recall, double f1) {
    public Score {
      if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1)) {
        throw new IllegalArgumentException(
            "precision and recall must be in [0, 1], got " + precision + ", " + recall);
      }
    }
  }

  /** The word tokens of {@code text}. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        current.appendCodePoint(cp);
      } else if (current.length() > 0) {
        tokens.add(current.toString().toLowerCase(Locale.ROOT));
        current.setLength(0);
      }
      i += Character.charCount(cp);
    }
    if (current.length() > 0) {
      tokens.add(current.toString().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  /** Overlap of word tokens. */
  public static Score words(String extracted, String gold) {
    return score(tokens(extracted), tokens(gold));
  }

  /** Overlap of 4-shingles (texts shorter than 4 tokens count as one shingle). */
  public static Score shingles(String extracted, String gold) {
    return score(shingles(tokens(extracted), 4), shingles(tokens(gold), 4));
  }

  static List<String> shingles(List<String> tokens, int n) {
    List<String> result = new ArrayList<>();
    if (tokens.isEmpty()) {
      return result;
    }
    if (tokens.size() < n) {
      result.add(String.join(" ", tokens));
      return result;
    }
    for (int i = 0; i + n <= tokens.size(); i++) {
      result.add(String.join(" ", tokens.subList(i, i + n)));
    }
    return result;
  }

  static Score score(List<String> extracted, List<String> gold) {
    if (extracted.isEmpty() && gold.isEmpty()) {
      return new Score(1, 1, 1);
    }
    Map<String, Integer> goldCounts = new HashMap<>();
    for (String g : gold) {
      goldCounts.merge(g, 1, Integer::sum);
    }
    int common = 0;
    for (String e : extracted) {
      Integer left = goldCounts.get(e);
      if (left != null && left > 0) {
        common++;
        goldCounts.put(e, left - 1);
      }
    }
    double precision = extracted.isEmpty() ? 0 : (double) common / extracted.size();
    double recall = gold.isEmpty() ? 0 : (double) common / gold.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1);
  }
}
