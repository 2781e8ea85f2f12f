package org.triangulate.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.Extractor;
import org.triangulate.core.Ingestor;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.Story;
import org.triangulate.pipeline.PipelineListener.Outcome;
import org.triangulate.report.Analysis;
import org.triangulate.store.LuceneArticleStore;

class PipelineTest {
  @TempDir Path folder;

  /** Each input "name:n" yields n documents "name/i" whose text is "Text i of name". */
  static final Ingestor NUMBERED =
      (input, sink) -> {
        String[] parts = input.split(":");
        if (parts[0].equals("broken")) {
          throw new IllegalStateException("ingestor bug");
        }
        for (int i = 0; i < Integer.parseInt(parts[1]); i++) {
          String source = parts[0] + "/" + i;
          if (parts[0].equals("unreadable")) {
            sink.reject(Problem.failure(source, "binary", "binary content, not text"));
          } else {
            sink.accept(RawDocument.text(source, "Report " + i + " on the fictional Tarn dam."));
          }
        }
      };

  /** Extracts text as one paragraph, slowly and in random order across threads. */
  static final Extractor SLOW =
      document -> {
        try {
          Thread.sleep(new Random(document.source().hashCode()).nextInt(5));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        String text = new String(document.content(), UTF_8);
        if (text.contains("explode")) {
          throw new IllegalStateException("extractor bug");
        }
        return Article.builder(document.source())
            .title("T " + document.source())
            .paragraph(text)
            .build();
      };

  static class Recorder implements PipelineListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Problem> problems = new CopyOnWriteArrayList<>();
    final List<String> steps = new CopyOnWriteArrayList<>();
    final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public void documentDone(String source, Outcome outcome) {
      events.add(source + " " + outcome);
      threads.add(Thread.currentThread());
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }

    @Override
    public void stepStarted(String name) {
      steps.add(name);
    }
  }

  private Pipeline.Builder fake() {
    return Pipeline.builder().ingestor(NUMBERED).extractor(SLOW).threads(4);
  }

  @Test
  void extractKeepsInputOrderWhateverTheThreads() {
    List<String> sources = new ArrayList<>();
    var recorder = new Recorder();
    RunSummary summary =
        fake().build().extract(List.of("a:40", "b:25"), recorder, a -> sources.add(a.source()));
    List<String> expected = new ArrayList<>();
    IntStream.range(0, 40).forEach(i -> expected.add("a/" + i));
    IntStream.range(0, 25).forEach(i -> expected.add("b/" + i));
    assertThat(sources).containsExactlyElementsOf(expected);
    assertThat(summary).isEqualTo(new RunSummary(65, 65, 0, 0, 0));
    assertThat(summary.allWell()).isTrue();
    assertThat(recorder.threads).containsOnly(Thread.currentThread());
  }

  @Test
  void badDocumentsAndBuggyStagesAreReportedAndTheBatchGoesOn() {
    Ingestor withBad =
        (input, sink) -> {
          if (input.equals("mixed")) {
            sink.accept(RawDocument.text("good-1", "The fictional Tarn dam held."));
            sink.reject(Problem.failure("empty.txt", "empty", "the file is empty"));
            sink.reject(Problem.warning("box.warc", "skipped-records", "skipped 1 record"));
            sink.accept(RawDocument.text("blank", "   "));
            sink.accept(RawDocument.text("bug", "explode"));
            sink.accept(RawDocument.text("good-2", "Rivers near Tarn fell."));
          } else {
            NUMBERED.read(input, sink);
          }
        };
    var recorder = new Recorder();
    List<String> out = new ArrayList<>();
    RunSummary summary =
        fake()
            .ingestor(withBad)
            .build()
            .extract(List.of("mixed", "broken:1", "ok:2"), recorder, a -> out.add(a.source()));
    assertThat(out).containsExactly("good-1", "good-2", "ok/0", "ok/1");
    assertThat(recorder.events)
        .containsExactly(
            "good-1 ADDED",
            "empty.txt FAILED",
            "blank FAILED",
            "bug FAILED",
            "good-2 ADDED",
            "broken:1 FAILED",
            "ok/0 ADDED",
            "ok/1 ADDED");
    assertThat(recorder.problems)
        .extracting(Problem::document, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("empty.txt", "empty"),
            org.assertj.core.groups.Tuple.tuple("box.warc", "skipped-records"),
            org.assertj.core.groups.Tuple.tuple("blank", "no-text"),
            org.assertj.core.groups.Tuple.tuple("bug", "extract-error"),
            org.assertj.core.groups.Tuple.tuple("broken:1", "ingest-error"));
    assertThat(recorder.problems).filteredOn(Problem::fatal).hasSize(4);
    assertThat(summary).isEqualTo(new RunSummary(8, 4, 0, 4, 1));
    assertThat(summary.allWell()).isFalse();
    assertThat(summary.describe()).isEqualTo("8 documents: 4 new, 0 repeats, 4 failed, 1 warning");
  }

  @Test
  void ingestStoresOnceAndReportsRepeatsOnTheNextRun() {
    try (var store = LuceneArticleStore.open(folder)) {
      Pipeline pipeline = fake().store(store).build();
      assertThat(pipeline.ingest(List.of("a:30", "unreadable:2"), PipelineListener.NONE))
          .isEqualTo(new RunSummary(32, 30, 0, 2, 0));
      assertThat(pipeline.ingest(List.of("a:35"), PipelineListener.NONE))
          .isEqualTo(new RunSummary(35, 5, 30, 0, 0));
      assertThat(store.size()).isEqualTo(35);
    }
    try (var reader = LuceneArticleStore.openReadOnly(folder)) {
      assertThat(reader.size()).as("ingest commits at the end").isEqualTo(35);
    }
    assertThatThrownBy(() -> fake().build().ingest(List.of("a:1"), PipelineListener.NONE))
        .hasMessageContaining("needs a store");
  }

  @Test
  void analyzeKeepsEachArticleOnceAndRunsTheStepsInOrder() {
    var recorder = new Recorder();
    AnalysisStep labels =
        new AnalysisStep() {
          @Override
          public Analysis apply(Analysis analysis) {
            // a later stage sees the stories of the earlier one
            assertThat(analysis.stories()).hasSize(analysis.articles().size());
            return analysis.withStories(
                List.of(new Story("all", analysis.articles().stream().map(Article::id).toList())));
          }

          @Override
          public String name() {
            return "merge";
          }
        };
    AnalyzeResult result =
        fake()
            .steps(List.of(new OneStoryPerArticle(), labels))
            .build()
            .analyze(List.of("a:3", "a:2"), recorder);
    assertThat(result.analysis().articles())
        .extracting(Article::source)
        .containsExactly("a/0", "a/1", "a/2");
    assertThat(result.analysis().stories()).extracting(Story::id).containsExactly("all");
    assertThat(result.summary()).isEqualTo(new RunSummary(5, 3, 2, 0, 0));
    assertThat(recorder.steps).containsExactly("stories", "merge");
  }

  @Test
  void oneStoryPerArticleMakesOneStoryPerArticleAndStores() {
    try (var store = LuceneArticleStore.open(folder)) {
      AnalyzeResult result =
          fake()
              .store(store)
              .steps(List.of(new OneStoryPerArticle()))
              .build()
              .analyze(List.of("a:3"), PipelineListener.NONE);
      assertThat(result.analysis().stories())
          .extracting(s -> s.articleIds().get(0))
          .containsExactlyElementsOf(
              result.analysis().articles().stream().map(Article::id).toList());
      assertThat(result.analysis().stories().get(0).id())
          .isEqualTo("s-" + result.analysis().articles().get(0).id());
      assertThat(store.size()).isEqualTo(3);
    }
  }

  @Test
  void theDefaultStepsAreStoriesProvenanceFactsCompareAndKeepStateBesideTheStore() {
    try (var store = LuceneArticleStore.open(folder)) {
      Pipeline pipeline = fake().store(store).build();
      assertThat(pipeline.steps())
          .extracting(AnalysisStep::name)
          .containsExactly("stories", "provenance", "facts", "compare");
      assertThat(pipeline.stateFolder()).contains(folder);
      AnalyzeResult result = pipeline.analyze(List.of("a:3"), PipelineListener.NONE);
      Analysis analysis = result.analysis();
      // every article is in exactly one story, and every story went through every stage
      assertThat(analysis.stories().stream().flatMap(s -> s.articleIds().stream()))
          .containsExactlyInAnyOrderElementsOf(
              analysis.articles().stream().map(Article::id).toList());
      for (Story story : analysis.stories()) {
        assertThat(story.independentSources()).isNotNull();
        assertThat(analysis.lineages()).containsKey(story.id());
        assertThat(analysis.facts()).containsKey(story.id());
        assertThat(analysis.comparisons()).containsKey(story.id());
      }
      // the facts of undated articles cannot resolve relative dates: the report says so
      assertThat(analysis.problems()).extracting(Problem::code).contains("no-publication-date");
      assertThat(folder.resolve("reuse")).isDirectory();
      assertThat(folder.resolve("stories")).isDirectory();
    }
    assertThat(fake().build().stateFolder()).isEmpty();
  }

  @Test
  void theStandardStagesReadRealFiles() throws Exception {
    Path dir = Files.createDirectories(folder.resolve("corpus"));
    Files.writeString(
        dir.resolve("a.txt"),
        "Tarn dam holds after night of rain\n\nEngineers of the fictional Tarn valley said the dam held"
            + " through the night, after water rose by two metres.\n",
        UTF_8);
    Files.writeString(
        dir.resolve("b.html"),
        "<html><head><title>Rain eases over Tarn</title></head><body><article><h1>Rain eases over"
            + " Tarn</h1><p>The rain over the fictional Tarn valley eased on Saturday morning, and"
            + " the river fell back below its banks by noon, officials said.</p></article></body></html>",
        UTF_8);
    List<Article> out = new ArrayList<>();
    RunSummary summary =
        Pipeline.builder()
            .threads(2)
            .build()
            .extract(List.of(dir.toString()), PipelineListener.NONE, out::add);
    assertThat(summary.documents()).isEqualTo(2);
    assertThat(out).hasSize(2);
    assertThat(out).allSatisfy(a -> assertThat(a.text()).contains("Tarn"));
    assertThat(out).extracting(Article::language).containsOnly("en"); // detected by default
  }

  @Test
  void badSettingsSayWhatToDo() {
    assertThatThrownBy(() -> Pipeline.builder().threads(0)).hasMessageContaining("threads");
    assertThatThrownBy(() -> new RunSummary(3, 1, 1, 0, 0)).hasMessageContaining("must equal");
  }
}
