package org.triangulate.eval.facts;

import java.util.Locale;

/**
 * Precision, recall and F1 from counts.
 *
 * @param correctForPrecision system items that match gold
 * @param system system items
 * @param correctForRecall gold items that are matched
 * @param gold gold items
 */
public record Scores(int correctForPrecision, int system, int correctForRecall, int gold) {
  /** Scores where one count of correct items serves precision and recall. */
  public static Scores of(int correct, int system, int gold) {
    return new Scores(correct, system, correct, gold);
  }

  public double precision() {
    return system == 0 ? 0 : (double) correctForPrecision / system;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correctForRecall / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** "P 81.20 R 75.00 F1 77.98", in percent. */
  public String format() {
    return String.format(
        Locale.ROOT, "P %6.2f  R %6.2f  F1 %6.2f", 100 * precision(), 100 * recall(), 100 * f1());
  }
}
