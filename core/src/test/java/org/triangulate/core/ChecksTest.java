package org.triangulate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void positiveReturnsAPositiveDuration() {
    assertThat(Checks.positive("window", Duration.ofDays(30))).isEqualTo(Duration.ofDays(30));
    assertThat(Checks.positive("window", Duration.ofNanos(1))).isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void positiveNamesTheArgumentAndTheValueItRefuses() {
    assertThatThrownBy(() -> Checks.positive("idleTimeout", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idleTimeout must be a positive duration")
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> Checks.positive("window", Duration.ofSeconds(-5)))
        .hasMessageContaining("window")
        .hasMessageContaining("PT-5S");
    assertThatThrownBy(() -> Checks.positive("window", null))
        .hasMessageContaining("window")
        .hasMessageContaining("null");
  }
}
