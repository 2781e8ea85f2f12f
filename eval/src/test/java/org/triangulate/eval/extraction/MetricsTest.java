package org.triangulate.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void segmentMatchCountsLikeTrafilaturasEvaluation() {
    SegmentMatch.Counts counts = new SegmentMatch.Counts();
    counts.add(
        "The Brine  rose\nat Veldra.\u00A0Tags: flood",
        List.of("Brine rose at Veldra", "missing sentence"),
        List.of("Tags: flood", "Impressum"));
    counts.add(null, List.of("anything"), List.of("nothing"));
    assertThat(counts.truePositives()).isEqualTo(1);
    assertThat(counts.falseNegatives()).isEqualTo(2);
    assertThat(counts.falsePositives()).isEqualTo(1);
    assertThat(counts.trueNegatives()).isEqualTo(2);
    assertThat(counts.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(counts.recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(counts.accuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(counts.f1()).isCloseTo(2.0 / 5, within(1e-9));
  }

  @Test
  void wordOverlapIsAMultisetOverlap() {
    TokenOverlap.Score score = TokenOverlap.words("the the Brine rose", "The Brine rose at Veldra");
    assertThat(score.precision()).isCloseTo(3.0 / 4, within(1e-9));
    assertThat(score.recall()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
  }

  @Test
  void shinglesNeedTheWordOrder() {
    assertThat(TokenOverlap.shingles("a b c d e", "a b c d e").f1()).isEqualTo(1.0);
    assertThat(TokenOverlap.shingles("e d c b a", "a b c d e").f1()).isEqualTo(0.0);
    assertThat(TokenOverlap.words("e d c b a", "a b c d e").f1()).isEqualTo(1.0);
  }

  @Test
  void emptyAgainstEmptyIsPerfectAndEmptyAgainstTextIsZero() {
    assertThat(TokenOverlap.words("", "").f1()).isEqualTo(1.0);
    assertThat(TokenOverlap.words("", "some gold").f1()).isEqualTo(0.0);
    assertThat(TokenOverlap.tokens("Größe, 12 ÄPFEL!")).containsExactly("größe", "12", "äpfel");
  }
}
