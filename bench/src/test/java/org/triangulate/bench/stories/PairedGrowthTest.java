package org.triangulate.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;

class PairedGrowthTest {
  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] values = {4, 1, 3, 2};
    assertThat(PairedGrowth.median(values)).isEqualTo(2.5);
    assertThat(PairedGrowth.quantile(values, 0.25)).isCloseTo(1.75, within(1e-12));
    assertThat(PairedGrowth.quantile(values, 0)).isEqualTo(1);
    assertThat(PairedGrowth.quantile(values, 1)).isEqualTo(4);
    assertThat(values).containsExactly(4, 1, 3, 2);
  }

  @Test
  void aConstantRatioGivesThatGrowthWithAnIntervalOfWidthZero() {
    PairedGrowth.Result result =
        new PairedGrowth.Result(
            10, 100, 5, new double[] {1, 3, 2, 5, 4}, new double[] {1.5, 4.5, 3, 7.5, 6});
    assertThat(result.growth()).isCloseTo(1.5, within(1e-12));
    assertThat(result.ratioOfMedians()).isCloseTo(1.5, within(1e-12));
    assertThat(result.totalRatio()).isCloseTo(1.5, within(1e-12));
    assertThat(result.pairRatios()).containsOnly(1.5);
    assertThat(result.bootstrapInterval(7)).containsExactly(new double[] {1.5, 1.5}, within(1e-12));
    assertThat(result.describe(7))
        .contains("growth 10 -> 100: 1.50")
        .contains("interval 1.50-1.50, IQR 1.50-1.50");
  }

  @Test
  void growthIsTheMedianPairRatioWhichALoadChangeBetweenPairsDoesNotMove() {
    // the second half of the run under twice the load: every pair still has ratio 1.2
    double[] small = {10, 10, 10, 10, 20, 20, 20, 20, 20};
    double[] large = {12, 12, 12, 12, 24, 24, 24, 24, 24};
    PairedGrowth.Result result = new PairedGrowth.Result(1, 2, 1, small, large);
    assertThat(result.growth()).isCloseTo(1.2, within(1e-12));
    assertThat(result.ratioOfMedians()).isCloseTo(1.2, within(1e-12));
    double[] shifted = {10, 10, 10, 10, 10, 20, 20, 20, 20};
    double[] shiftedLarge = {12, 12, 12, 12, 24, 24, 24, 24, 24};
    // the load changed between the two blocks of pair 4: one pair is off, the median is not
    PairedGrowth.Result changed = new PairedGrowth.Result(1, 2, 1, shifted, shiftedLarge);
    assertThat(changed.growth()).isCloseTo(1.2, within(1e-12));
    assertThat(changed.ratioOfMedians()).isCloseTo(2.4, within(1e-12));
  }

  @Test
  void theBootstrapIntervalIsSeededAndHoldsTheGrowth() {
    double[] small = {10, 11, 9, 12, 10, 30, 10, 11};
    double[] large = {11, 12, 10, 14, 11, 12, 25, 12};
    PairedGrowth.Result result = new PairedGrowth.Result(1, 2, 1, small, large);
    double[] interval = result.bootstrapInterval(3);
    assertThat(result.bootstrapInterval(3)).containsExactly(interval);
    assertThat(interval[0]).isLessThanOrEqualTo(result.growth());
    assertThat(interval[1]).isGreaterThanOrEqualTo(result.growth());
  }

  @Test
  void blocksAlternateAndEachSideGetsItsOwnContinuationInOrder() {
    List<Article> articles =
        new SyntheticNews(1).generate(40).stream().map(SyntheticNews.Item::article).toList();
    List<String> fed = new ArrayList<>();
    PairedGrowth.Result result =
        PairedGrowth.measure(
            5,
            a -> fed.add("s" + a.id()),
            articles.subList(0, 20),
            50,
            a -> fed.add("l" + a.id()),
            articles.subList(20, 40),
            4,
            1,
            4);
    assertThat(result.pairs()).isEqualTo(4);
    assertThat(result.small()).isEqualTo(5);
    assertThat(result.large()).isEqualTo(50);
    assertThat(result.smallMicros()).hasSize(4);
    assertThat(result.largeMicros()).hasSize(4);
    assertThat(fed).hasSize(40);
    List<String> expected = new ArrayList<>();
    for (int pair = 0; pair < 5; pair++) {
      List<String> s = new ArrayList<>();
      List<String> l = new ArrayList<>();
      for (int i = pair * 4; i < pair * 4 + 4; i++) {
        s.add("s" + articles.get(i).id());
        l.add("l" + articles.get(20 + i).id());
      }
      expected.addAll(pair % 2 == 0 ? s : l);
      expected.addAll(pair % 2 == 0 ? l : s);
    }
    assertThat(fed).isEqualTo(expected);
  }

  @Test
  void continuationsMustBeLongEnough() {
    List<Article> articles =
        new SyntheticNews(1).generate(10).stream().map(SyntheticNews.Item::article).toList();
    assertThatThrownBy(
            () -> PairedGrowth.measure(1, a -> {}, articles, 2, a -> {}, articles, 4, 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSteadyRateStreamIsSeededTimeOrderedAndSpreadAtFiftyThousandAYear() {
    List<SyntheticNews.Item> a = new SyntheticNews(5).generateAtSteadyRate(2_000);
    List<SyntheticNews.Item> b = new SyntheticNews(5).generateAtSteadyRate(2_000);
    assertThat(a).hasSize(2_000);
    assertThat(a.stream().map(i -> i.article().title()).toList())
        .isEqualTo(b.stream().map(i -> i.article().title()).toList());
    List<LocalDate> days = a.stream().map(i -> i.article().published().day()).toList();
    assertThat(days).isSorted();
    // event starts over 2,000 / 50,000 of a year (14.6 days), articles up to five days later
    LocalDate start = LocalDate.of(2025, 1, 1);
    assertThat(days.get(0)).isAfterOrEqualTo(start);
    assertThat(days.get(days.size() - 1)).isBefore(start.plusDays(21)).isAfter(start.plusDays(10));
  }
}
