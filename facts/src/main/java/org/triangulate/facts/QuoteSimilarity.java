package org.triangulate.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How close two quotations are in wording: 1 for the same words (ignoring case, punctuation and
 * quotation marks), otherwise the share of the shorter quote's word pairs found in the longer one,
 * so a partial quote of a longer one scores high.
 */
public final class QuoteSimilarity {
  private QuoteSimilarity() {}

  /** The folded words of a quote. */
  public static List<String> words(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'');
    List<String> words = new ArrayList<>();
    for (String w : folded.split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Similarity of two folded word lists, in [0, 1]. */
  public static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.equals(b)) {
      return 1;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    if (shorter.size() < 4) {
      return 0; // two or three words match too easily
    }
    Set<String> pairs = pairs(longer);
    List<String> mine = new ArrayList<>(pairs(shorter));
    int hit = 0;
    for (String p : mine) {
      if (pairs.contains(p)) {
        hit++;
      }
    }
    double share = (double) hit / mine.size();
    // Penalise a short partial quote of a long one a little so exact copies rank first.
    return Math.min(0.99, share * (0.9 + 0.1 * shorter.size() / longer.size()));
  }

  private static Set<String> pairs(List<String> words) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      pairs.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return pairs;
  }
}
