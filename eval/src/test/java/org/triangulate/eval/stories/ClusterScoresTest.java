package org.triangulate.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "y", "d", "y");

  @Test
  void aPerfectClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(GOLD, Map.of("a", 1, "b", 1, "c", 2, "d", 2), null);

    assertThat(s.b3F1()).isEqualTo(1.0);
    assertThat(s.pairF1()).isEqualTo(1.0);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  @Test
  void oneBigClusterHasFullRecallAndHalfPrecision() {
    ClusterScores s = ClusterScores.of(GOLD, Map.of("a", 1, "b", 1, "c", 1, "d", 1), null);

    assertThat(s.b3Precision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.b3Recall()).isEqualTo(1.0);
    // 2 gold pairs among 6 predicted pairs
    assertThat(s.pairPrecision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.pairRecall()).isEqualTo(1.0);
  }

  @Test
  void singletonsHaveFullPrecisionAndScoresCanBeRestricted() {
    ClusterScores s = ClusterScores.of(GOLD, Map.of("a", 1, "b", 2, "c", 3, "d", 4), null);
    ClusterScores sub =
        ClusterScores.of(GOLD, Map.of("a", 1, "b", 1, "c", 1, "d", 2), Set.of("a", "b"));

    assertThat(s.b3Precision()).isEqualTo(1.0);
    assertThat(s.b3Recall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.b3F1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(sub.items()).isEqualTo(2);
    assertThat(sub.b3F1()).isEqualTo(1.0);
    assertThatThrownBy(() -> ClusterScores.of(GOLD, Map.of("a", 1), null))
        .hasMessageContaining("no predicted cluster");
  }
}
