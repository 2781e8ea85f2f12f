package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.store.LuceneArticleStore;

class EmbeddedStoryViewTest {
  @TempDir Path folder;

  private static Article article(String id, String site, String day, String title, String text) {
    return Article.builder("test#" + id)
        .id(id)
        .site(site)
        .title(title)
        .published(PublicationDate.ofDay(LocalDate.parse(day), DateSource.INPUT_FIELD, 1.0))
        .language("en")
        .paragraph(text)
        .build();
  }

  @Test
  void articlesStoredByAnotherToolJoinStoriesAndProvenanceWhenTheViewOpens() {
    try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
      store.put(
          article(
              "w1",
              "Nordwire",
              "2025-03-11",
              "Bridge collapse in Varnholt kills 14",
              Fixtures.WIRE_TEXT.replace("\n\n", " ")));
      store.put(
          article(
              "c1",
              "Valley Post",
              "2025-03-12",
              "Bridge collapse in Varnholt kills 14",
              Fixtures.WIRE_TEXT.replace("\n\n", " ") + " This story was provided by Nordwire."));
      store.put(
          article(
              "f1",
              "Lusk Herald",
              "2025-05-03",
              "Lusk Bay harbour festival opens",
              Fixtures.FESTIVAL_TEXT.replace("\n\n", " ")));
    }
    long version;
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      assertThat(view.articleCount()).isEqualTo(3);
      Page<StorySummary> stories = view.stories(StoryQuery.all(10));
      assertThat(stories.total()).isEqualTo(2);
      StorySummary bridge =
          stories.items().stream().filter(s -> s.articleIds().contains("w1")).findFirst().get();
      assertThat(bridge.articleIds()).containsExactly("w1", "c1");
      assertThat(bridge.independentSources()).isEqualTo(1);
      StoryDetail detail = view.story(bridge.id()).orElseThrow();
      assertThat(detail.lineage().edges())
          .extracting(LineageEdge::copy, LineageEdge::source)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("c1", "w1"));
      assertThat(detail.comparison()).isNotNull();
      assertThat(view.article("c1").orElseThrow().article().storyId()).isEqualTo(bridge.id());
      version = view.version();
    }
    // reopened: nothing is added twice, the stories are the saved ones
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      assertThat(view.storyCount()).isEqualTo(2);
      assertThat(view.version()).isEqualTo(version);
      assertThat(view.article("missing")).isEqualTo(Optional.empty());
      assertThat(view.search("Varnholt", 10))
          .extracting(SearchResult::articleId)
          .containsExactlyInAnyOrder("w1", "c1");
      assertThat(view.articles(0, 2).items()).extracting(ArticleSummary::id).hasSize(2);
      assertThat(view.articles(0, 10).total()).isEqualTo(3);
    }
  }

  @Test
  void pagesCutTheListAndQueriesValidateTheirArguments() {
    Page<String> page = Page.of(List.of("a", "b", "c"), 1, 1);
    assertThat(page.items()).containsExactly("b");
    assertThat(page.total()).isEqualTo(3);
    assertThat(Page.of(List.of("a"), 5, 10).items()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new StoryQuery(null, null, null, null, null, 0, 0, 0))
        .hasMessageContaining("limit");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new StoryQuery(
                    LocalDate.parse("2025-02-01"),
                    LocalDate.parse("2025-01-01"),
                    null,
                    null,
                    null,
                    0,
                    0,
                    10))
        .hasMessageContaining("before");
    assertThat(Ids.valid("story-12")).isTrue();
    assertThat(Ids.valid("cf-88213")).isTrue();
    assertThat(Ids.valid("..")).isFalse();
    assertThat(Ids.valid("a/b")).isFalse();
    assertThat(Ids.valid("a\\b")).isFalse();
    assertThat(Ids.valid("x".repeat(201))).isFalse();
    assertThat(Ids.valid("")).isFalse();
  }
}
