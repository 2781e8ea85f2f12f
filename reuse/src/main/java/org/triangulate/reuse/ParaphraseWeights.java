package org.triangulate.reuse;

/**
 * A calibrated logistic combination of {@link ParaphraseFeatures}: the probability that two
 * sentences are paraphrases is {@code 1 / (1 + exp(-(bias + cosine * c + charDice * d - log(1 +
 * numberMismatch) * n - negationMismatch * g)))}, and it counts as a paraphrase at or above {@code
 * threshold}. No model is trained beyond these five weights; they are fitted on the MSRP training
 * file minus its dev pairs ({@code org.triangulate.eval.reuse.MsrpEvaluation}).
 *
 * @param bias the intercept
 * @param cosine weight of the embedding cosine
 * @param charDice weight of the character 4-gram overlap
 * @param numbers weight of {@code log(1 + numberMismatch)} (negative: other numbers, other facts)
 * @param negation weight of a negation said by only one sentence
 * @param threshold probabilities at or above it count as paraphrases, in (0, 1)
 * @param agreeing the two-weight decision that also counts where numbers and negation agree; null
 *     for none
 */
public record ParaphraseWeights(
    double bias,
    double cosine,
    double charDice,
    double numbers,
    double negation,
    double threshold,
    ParaphraseScorer agreeing) {
  /**
   * Fitted with the ONNX MiniLM model on 3,674 MSRP training pairs (dev pairs removed): dev F1 83.4
   * against 82.9 for the two-weight {@link ParaphraseScorer#WITH_MODEL}; see docs/benchmarks.md
   * (Provenance).
   */
  public static final ParaphraseWeights WITH_MODEL =
      new ParaphraseWeights(
          -4.4950, 4.7042, 3.1619, -0.5696, -1.1589, 0.39, ParaphraseScorer.WITH_MODEL);

  public ParaphraseWeights {
    for (double w : new double[] {bias, cosine, charDice, numbers, negation}) {
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("weights must be finite, got " + w);
      }
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
  }

  /** The probability that the sentences behind these features are paraphrases. */
  public double probability(ParaphraseFeatures f) {
    double z =
        bias
            + cosine * f.cosine()
            + charDice * f.charDice()
            + numbers * Math.log1p(f.numberMismatch())
            + negation * (f.negationMismatch() ? 1 : 0);
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
    return new ParaphraseWeights(bias, cosine, charDice, numbers, negation, threshold, value);
  }
}
