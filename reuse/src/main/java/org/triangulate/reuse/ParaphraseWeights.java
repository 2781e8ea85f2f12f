package org.triangulate.reuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A calibrated logistic combination of {@link ParaphraseFeatures}: the probability that two
 * sentences are paraphrases is {@code 1 / (1 + exp(-(bias + sum of weight[i] * vector[i])))} over
 * {@link ParaphraseFeatures#vector()} (entries named by {@link ParaphraseFeatures#NAMES}), and it
 * counts as a paraphrase at or above {@code threshold}. No model is trained beyond these weights;
 * they are fitted on the MSRP training file minus its dev pairs ({@code
 * org.triangulate.eval.reuse.MsrpEvaluation}).
 *
 * @param bias the intercept
 * @param weights one weight per entry of {@link ParaphraseFeatures#vector()}
 * @param threshold probabilities at or above it count as paraphrases, in (0, 1)
 * @param agreeing the two-weight decision that also counts where numbers and negation agree; null
 *     for none
 */
public record ParaphraseWeights(
    double bias, List<Double> weights, double threshold, ParaphraseScorer agreeing) {
  /**
   * Fitted with all-MiniLM-L6-v2 (quantized) on 3,674 MSRP training pairs (dev pairs removed) over
   * the first four features (cosine, 4-gram Dice, numbers, negation): dev F1 83.4 alone, 83.3 with
   * the two-weight {@link ParaphraseScorer#WITH_MODEL} where numbers and negation agree; see
   * docs/benchmarks.md (Provenance).
   */
  public static final ParaphraseWeights ALL_MINILM_L6_V2_Q =
      four(-4.4950, 4.7042, 3.1619, -0.5696, -1.1589, 0.39, ParaphraseScorer.WITH_MODEL);

  /**
   * Fitted with bge-small-en-v1.5 (quantized, the default model) over the first four features: dev
   * F1 83.9 (cosine alone 83.8). Its cosines run high (unrelated news sentences score about 0.6),
   * hence the large cosine weight. Weights over all of {@link ParaphraseFeatures#NAMES} score
   * better cross-validated on MSRP (F1 84.9 vs 84.2) and rank better on dev (AUC 0.840 vs 0.801)
   * but not on dev F1 (83.0), and they reject reworded sentences that drop or add a clause, which
   * the engine must find in rewrites; see docs/benchmarks.md (Provenance).
   */
  public static final ParaphraseWeights BGE_SMALL_EN_V15_Q =
      four(-9.8091, 11.3053, 1.9322, -0.3029, -0.9555, 0.44, null);

  /** Fitted with e5-small-v2 (quantized) over the first four features: dev F1 83.7. */
  public static final ParaphraseWeights E5_SMALL_V2_Q =
      four(-27.6139, 29.9218, 1.0872, -0.3880, -0.9725, 0.44, null);

  /** The weights of a model that brings none of its own: those of all-MiniLM-L6-v2. */
  public static final ParaphraseWeights WITH_MODEL = ALL_MINILM_L6_V2_Q;

  public ParaphraseWeights {
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("weights must be finite, got bias " + bias);
    }
    if (weights == null || weights.size() != ParaphraseFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "weights must hold one value per feature ("
              + ParaphraseFeatures.NAMES.size()
              + ", named by ParaphraseFeatures.NAMES), got "
              + (weights == null ? "null" : weights.size()));
    }
    for (int k = 0; k < weights.size(); k++) {
      Double w = weights.get(k);
      if (w == null || !Double.isFinite(w)) {
        throw new IllegalArgumentException(
            "weights must be finite, got " + w + " for " + ParaphraseFeatures.NAMES.get(k));
      }
    }
    weights = List.copyOf(weights);
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
  }

  /** Weights over the whole feature vector, in the order of {@link ParaphraseFeatures#NAMES}. */
  public static ParaphraseWeights of(
      double bias, double[] weights, double threshold, ParaphraseScorer agreeing) {
    List<Double> list = new ArrayList<>(weights.length);
    for (double w : weights) {
      list.add(w);
    }
    return new ParaphraseWeights(bias, list, threshold, agreeing);
  }

  /**
   * Weights over the first four features only (cosine, character 4-gram Dice, {@code log(1 +
   * numberMismatch)}, negation mismatch), every other feature weighing 0.
   */
  public static ParaphraseWeights four(
      double bias,
      double cosine,
      double charDice,
      double numbers,
      double negation,
      double threshold,
      ParaphraseScorer agreeing) {
    List<Double> list = new ArrayList<>(Collections.nCopies(ParaphraseFeatures.NAMES.size(), 0.0));
    list.set(0, cosine);
    list.set(1, charDice);
    list.set(2, numbers);
    list.set(3, negation);
    return new ParaphraseWeights(bias, list, threshold, agreeing);
  }

  /**
   * Whether any word-sequence overlap entry ({@link ParaphraseFeatures#overlap()}) has a weight:
   * when none has, the features can be computed without it at the same decision.
   */
  public boolean usesOverlap() {
    for (int k = ParaphraseFeatures.OVERLAP_FROM; k < ParaphraseFeatures.OVERLAP_TO; k++) {
      if (weights.get(k) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The weight of the feature with this name (one of {@link ParaphraseFeatures#NAMES}). */
  public double weight(String name) {
    int k = ParaphraseFeatures.NAMES.indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException(
          "unknown feature '" + name + "'; use one of " + ParaphraseFeatures.NAMES);
    }
    return weights.get(k);
  }

  /** The probability that the sentences behind these features are paraphrases. */
  public double probability(ParaphraseFeatures f) {
    double[] x = f.vector();
    double z = bias;
    for (int k = 0; k < x.length; k++) {
      z += weights.get(k) * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * True when the probability reaches the threshold, or when numbers and negation agree and the
   * {@code agreeing} scorer accepts the pair.
   */
  public boolean paraphrase(ParaphraseFeatures f) {
    if (probability(f) >= threshold) {
      return true;
    }
    return agreeing != null
        && f.numberMismatch() == 0
        && !f.negationMismatch()
        && agreeing.combine(f.lexical(), f.cosine()) >= agreeing.threshold();
  }

  /** The same weights with another fallback scorer (null for none). */
  public ParaphraseWeights withAgreeing(ParaphraseScorer value) {
    return new ParaphraseWeights(bias, weights, threshold, value);
  }
}
