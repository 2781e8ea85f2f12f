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
}
