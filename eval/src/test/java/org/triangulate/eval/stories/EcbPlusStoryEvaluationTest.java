package org.triangulate.eval.stories;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EcbPlusStoryEvaluationTest {
  @Test
  void optionsThatNeedANumberNameThemselvesWhenTheNumberIsBad() {
    assertThatThrownBy(() -> EcbPlusStoryEvaluation.main(new String[] {"--streams", "eight"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--streams needs a whole number")
        .hasMessageContaining("'eight'");
    assertThatThrownBy(() -> EcbPlusStoryEvaluation.main(new String[] {"--streams", "1"}))
        .hasMessageContaining("--streams needs a whole number of at least 2, got 1");
    assertThatThrownBy(() -> EcbPlusStoryEvaluation.main(new String[] {"--train-orders"}))
        .hasMessageContaining("--train-orders needs a whole number, got none");
    assertThatThrownBy(() -> EcbPlusStoryEvaluation.main(new String[] {"--seed", "1.5"}))
        .hasMessageContaining("--seed needs a whole number, got '1.5'");
  }
}
