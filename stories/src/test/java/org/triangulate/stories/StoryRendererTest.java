package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;

class StoryRendererTest {
  private static final Story SMALL_NEW =
      new Story(
          "story-2",
          List.of("e1"),
          "Tarnholm elects Orla Vendt",
          Instant.parse("2026-03-05T08:00:00Z"),
          Instant.parse("2026-03-05T08:00:00Z"),
          List.of("en"),
          null,
          List.of());
  private static final Story LARGE_OLD =
      new Story(
          "story-1",
          List.of("v1", "v2", "v3"),
          "Dam fails above Veldra\u001b[31m, 14 dead",
          Instant.parse("2026-03-01T00:00:00Z"),
          Instant.parse("2026-03-03T00:00:00Z"),
          List.of("en", "de"),
          2,
          List.of(Problem.warning("v3", "undated", "no publication date")));

  @Test
  void listsNewestOrLargestFirstWithSizesSourcesAndFlags() {
    String newest =
        StoryRenderer.list(List.of(LARGE_OLD, SMALL_NEW), StoryRenderer.Order.NEWEST, 10);
    String largest =
        StoryRenderer.list(List.of(SMALL_NEW, LARGE_OLD), StoryRenderer.Order.LARGEST, 10);

    List<String> newestLines = newest.lines().toList();
    assertThat(newestLines).hasSize(3);
    assertThat(newestLines.get(0)).startsWith("STORY");
    assertThat(newestLines.get(1)).startsWith("story-2").contains("    1     -  2026-03-05 08:00");
    assertThat(newestLines.get(2)).startsWith("story-1").contains("    3     2").contains("!1");
    assertThat(largest.lines().toList().get(1)).startsWith("story-1");
  }

  @Test
  void cutsTheListAtTheLimitAndSaysHowManyWereLeftOut() {
    String text = StoryRenderer.list(List.of(LARGE_OLD, SMALL_NEW), StoryRenderer.Order.LARGEST, 1);

    assertThat(text.lines().toList()).hasSize(3).last().isEqualTo("... 1 more stories");
    assertThatThrownBy(() -> StoryRenderer.list(List.of(), StoryRenderer.Order.NEWEST, 0))
        .hasMessageContaining("limit must be >= 1");
  }

  @Test
  void printsOneStoryWithArticlesAndProblemsAndNoControlCharacters() {
    String text =
        StoryRenderer.story(LARGE_OLD, id -> id.equals("v2") ? "Kestrel Wire: Veldra flood" : null);

    assertThat(text)
        .contains("story      story-1")
        .contains("articles   3")
        .contains("sources    2 independent")
        .contains("seen       2026-03-01 00:00 .. 2026-03-03 00:00 UTC")
        .contains("languages  en, de")
        .contains("   1. v1\n")
        .contains("   2. v2  Kestrel Wire: Veldra flood")
        .contains("v3: warning [undated] no publication date")
        .doesNotContain("\u001b");
    assertThat(StoryRenderer.story(SMALL_NEW)).contains("independent sources not yet computed");
  }
}
