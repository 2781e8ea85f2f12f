package org.triangulate.eval.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CorefScoresTest {
  // Gold {a b c} {d e}; system {a b} {c d e}.
  private final Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
  private final Map<String, String> system =
      Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");

  @Test
  void perfectResponseScoresOne() {
    assertThat(CorefScores.muc(gold, gold).f1()).isEqualTo(1.0);
    assertThat(CorefScores.b3(gold, gold).f1()).isEqualTo(1.0);
    assertThat(CorefScores.ceafE(gold, gold).f1()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void mucCountsLinks() {
    // Recall: gold {abc} split in 2 parts -> 1 of 2 links, {de} intact -> 1 of 1: 2/3.
    // Precision: system {ab} 1/1, {cde} split in 2 parts -> 1/2: 2/3.
    CorefScores.Prf muc = CorefScores.muc(gold, system);
    assertThat(muc.r()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(muc.p()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void b3AveragesPerMention() {
    // Recall: a,b: 2/3 each; c: 1/3; d,e: 1 each -> (2/3+2/3+1/3+1+1)/5 = 11/15.
    assertThat(CorefScores.b3(gold, system).r()).isCloseTo(11.0 / 15, within(1e-9));
  }

  @Test
  void ceafAlignsEntitiesOneToOne() {
    // phi({abc},{ab}) = 4/5, phi({de},{cde}) = 4/5: best 1.6 over 2 and 2 entities.
    CorefScores.Prf ceaf = CorefScores.ceafE(gold, system);
    assertThat(ceaf.p()).isCloseTo(0.8, within(1e-9));
    assertThat(ceaf.r()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void hungarianFindsTheBestAssignment() {
    double[][] w = {{1, 2, 3}, {2, 4, 6}};
    assertThat(CorefScores.Hungarian.maximum(w)).isEqualTo(8.0);
  }
}
