package org.triangulate.eval.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.reuse.ParaphraseFeatures;
import org.triangulate.reuse.ParaphraseWeights;

/** The calibration machinery on synthetic pairs whose truth is known (no MSRP data needed). */
class MsrpEvaluationTest {
  private static final ParaphraseWeights COSINE_ONLY =
      ParaphraseWeights.four(-5, 10, 0, 0, 0, 0.5, null);

  private static MsrpEvaluation.Pair pair(boolean paraphrase, double cosine, int numbers) {
    ParaphraseFeatures f = new ParaphraseFeatures(cosine, 0.5, 0.5, numbers, false);
    return new MsrpEvaluation.Pair("p", paraphrase, "a", "b", 0.5, cosine, f);
  }

  /**
   * Paraphrases have higher cosines and rarely other numbers, with overlap between the classes, so
   * neither feature alone decides; seeded.
   */
  private static List<MsrpEvaluation.Pair> noisy(int n, long seed) {
    Random random = new Random(seed);
    List<MsrpEvaluation.Pair> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean yes = random.nextDouble() < 0.6;
      double cosine = Math.max(-1, Math.min(1, (yes ? 0.75 : 0.6) + 0.08 * random.nextGaussian()));
      int numbers = random.nextDouble() < (yes ? 0.1 : 0.5) ? 1 + random.nextInt(3) : 0;
      out.add(pair(yes, cosine, numbers));
    }
    return out;
  }

  @Test
  void aucIsOneForAPerfectRankingZeroReversedAndAHalfForTies() {
    List<MsrpEvaluation.Pair> ordered =
        List.of(pair(false, 0.1, 0), pair(false, 0.2, 0), pair(true, 0.8, 0), pair(true, 0.9, 0));
    assertThat(MsrpEvaluation.auc(COSINE_ONLY, ordered)).isEqualTo(1.0);
    List<MsrpEvaluation.Pair> reversed =
        List.of(pair(true, 0.1, 0), pair(true, 0.2, 0), pair(false, 0.8, 0), pair(false, 0.9, 0));
    assertThat(MsrpEvaluation.auc(COSINE_ONLY, reversed)).isEqualTo(0.0);
    List<MsrpEvaluation.Pair> tied = List.of(pair(true, 0.5, 0), pair(false, 0.5, 0));
    assertThat(MsrpEvaluation.auc(COSINE_ONLY, tied)).isEqualTo(0.5);
  }

  @Test
  void fittingFindsTheSignsOfTheEvidenceAndLeavesUnchosenFeaturesAtZero() {
    List<MsrpEvaluation.Pair> pairs = noisy(1500, 7);
    ParaphraseWeights w = MsrpEvaluation.fit(pairs, MsrpEvaluation.FOUR);
    assertThat(w.weight("cosine")).isPositive();
    assertThat(w.weight("log1p(numberMismatch)")).isNegative();
    assertThat(w.weights().subList(4, w.weights().size())).containsOnly(0.0);
    double both = MsrpEvaluation.score(w, pairs).f1();
    double cosineAlone = MsrpEvaluation.score(MsrpEvaluation.fit(pairs, new int[] {0}), pairs).f1();
    assertThat(both).isGreaterThan(cosineAlone);
  }

  @Test
  void crossValidationIsRepeatableAndNotAboveTheFitOnItsOwnPairsByMuch() {
    List<MsrpEvaluation.Pair> pairs = noisy(600, 11);
    double cv = MsrpEvaluation.crossValidatedF1(pairs, MsrpEvaluation.FOUR, 5, 2);
    assertThat(MsrpEvaluation.crossValidatedF1(pairs, MsrpEvaluation.FOUR, 5, 2)).isEqualTo(cv);
    double inSample =
        MsrpEvaluation.score(MsrpEvaluation.fit(pairs, MsrpEvaluation.FOUR), pairs).f1();
    assertThat(cv).isBetween(0.5, inSample + 0.02);
  }

  @Test
  void recallAtPrecisionReachesEveryPositiveWhenTheRankingIsPerfect() {
    List<MsrpEvaluation.Pair> ordered =
        List.of(pair(false, 0.1, 0), pair(false, 0.2, 0), pair(true, 0.8, 0), pair(true, 0.9, 0));
    assertThat(MsrpEvaluation.recallAtPrecision(COSINE_ONLY, ordered, 0.99))
        .isCloseTo(1.0, within(1e-12));
    List<MsrpEvaluation.Pair> mixed =
        List.of(pair(false, 0.95, 0), pair(true, 0.9, 0), pair(true, 0.8, 0), pair(false, 0.1, 0));
    // Any threshold that keeps a positive also keeps the top negative: precision at most 2/3.
    assertThat(MsrpEvaluation.recallAtPrecision(COSINE_ONLY, mixed, 0.7)).isZero();
  }
}
