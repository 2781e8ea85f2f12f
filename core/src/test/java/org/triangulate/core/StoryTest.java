package org.triangulate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTest {
  @Test
  void theTwoArgumentConstructorStillWorks() {
    Story s = new Story("story-1", List.of("a", "b"));

    assertThat(s.size()).isEqualTo(2);
    assertThat(s.label()).isEmpty();
    assertThat(s.firstSeen()).isNull();
    assertThat(s.languages()).isEmpty();
    assertThat(s.independentSourceCount()).isEmpty();
    assertThat(s.withIndependentSources(1).independentSourceCount()).hasValue(1);
  }

  @Test
  void rejectsRepeatsEmptyStoriesBadTimesAndImpossibleSourceCounts() {
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    assertThatThrownBy(() -> new Story("s", List.of("a", "a")))
        .hasMessageContaining("lists an article twice");
    assertThatThrownBy(() -> new Story("s", List.of())).hasMessageContaining("at least one");
    assertThatThrownBy(
            () ->
                new Story("s", List.of("a"), "", t, t.minusSeconds(1), List.of(), null, List.of()))
        .hasMessageContaining("firstSeen <= lastSeen");
    assertThatThrownBy(() -> new Story("s", List.of("a"), "", t, null, List.of(), null, List.of()))
        .hasMessageContaining("both or neither");
    assertThatThrownBy(() -> new Story("s", List.of("a")).withIndependentSources(2))
        .hasMessageContaining("independentSources must be in [1, 1]");
  }
}
