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

  private void storeThree() {
    try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
      String wire = Fixtures.WIRE_TEXT.replace("\n\n", " ");
      store.put(article("w1", "Nordwire", "2025-03-11", "Bridge collapse in Varnholt", wire));
      store.put(
          article(
              "c1",
              "Valley Post",
              "2025-03-12",
              "Bridge collapse in Varnholt",
              wire + " This story was provided by Nordwire."));
      store.put(
          article(
              "f1",
              "Lusk Herald",
              "2025-05-03",
              "Lusk Bay harbour festival opens",
              Fixtures.FESTIVAL_TEXT.replace("\n\n", " ")));
    }
  }

  @Test
  void aReopenedViewLoadsItsSavedListsInsteadOfReadingTheStore() throws Exception {
    storeThree();
    List<StorySummary> before;
    List<ArticleSummary> articlesBefore;
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      assertThat(view.startup().fromFile()).isFalse();
      assertThat(view.startup().caughtUp()).isEqualTo(3);
      before = view.stories(StoryQuery.all(10)).items();
      articlesBefore = view.articles(0, 10).items();
    }
    assertThat(folder.resolve(EmbeddedStoryView.VIEW_FILE)).isRegularFile();
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      assertThat(view.startup().fromFile()).isTrue();
      assertThat(view.startup().caughtUp()).isZero();
      assertThat(view.stories(StoryQuery.all(10)).items()).isEqualTo(before);
      assertThat(view.articles(0, 10).items()).isEqualTo(articlesBefore);
      // the loaded lists serve stories, text queries and ingests like computed ones
      StorySummary bridge =
          before.stream().filter(s -> s.articleIds().contains("w1")).findFirst().orElseThrow();
      assertThat(view.story(bridge.id()).orElseThrow().lineage().edges()).hasSize(1);
      assertThat(view.stories(new StoryQuery(null, null, null, null, "Varnholt", 0, 0, 10)).items())
          .extracting(StorySummary::id)
          .containsExactly(bridge.id());
    }
  }

  @Test
  void savedListsThatNoLongerMatchTheStoreAreRecomputed() throws Exception {
    storeThree();
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      assertThat(view.storyCount()).isEqualTo(2);
    }
    // another tool adds an article while the server is down
    try (LuceneArticleStore store = LuceneArticleStore.open(folder)) {
      store.put(
          article(
              "c2",
              "Island News",
              "2025-03-13",
              "Bridge collapse in Varnholt",
              Fixtures.WIRE_TEXT.replace("\n\n", " ") + " Reporting by Nordwire."));
    }
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      assertThat(view.startup().fromFile()).isFalse();
      assertThat(view.startup().caughtUp()).isEqualTo(1);
      assertThat(view.articleCount()).isEqualTo(4);
      assertThat(view.article("c2").orElseThrow().article().storyId())
          .isEqualTo(view.article("w1").orElseThrow().article().storyId());
    }
    // a damaged file is recomputed too
    java.nio.file.Files.writeString(folder.resolve(EmbeddedStoryView.VIEW_FILE), "{\"format\":");
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      assertThat(view.startup().fromFile()).isFalse();
      assertThat(view.startup().caughtUp()).isZero();
      assertThat(view.articleCount()).isEqualTo(4);
      assertThat(view.storyCount()).isEqualTo(2);
    }
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      assertThat(view.startup().fromFile()).isTrue();
    }
  }

  @Test
  void aTextQueryRankingIsReusedUntilTheDataChanges() {
    storeThree();
    try (EmbeddedStoryView view = EmbeddedStoryView.open(folder)) {
      StoryQuery festival = new StoryQuery(null, null, null, null, "harbour festival", 0, 0, 10);
      List<StorySummary> first = view.stories(festival).items();
      assertThat(first).hasSize(1);
      assertThat(view.stories(festival).items()).isEqualTo(first);
      // the second page of the same query comes from the same ranking
      assertThat(
              view.stories(new StoryQuery(null, null, null, null, "harbour festival", 0, 1, 10))
                  .items())
          .isEmpty();
      IngestResult added = view.ingest(List.of(writeJsonLines(folder.resolve("late.jsonl"))));
      assertThat(added.added()).isEqualTo(1);
      String lateStory = view.article("late-f").orElseThrow().article().storyId();
      assertThat(view.stories(festival).items()).extracting(StorySummary::id).contains(lateStory);
    }
  }

  private static String writeJsonLines(Path file) {
    try {
      java.nio.file.Files.writeString(
          file,
          Fixtures.jsonLines(
              List.of(
                  Fixtures.document(
                      "late-f",
                      "https://selby-post.example/regatta",
                      "Harbour festival regatta in Sellby draws 3,000",
                      "2025-08-02T09:00:00Z",
                      "Sellby Post",
                      "The harbour festival regatta in Sellby drew 3,000 people on Saturday,"
                          + " organiser Mira Kandle said. Forty boats raced across the bay."))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return file.toString();
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
