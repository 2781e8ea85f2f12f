package org.triangulate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.triangulate.core.facts.Claim;
import org.triangulate.core.facts.ClaimScope;

class QuantitiesTest {

  /** The linear clash finder agrees with comparing every pair (a duel against the naive way). */
  @Property(tries = 300)
  void linearClashFinderMatchesAllPairs(
      @ForAll @Size(min = 0, max = 30) List<@IntRange(min = 0, max = 60) Integer> lows,
      @ForAll @Size(min = 0, max = 30) List<@IntRange(min = 0, max = 20) Integer> widths) {
    List<double[]> intervals = new ArrayList<>();
    for (int i = 0; i < Math.min(lows.size(), widths.size()); i++) {
      intervals.add(new double[] {lows.get(i), lows.get(i) + widths.get(i)});
    }
    boolean[] fast = Quantities.incompatibleWithSome(intervals);
    for (int i = 0; i < intervals.size(); i++) {
      boolean naive = false;
      for (int j = 0; j < intervals.size(); j++) {
        double[] a = intervals.get(i);
        double[] b = intervals.get(j);
        if (i != j && (a[0] > b[1] || a[1] < b[0])) {
          naive = true;
        }
      }
      assertThat(fast[i]).as("interval %d of %s", i, intervals.size()).isEqualTo(naive);
    }
  }

  private static Claim claim(String text, double value, String qualifier) {
    return new Claim(
        "c1",
        "a",
        text,
        value,
        null,
        "people",
        qualifier != null,
        qualifier,
        ClaimScope.NONE,
        0,
        text.length());
  }

  @Test
  void intervalsFollowTheStatedApproximation() {
    assertThat(Quantities.interval(claim("23", 23, null), 1.0)).containsExactly(23, 23);
    assertThat(Quantities.interval(claim("about 30", 30, "about"), 1.0)).containsExactly(27, 33);
    assertThat(Quantities.interval(claim("at least 23", 23, "at least"), 1.0)[0]).isEqualTo(23);
    assertThat(Quantities.interval(claim("at least 23", 23, "at least"), 1.0)[1]).isInfinite();
    assertThat(Quantities.interval(claim("more than 20", 20, "more than"), 1.0)[0])
        .isGreaterThan(20);
    assertThat(Quantities.interval(claim("up to 40", 40, "up to"), 1.0)).containsExactly(0, 40);
    assertThat(Quantities.interval(claim("nearly 40", 40, "nearly"), 1.0)).containsExactly(34, 40);
    double[] miles = Quantities.interval(claim("5 miles", 5, null), 1.609344);
    assertThat(miles[0]).isLessThan(8.0);
    assertThat(miles[1]).isGreaterThan(8.0);
  }

  @Test
  void unitsAreNormalised() {
    assertThat(Quantities.unit("people killed").key()).isEqualTo("killed");
    assertThat(Quantities.unit("dead").key()).isEqualTo("killed");
    assertThat(Quantities.unit("troops").key()).isEqualTo("soldiers");
    assertThat(Quantities.unit("USD").key()).isEqualTo(Quantities.unit("dollars").key());
    assertThat(Quantities.unit("miles").key()).isEqualTo("km");
    assertThat(Quantities.unit("miles").factor()).isEqualTo(1.609344);
    assertThat(Quantities.unit("per cent").key()).isEqualTo("%");
    assertThat(Quantities.unit("  ")).isNull();
    assertThat(Quantities.placeKey("the village of Pellmoor"))
        .isEqualTo(Quantities.placeKey("Pellmoor"));
    assertThat(Quantities.timeKey("on Tuesday (2031-04-29)")).isEqualTo("2031-04-29");
  }
}
