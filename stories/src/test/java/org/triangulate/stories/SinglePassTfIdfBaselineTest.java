package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SinglePassTfIdfBaselineTest {
  @Test
  void groupsByWordsAloneAndKeepsRepeatsInTheirCluster() {
    SinglePassTfIdfBaseline b = new SinglePassTfIdfBaseline(0.2);
    int v0 = b.assign(Fixtures.veldra("v0", "2026-03-03", 0));
    int v1 = b.assign(Fixtures.veldra("v1", "2026-03-03", 1));
    int e = b.assign(Fixtures.election("e1", "2026-03-03"));

    assertThat(v1).isEqualTo(v0);
    assertThat(e).isNotEqualTo(v0);
    assertThat(b.assign(Fixtures.veldra("v0", "2026-03-03", 0))).isEqualTo(v0);
    assertThat(b.clusterCount()).isEqualTo(2);
    assertThatThrownBy(() -> new SinglePassTfIdfBaseline(1.5)).hasMessageContaining("[0, 1]");
  }
}
