package org.triangulate.reuse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores how likely two sentences say the same thing: embedding similarity (when a model is given)
 * combined with lexical evidence (shared content words, agreeing names and numbers). The weights
 * and the default threshold were calibrated on one part of the MSRP training data and checked on
 * the other ({@code org.triangulate.eval.reuse.MsrpEvaluation}).
 *
 * @param embeddingWeight weight of the embedding cosine in [0, 1]; the lexical score gets the rest
 * @param threshold scores at or above it count as paraphrases
 */
public record ParaphraseScorer(double embeddingWeight, double threshold) {
  /** Calibrated with the ONNX MiniLM model (see docs/benchmarks.md (Provenance)). */
  public static final ParaphraseScorer WITH_MODEL = new ParaphraseScorer(0.5, 0.55);

  /** Calibrated on lexical evidence alone. */
  public static final ParaphraseScorer LEXICAL = new ParaphraseScorer(0.0, 0.5);

  public ParaphraseScorer {
    if (!(embeddingWeight >= 0 && embeddingWeight <= 1)) {
      throw new IllegalArgumentException(
          "embeddingWeight must be in [0, 1], got " + embeddingWeight);
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
  }

  /**
   * Lexical evidence in [0, 1]: Dice of stemmed content words, less a penalty for other numbers.
   */
  public static double lexical(String a, String b) {
    return lexical(words(a), words(b));
  }

  /** The combined score of two sentences given their embedding cosine (ignored without weight). */
  public double score(String a, String b, double cosine) {
    return combine(lexical(a, b), cosine);
  }

  /** The combined score from precomputed lexical and cosine values, for calibration harnesses. */
  public double combineForEvaluation(double lexical, double cosine) {
    return combine(lexical, cosine);
  }

  double combine(double lexical, double cosine) {
    double c = Math.max(0, cosine);
    return Math.max(0, Math.min(1, embeddingWeight * c + (1 - embeddingWeight) * lexical));
  }

  static double lexical(List<String> a, List<String> b) {
    return lexical(stems(a), stems(b), numbers(a), numbers(b));
  }

  static double lexical(Set<String> sa, Set<String> sb, Set<String> na, Set<String> nb) {
    if (sa.isEmpty() || sb.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String s : sa) {
      if (sb.contains(s)) {
        shared++;
      }
    }
    double dice = 2.0 * shared / (sa.size() + sb.size());
    if (!na.isEmpty() && !nb.isEmpty() && java.util.Collections.disjoint(na, nb)) {
      dice -= 0.15;
    }
    return Math.max(0, dice);
  }

  static List<String> words(String s) {
    return Words.of(s, 0, s.length()).stream().map(Words.Word::folded).toList();
  }

  static Set<String> stems(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (!Words.STOP.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  static Set<String> numbers(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (Words.hasDigit(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** A light suffix stripper: enough to match "reported" with "reports". */
  static String stem(String w) {
    if (w.length() <= 4 || Words.hasDigit(w)) {
      return w;
    }
    for (String suffix : new String[] {"ing", "ed", "es", "s", "ly"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }
}
