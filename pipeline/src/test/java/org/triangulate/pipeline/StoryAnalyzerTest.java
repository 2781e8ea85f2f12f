package org.triangulate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.Story;
import org.triangulate.core.compare.DisputeStatus;
import org.triangulate.report.Analysis;
import org.triangulate.reuse.ProvenanceEngine;
import org.triangulate.store.LuceneArticleStore;

class StoryAnalyzerTest {
  @TempDir Path folder;

  static Article article(String id, String site, int day, String... paragraphs) {
    var b =
        Article.builder(id + ".txt")
            .id(id)
            .site(site)
            .title("Weir breaks at Tarnmouth")
            .language("en")
            .published(
                PublicationDate.ofDay(LocalDate.of(2025, 6, day), DateSource.TEXT_DATE_LINE, 0.8));
    for (String p : paragraphs) {
      b.paragraph(p);
    }
    return b.build();
  }

  static final Article WIRE =
      article(
          "w1",
          "Kestrel Wire",
          12,
          "The Tarnmouth weir on the fictional Oss River broke on Thursday, killing 12 people in"
              + " the village of Pellmoor, the Oss Valley Authority said.",
          "\u201cThe water came at night,\u201d said Mayor Brenna Holt.");
  static final Article COPY =
      article(
          "c1",
          "Daily Echo",
          13,
          "The Tarnmouth weir on the fictional Oss River broke on Thursday, killing 12 people in"
              + " the village of Pellmoor, the Oss Valley Authority said.",
          "\u201cThe water came at night,\u201d said Mayor Brenna Holt.");
  static final Article OWN =
      article(
          "o1",
          "Pellmoor Times",
          13,
          "The flood from the broken Tarnmouth weir killed 19 people in Pellmoor on Thursday,"
              + " according to the village council.");

  @Test
  void oneStoryFromTheStoreGetsItsLineageFactsAndComparison() {
    Story story = new Story("s1", List.of("w1", "c1", "o1"));
    try (var store = LuceneArticleStore.open(folder.resolve("store"));
        var engine = ProvenanceEngine.builder().build()) {
      for (Article a : List.of(WIRE, COPY, OWN)) {
        store.put(a);
        engine.add(a);
      }
      StoryAnalysis one = StoryAnalyzer.standard().analyze(story, store, engine);
      assertThat(one.articles()).extracting(Article::id).containsExactly("w1", "c1", "o1");
      assertThat(one.lineage().edges())
          .anySatisfy(e -> assertThat(e.copy() + "<-" + e.source()).isEqualTo("c1<-w1"));
      assertThat(one.story().independentSources()).isEqualTo(2);
      assertThat(one.facts().articles()).hasSize(3);
      assertThat(one.comparison().independentSources()).isEqualTo(2);
      // 12 vs 19 killed in Pellmoor: the copy's 12 adds no support to the wire's
      assertThat(one.comparison().disputes())
          .anySatisfy(d -> assertThat(d.status()).isEqualTo(DisputeStatus.CONTRADICTION));
      assertThat(one.problems()).isEmpty();

      Story withMissing = new Story("s2", List.of("w1", "gone"));
      StoryAnalysis partial = StoryAnalyzer.standard().analyze(withMissing, store, engine);
      assertThat(partial.story().articleIds()).containsExactly("w1");
      assertThat(partial.problems()).extracting(p -> p.code()).containsExactly("missing-articles");
      assertThatThrownBy(
              () ->
                  StoryAnalyzer.standard().analyze(new Story("s3", List.of("gone")), store, engine))
          .hasMessageContaining("none of the articles of story s3");
    }
  }

  @Test
  void aFinishedAnalysisGivesEachStoryBack() {
    Analysis analysis =
        Pipeline.standardSteps(null, null, null, ExamplesReportTest.FIXED, StoryAnalyzer.standard())
            .stream()
            .reduce(Analysis.of(List.of(WIRE, COPY, OWN)), (a, step) -> step.apply(a), (a, b) -> b);
    assertThat(analysis.stories()).isNotEmpty();
    for (Story story : analysis.stories()) {
      StoryAnalysis one = StoryAnalyzer.of(analysis, story);
      assertThat(one.articles()).extracting(Article::id).isEqualTo(story.articleIds());
      assertThat(one.lineage()).isNotNull();
      assertThat(one.comparison()).isNotNull();
    }
  }
}
