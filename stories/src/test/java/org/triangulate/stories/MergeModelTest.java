package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;

class MergeModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

  private static double[] features(double value) {
    double[] f = new double[MergeModel.FEATURES.size()];
    java.util.Arrays.fill(f, value);
    return f;
  }

  @Test
  void probabilityIsTheLogisticOfTheWeightedSumWithTheDecayScalingTheOdds() {
    double[] w = new double[MergeModel.FEATURES.size()];
    w[0] = 2;
    MergeModel m = new MergeModel(-1, w, 0.5);
    double[] f = features(0);
    f[0] = 1;

    assertThat(m.logit(f)).isCloseTo(1.0, within(1e-12));
    assertThat(m.probability(f, 1)).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-12));
    // odds e^1 halved by a decay of 0.5
    double odds = Math.exp(1) * 0.5;
    assertThat(m.probability(f, 0.5)).isCloseTo(odds / (1 + odds), within(1e-12));
    assertThat(m.learned()).isTrue();
    assertThat(MergeModel.NONE.learned()).isFalse();
  }

  @Test
  void weightsAreCopiedAndValidated() {
    double[] w = new double[MergeModel.FEATURES.size()];
    MergeModel m = new MergeModel(0, w, 0.5);
    w[0] = 99;
    assertThat(m.weights()[0]).isZero();
    m.weights()[0] = 99;
    assertThat(m.weights()[0]).isZero();
    assertThat(m).isEqualTo(new MergeModel(0, new double[MergeModel.FEATURES.size()], 0.5));

    assertThatThrownBy(() -> new MergeModel(0, new double[3], 0.5))
        .hasMessageContaining("one per feature")
        .hasMessageContaining("3");
    assertThatThrownBy(() -> new MergeModel(0, w, 1.0)).hasMessageContaining("joinProbability");
    assertThatThrownBy(() -> new MergeModel(Double.NaN, w, 0.5)).hasMessageContaining("bias");
  }

  @Test
  void theFittedJavaSourceNamesEveryFeature() {
    String java = new MergeModel(0.25, features(1), 0.6).toJava();
    for (String feature : MergeModel.FEATURES) {
      assertThat(java).contains("// " + feature);
    }
    assertThat(java).contains("0.2500").contains("0.60)");
  }

  @Test
  void fitRecoversTheDirectionOfASeparatingFeature() {
    MergeTrainer.Examples examples = new MergeTrainer.Examples();
    Random random = new Random(42);
    for (int i = 0; i < 400; i++) {
      boolean positive = i % 2 == 0;
      double[] f = new double[MergeModel.FEATURES.size()];
      for (int k = 0; k < f.length; k++) {
        f[k] = random.nextDouble();
      }
      // feature 1 (names cosine) is high for the same event, noisy elsewhere
      f[1] = (positive ? 0.6 : 0.2) + 0.3 * random.nextDouble();
      examples.add(f, positive);
    }
    MergeModel model = MergeTrainer.fit(List.of(examples), 0.1, 0.5);

    assertThat(model.weights()[1]).isGreaterThan(5);
    double[] same = features(0.5);
    same[1] = 0.85;
    double[] other = features(0.5);
    other[1] = 0.25;
    assertThat(model.probability(same, 1)).isGreaterThan(0.9);
    assertThat(model.probability(other, 1)).isLessThan(0.1);
  }

  @Test
  void replayWithGoldLabelsGivesPairsOfBothKinds() {
    List<Article> stream = new ArrayList<>();
    Map<String, String> gold = new HashMap<>();
    for (int i = 0; i < 6; i++) {
      stream.add(Fixtures.veldra("v" + i, "2026-03-03", i));
      gold.put("v" + i, "veldra");
      stream.add(Fixtures.marrowby("m" + i, "2026-03-03", i));
      gold.put("m" + i, "marrowby");
    }
    MergeTrainer.Examples all = MergeTrainer.replay(stream, gold, ClusterSettings.calibrated());
    MergeTrainer.Examples decisions =
        MergeTrainer.replay(stream, gold, ClusterSettings.calibrated(), true);

    // every article after the first two sees its own event's story; most see the other one too
    assertThat(all.positives()).isEqualTo(10);
    assertThat(all.size()).isGreaterThan(all.positives());
    // one pair per article that had candidates: all but the first
    assertThat(decisions.size()).isEqualTo(11).isLessThan(all.size());
    assertThat(decisions.positives()).isLessThanOrEqualTo(decisions.size());
    assertThatThrownBy(
            () -> MergeTrainer.replay(stream, Map.of("v0", "x"), ClusterSettings.calibrated()))
        .hasMessageContaining("has no gold story");
  }

  @Test
  void aClustererWithALearnedModelJoinsTheSameEventAndSeparatesTheOther() {
    ClusterSettings settings =
        ClusterSettings.calibrated().toBuilder().mergeModel(ClusterSettings.learnedModel()).build();
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(settings).build();
    for (int i = 0; i < 3; i++) {
      c.assign(Fixtures.veldra("v" + i, "2026-03-03", i));
      c.assign(Fixtures.marrowby("m" + i, "2026-03-03", i));
    }
    Assignment vote = c.assign(Fixtures.election("e1", "2026-03-03"));

    assertThat(c.storyOf("v0").orElseThrow().articleIds())
        .containsExactlyInAnyOrder("v0", "v1", "v2");
    assertThat(c.storyOf("m0").orElseThrow().articleIds())
        .containsExactlyInAnyOrder("m0", "m1", "m2");
    assertThat(vote.outcome()).isEqualTo(Assignment.Outcome.OPENED);
    assertThat(vote.score()).isLessThan(settings.mergeModel().joinProbability());
  }
}
