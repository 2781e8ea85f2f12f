package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StorySummaryTest {
  private static StorySummary story(int articles) {
    List<String> ids = IntStream.range(0, articles).mapToObj(i -> "a" + i).toList();
    return new StorySummary(
        "story-1",
        "Flood in Veldra",
        articles,
        2,
        "2031-03-01T00:00:00Z",
        "2031-03-02T00:00:00Z",
        List.of("en"),
        List.of("Veldra Courier"),
        ids);
  }

  @Test
  void aListShowsTheFirstIdsOfALargeStoryAndKeepsItsSize() {
    StorySummary large = story(StorySummary.LIST_ARTICLE_IDS * 3);

    StorySummary listed = large.forList();

    assertThat(listed.size()).isEqualTo(StorySummary.LIST_ARTICLE_IDS * 3);
    assertThat(listed.articleIds())
        .hasSize(StorySummary.LIST_ARTICLE_IDS)
        .startsWith("a0", "a1")
        .isEqualTo(large.articleIds().subList(0, StorySummary.LIST_ARTICLE_IDS));
  }

  @Test
  void aSmallStoryIsListedWhole() {
    StorySummary small = story(3);

    assertThat(small.forList()).isSameAs(small);
  }

  @Test
  void aSizeThatDoesNotMatchTheIdsIsRefused() {
    assertThatThrownBy(
            () ->
                new StorySummary(
                    "story-2", "x", 5, 1, null, null, List.of(), List.of(), List.of("a0", "a1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size must be the number of articles 2");
    assertThatThrownBy(
            () ->
                new StorySummary(
                    "story-3", "x", 1, 1, null, null, List.of(), List.of(), List.of("a0", "a1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
