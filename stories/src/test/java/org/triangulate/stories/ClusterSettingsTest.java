package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterSettingsTest {
  @Test
  void decayHalvesPerHalfLifeAfterTheGrace() {
    ClusterSettings s = ClusterSettings.calibrated().withTime(1, 7, 30);

    assertThat(s.decay(0)).isEqualTo(1.0);
    assertThat(s.decay(1)).isEqualTo(1.0);
    assertThat(s.decay(8)).isCloseTo(0.5, within(1e-12));
    assertThat(s.decay(15)).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void theNameGateScalesDownOnlyBelowItsLevel() {
    ClusterSettings s = ClusterSettings.calibrated().withNameGate(0.4);

    assertThat(s.gate(0.5)).isEqualTo(1.0);
    assertThat(s.gate(0.1)).isCloseTo(0.25, within(1e-12));
    assertThat(s.withNameGate(0).gate(0)).isEqualTo(1.0);
  }

  @Test
  void rejectsNonsenseWithTheNameAndValue() {
    assertThatThrownBy(() -> ClusterSettings.calibrated().withWeights(0, 0, 0))
        .hasMessageContaining("weight must be positive");
    assertThatThrownBy(() -> ClusterSettings.calibrated().withTime(1, 0, 30))
        .hasMessageContaining("halfLifeDays")
        .hasMessageContaining("0.0");
    assertThatThrownBy(() -> ClusterSettings.calibrated().withNameGate(1.0))
        .hasMessageContaining("nameGate");
  }

  @Test
  void theBuilderStartsFromTheCalibratedValuesAndChangesOnlyWhatIsSet() {
    ClusterSettings calibrated = ClusterSettings.calibrated();
    ClusterSettings changed = calibrated.toBuilder().repairEvery(0).splitThreshold(0.2).build();

    assertThat(ClusterSettings.builder().build()).isEqualTo(calibrated);
    assertThat(calibrated.toBuilder().build()).isEqualTo(calibrated);
    assertThat(changed.repairEvery()).isZero();
    assertThat(changed.splitThreshold()).isEqualTo(0.2);
    assertThat(
            changed.toBuilder()
                .repairEvery(calibrated.repairEvery())
                .splitThreshold(calibrated.splitThreshold())
                .build())
        .isEqualTo(calibrated);
  }

  @Test
  void theOldWithMethodsDelegateToTheBuilder() {
    ClusterSettings s = ClusterSettings.calibrated();

    assertThat(s.withThresholds(0.2, 0.7))
        .isEqualTo(s.toBuilder().joinThreshold(0.2).mergeThreshold(0.7).build());
    assertThat(s.withWeights(0.5, 0.4, 0.1))
        .isEqualTo(s.toBuilder().wordWeight(0.5).entityWeight(0.4).titleWeight(0.1).build());
    assertThat(s.withTime(2, 3, 4).halfLifeDays()).isEqualTo(3);
    assertThat(s.withMinContentWords(9).minContentWords()).isEqualTo(9);
    assertThat(s.withEmbeddingWeight(0.2).embeddingWeight()).isEqualTo(0.2);
  }

  @Test
  void rejectsNonsenseInTheSplitAndModelSettings() {
    assertThatThrownBy(() -> ClusterSettings.builder().splitThreshold(1.5).build())
        .hasMessageContaining("splitThreshold")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> ClusterSettings.builder().splitMinMembers(3).build())
        .hasMessageContaining("splitMinMembers")
        .hasMessageContaining("3");
    assertThatThrownBy(() -> ClusterSettings.builder().memberVectors(-1).build())
        .hasMessageContaining("memberVectors");
    assertThatThrownBy(() -> ClusterSettings.builder().mergeModel(null).build())
        .hasMessageContaining("MergeModel.NONE");
  }
}
