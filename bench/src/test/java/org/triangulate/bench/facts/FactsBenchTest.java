package org.triangulate.bench.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactsBenchTest {
  @Test
  void storiesAreSeededAndSizedAsDocumented() {
    List<String> a = FactsBench.story(new Random(7));
    List<String> b = FactsBench.story(new Random(7));
    assertThat(a).isEqualTo(b);
    assertThat(a.size()).isBetween(8, 14);
    assertThat(a).allSatisfy(p -> assertThat(p).isNotBlank());
  }
}
