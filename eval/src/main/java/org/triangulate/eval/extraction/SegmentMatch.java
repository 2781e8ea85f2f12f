package org.triangulate.eval.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * trafilatura's evaluation metric (tests/eval_common.py): after whitespace normalisation, each
 * "with" segment found as a substring of the output is a true positive, each one missing a false
 * negative; each "without" segment found is a false positive, each one absent a true negative.
 * Counts are summed over the corpus (micro average).
 */
public final class SegmentMatch {
  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Mutable corpus counts; one per evaluation run, not thread-safe. */
  public static final class Counts {
    private long truePositives;
    private long falseNegatives;
    private long falsePositives;
    private long trueNegatives;

    /** Adds one document; {@code output} null means the extractor produced nothing. */
    public void add(String output, List<String> with, List<String> without) {
      String text = output == null ? null : normalise(output);
      for (String segment : with) {
        if (text != null && text.contains(normalise(segment))) {
          truePositives++;
        } else {
          falseNegatives++;
        }
      }
      for (String segment : without) {
        if (text != null && text.contains(normalise(segment))) {
          falsePositives++;
        } else {
          trueNegatives++;
        }
      }
    }

    public long truePositives() {
      return truePositives;
    }

    public long falseNegatives() {
      return falseNegatives;
    }

    public long falsePositives() {
      return falsePositives;
    }

    public long trueNegatives() {
      return trueNegatives;
    }

    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double accuracy() {
      return ratio(
          truePositives + trueNegatives,
          truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    public double f1() {
      return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(long numerator, long denominator) {
      return denominator == 0 ? 0 : (double) numerator / denominator;
    }
  }

  private SegmentMatch() {}

  /** {@code \s+} to one space, stripped, as trafilatura's evaluation does. */
  public static String normalise(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
