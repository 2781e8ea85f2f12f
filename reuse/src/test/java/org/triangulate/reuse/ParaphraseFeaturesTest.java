package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParaphraseFeaturesTest {
  private static final String FUND =
      "The Veldra council approved an emergency fund of 4 million crowns on Monday.";

  @Test
  void identicalSentencesShareEveryGramAndNoMismatch() {
    ParaphraseFeatures f = ParaphraseFeatures.of(FUND, FUND, 1.0);
    assertThat(f.charDice()).isEqualTo(1.0);
    assertThat(f.numberMismatch()).isZero();
    assertThat(f.negationMismatch()).isFalse();
  }

  @Test
  void otherNumbersCountOnBothSides() {
    ParaphraseFeatures f =
        ParaphraseFeatures.of(
            FUND,
            "The Veldra council approved an emergency fund of 6 million crowns on Monday.",
            0.9);
    assertThat(f.numberMismatch()).isEqualTo(2);
    assertThat(f.charDice()).isBetween(0.8, 1.0);
  }

  @Test
  void thousandsSeparatorsDoNotMakeANumberDifferent() {
    ParaphraseFeatures f =
        ParaphraseFeatures.of(
            "About 1,200 residents were stranded.", "Some 1200 residents were cut off.", 0.8);
    assertThat(f.numberMismatch()).isZero();
  }

  @Test
  void negationSaidByOneSentenceOnly() {
    ParaphraseFeatures f =
        ParaphraseFeatures.of(
            "The mayor said the dam held overnight.",
            "The mayor said the dam didn't hold overnight.",
            0.9);
    assertThat(f.negationMismatch()).isTrue();
  }

  @Test
  void calibratedWeightsPreferTheParaphraseOverTheSameWordsWithOtherFacts() {
    ParaphraseWeights w = ParaphraseWeights.WITH_MODEL;
    String reworded = "On Monday the council of Veldra approved a 4 million crown emergency fund.";
    String otherFigures =
        "The Veldra council approved an emergency fund of 7 million crowns on Monday, 2 days late.";
    ParaphraseFeatures paraphrase = ParaphraseFeatures.of(FUND, reworded, 0.9);
    ParaphraseFeatures different = ParaphraseFeatures.of(FUND, otherFigures, 0.9);
    assertThat(w.paraphrase(paraphrase)).isTrue();
    assertThat(w.probability(different)).isLessThan(w.probability(paraphrase));
    assertThat(w.paraphrase(ParaphraseFeatures.of(FUND, "Schools will stay closed.", 0.1)))
        .isFalse();
  }

  @Test
  void agreeingFallbackOnlyWhereNumbersAndNegationAgree() {
    ParaphraseFeatures sameFacts = new ParaphraseFeatures(0.65, 0.5, 0.3, 0, false);
    ParaphraseFeatures otherNumber = new ParaphraseFeatures(0.65, 0.5, 0.3, 1, false);
    ParaphraseWeights w = ParaphraseWeights.WITH_MODEL;
    assertThat(w.withAgreeing(null).paraphrase(sameFacts)).isFalse();
    assertThat(w.paraphrase(sameFacts)).isTrue();
    assertThat(w.paraphrase(otherNumber)).isFalse();
  }

  @Test
  void invalidValuesAreRejectedWithTheirName() {
    assertThatThrownBy(() -> new ParaphraseFeatures(2, 0.5, 0.5, 0, false))
        .hasMessageContaining("cosine");
    assertThatThrownBy(() -> new ParaphraseWeights(0, 1, 1, -1, -1, 1.5, null))
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> new ParaphraseWeights(Double.NaN, 1, 1, -1, -1, 0.5, null))
        .hasMessageContaining("finite");
  }
}
