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
   * Fitted with all-MiniLM-L6-v2 (quantized) on 3,674 MSRP training pairs (dev pairs removed): dev
   * F1 83.4 alone, 83.3 with the two-weight {@link ParaphraseScorer#WITH_MODEL} where numbers and
   * negation agree; see docs/benchmarks.md (Provenance).
   */
  public static final ParaphraseWeights ALL_MINILM_L6_V2_Q =
      new ParaphraseWeights(
          -4.4950, 4.7042, 3.1619, -0.5696, -1.1589, 0.39, ParaphraseScorer.WITH_MODEL);

  /**
   * Fitted with bge-small-en-v1.5 (quantized, the default model) on the same pairs: dev F1 83.9
   * (cosine alone 83.8). Its cosines run high (unrelated news sentences score about 0.6), hence the
   * large cosine weight; no two-weight fallback, which lowered F1 with this model.
   */
  public static final ParaphraseWeights BGE_SMALL_EN_V15_Q =
      new ParaphraseWeights(-9.8091, 11.3053, 1.9322, -0.3029, -0.9555, 0.44, null);

  /** Fitted with e5-small-v2 (quantized) on the same pairs: dev F1 83.7 (cosine alone 83.9). */
  public static final ParaphraseWeights E5_SMALL_V2_Q =
      new ParaphraseWeights(-27.6139, 29.9218, 1.0872, -0.3880, -0.9725, 0.44, null);

  /** The weights of a model that brings none of its own: those of all-MiniLM-L6-v2. */
  public static final ParaphraseWeights WITH_MODEL = ALL_MINILM_L6_V2_Q;

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
