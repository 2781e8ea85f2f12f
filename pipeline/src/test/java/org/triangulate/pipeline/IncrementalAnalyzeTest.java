package org.triangulate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.Story;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.RelationKind;
import org.triangulate.report.Analysis;
import org.triangulate.store.LuceneArticleStore;

/**
 * {@code analyze} with a store, run after run: new articles join the stories of earlier runs and
 * are traced to sources that came in earlier runs; a story that grew is reported whole.
 */
class IncrementalAnalyzeTest {
  static final Path EXAMPLES = ExamplesReportTest.EXAMPLES;

  @TempDir Path folder;

  private Analysis run(String... files) {
    try (var store = LuceneArticleStore.open(folder)) {
      List<String> inputs =
          java.util.Arrays.stream(files).map(f -> EXAMPLES.resolve(f).toString()).toList();
      return Pipeline.builder()
          .store(store)
          .clock(ExamplesReportTest.FIXED)
          .build()
          .analyze(inputs, PipelineListener.NONE)
          .analysis();
    }
  }

  @Test
  void laterArticlesJoinEarlierStoriesAndFindTheirSourcesThere() {
    Analysis first = run("01-meridian-press-wire.html", "11-estvald-local-scrape.txt");
    assertThat(first.stories()).hasSize(2);
    Article wire = only(first, "Meridian Press");
    String wireStory = storyOf(first, wire.id()).id();

    Analysis second = run("02-valley-post-syndicated.html");
    Article copy = only(second, "The Valley Post");
    Story grown = storyOf(second, copy.id());
    assertThat(grown.id()).isEqualTo(wireStory);
    // the story is reported whole: the wire story of the first run is read back from the store
    assertThat(grown.articleIds()).containsExactlyInAnyOrder(wire.id(), copy.id());
    assertThat(second.article(wire.id())).isPresent();
    // and the copy is traced to it, though the two were never in the same run
    Lineage lineage = second.lineages().get(grown.id());
    assertThat(lineage.edges())
        .anySatisfy(
            e -> {
              assertThat(e.copy()).isEqualTo(copy.id());
              assertThat(e.source()).isEqualTo(wire.id());
              assertThat(e.kind()).isEqualTo(RelationKind.SYNDICATED);
            });
    assertThat(grown.independentSources()).isEqualTo(1);
    assertThat(second.comparisons()).containsKey(grown.id());
    // the story of the other event, untouched by this run, is not in its report
    assertThat(second.stories()).hasSize(1);

    // the same input again changes nothing
    Analysis third = run("02-valley-post-syndicated.html");
    assertThat(third.stories()).extracting(Story::id).containsExactly(wireStory);
    assertThat(third.stories().get(0).articleIds())
        .containsExactlyInAnyOrderElementsOf(grown.articleIds());
  }

  private static Article only(Analysis analysis, String site) {
    return analysis.articles().stream()
        .filter(a -> site.equals(a.site()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no article from " + site));
  }

  private static Story storyOf(Analysis analysis, String articleId) {
    return analysis.stories().stream()
        .filter(s -> s.articleIds().contains(articleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(articleId + " is in no story"));
  }
}
