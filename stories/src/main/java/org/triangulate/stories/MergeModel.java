package org.triangulate.stories;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A learned join decision: logistic regression over the similarities of an article and a candidate
 * story. {@link StoryClusterer} computes the {@link #FEATURES} for every candidate, takes the
 * candidate with the highest probability and joins it when the probability reaches {@code
 * joinProbability}. Time enters as prior odds: the odds are multiplied by {@link
 * ClusterSettings#decay(double)} of the gap, because the training data (ECB+) has no dates and the
 * weight of a gap cannot be learned from it.
 *
 * <p>Weights are fitted by {@link MergeTrainer} on pairs (article, candidate story) from a replay
 * of a stream with gold labels. {@link #NONE} (no weights) selects the hand-set decision.
 *
 * @param bias the intercept
 * @param weights one weight per feature, in the order of {@link #FEATURES}; empty for {@link #NONE}
 * @param joinProbability the least probability at which an article joins its best candidate
 */
public record MergeModel(double bias, double[] weights, double joinProbability) {
  /** Feature names, in the order of {@link #weights()}. */
  public static final List<String> FEATURES =
      List.of(
          "words cosine",
          "names cosine",
          "title cosine",
          "names on both sides",
          "names on one side only",
          "article names found in story",
          "article numbers found in story",
          "article has numbers",
          "name gate factor",
          "hand-set score",
          "margin over the second-best candidate");

  /** The hand-set decision instead of a model. */
  public static final MergeModel NONE = new MergeModel(0, new double[0], 0.5);

  public MergeModel {
    if (weights == null) {
      throw new IllegalArgumentException("weights must not be null; use MergeModel.NONE");
    }
    if (weights.length != 0 && weights.length != FEATURES.size()) {
      throw new IllegalArgumentException(
          "weights must have "
              + FEATURES.size()
              + " values (one per feature in MergeModel.FEATURES), got "
              + weights.length);
    }
    weights = weights.clone();
    for (int i = 0; i < weights.length; i++) {
      if (!Double.isFinite(weights[i])) {
        throw new IllegalArgumentException(
            "weight " + i + " (" + FEATURES.get(i) + ") must be finite, got " + weights[i]);
      }
    }
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias must be finite, got " + bias);
    }
    if (!(joinProbability > 0 && joinProbability < 1)) {
      throw new IllegalArgumentException(
          "joinProbability must be in (0, 1), got " + joinProbability);
    }
  }

  /** Whether this is a model (true) or {@link #NONE} (false). */
  public boolean learned() {
    return weights.length > 0;
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** The same weights with another join probability. */
  public MergeModel withJoinProbability(double value) {
    return new MergeModel(bias, weights, value);
  }

  /** The log-odds of a join for these features, before time decay. */
  public double logit(double[] features) {
    if (features.length != weights.length) {
      throw new IllegalArgumentException(
          "expected " + weights.length + " features, got " + features.length);
    }
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return z;
  }

  /** The join probability for these features, with the odds scaled by {@code decay} in (0, 1]. */
  public double probability(double[] features, double decay) {
    double z = logit(features) + Math.log(Math.max(decay, 1e-300));
    return 1.0 / (1.0 + Math.exp(-z));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MergeModel m
        && Double.compare(bias, m.bias) == 0
        && Arrays.equals(weights, m.weights)
        && Double.compare(joinProbability, m.joinProbability) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(bias) * 31 * 31
        + Arrays.hashCode(weights) * 31
        + Double.hashCode(joinProbability);
  }

  /** Java source of this model, for pasting the fitted weights into {@link ClusterSettings}. */
  public String toJava() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "new MergeModel(%n    %.4f,%n    new double[] {", bias));
    for (int i = 0; i < weights.length; i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "%n      %.4f%s // %s",
              weights[i],
              i + 1 < weights.length ? "," : "",
              FEATURES.get(i)));
    }
    b.append(String.format(Locale.ROOT, "%n    },%n    %.2f)", joinProbability));
    return b.toString();
  }

  @Override
  public String toString() {
    return learned()
        ? String.format(
            Locale.ROOT,
            "MergeModel[bias=%.4f, weights=%s, joinProbability=%.2f]",
            bias,
            Arrays.toString(weights),
            joinProbability)
        : "MergeModel.NONE";
  }
}
