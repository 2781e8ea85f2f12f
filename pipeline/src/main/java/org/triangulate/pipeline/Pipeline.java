package org.triangulate.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleStore;
import org.triangulate.core.ArticleStore.PutOutcome;
import org.triangulate.core.Checks;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Extractor;
import org.triangulate.core.Ingestor;
import org.triangulate.core.LanguageDetector;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.ingest.Ingestors;
import org.triangulate.lang.OpenNlpLanguageDetector;
import org.triangulate.pipeline.PipelineListener.Outcome;
import org.triangulate.report.Analysis;
import org.triangulate.reuse.PassageEmbedder;
import org.triangulate.reuse.ProvenanceEngine;
import org.triangulate.store.LuceneArticleStore;

/**
 * The one pipeline that the CLI, a server and Spark jobs run: ingest → extract (with language
 * detection) → store, streaming, then for {@link #analyze} the analysis steps: stories, provenance,
 * facts and comparison ({@link #standardSteps}).
 *
 * <p>Documents stream through one at a time; extraction runs on a small named thread pool with a
 * bounded window, and results are handed on in input order, so output is deterministic whatever the
 * thread count. A bad document becomes a {@link Problem} reported to the {@link PipelineListener};
 * it never stops the batch. Immutable and thread-safe; each run has its own threads.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().store(store).build();
 * RunSummary summary = pipeline.ingest(List.of("examples"), listener);
 * AnalyzeResult result = pipeline.analyze(List.of("examples"), listener);
 * }</pre>
 */
public final class Pipeline {
  private final Ingestor ingestor;
  private final Extractor extractor;
  private final ArticleStore store;
  private final List<AnalysisStep> steps;
  private final int threads;
  private final Path stateFolder;
  private final StoryAnalyzer storyAnalyzer;

  private Pipeline(Builder builder) {
    ingestor = builder.ingestor != null ? builder.ingestor : Ingestors.standard();
    extractor =
        builder.extractor != null
            ? builder.extractor
            : ArticleExtractor.builder()
                .languageDetector(
                    builder.languageDetector != null
                        ? builder.languageDetector
                        : OpenNlpLanguageDetector.shared())
                .build();
    store = builder.store;
    stateFolder =
        builder.stateFolder != null
            ? builder.stateFolder
            : store instanceof LuceneArticleStore lucene ? lucene.folder() : null;
    storyAnalyzer =
        builder.storyAnalyzer != null ? builder.storyAnalyzer : StoryAnalyzer.standard();
    steps =
        builder.steps != null
            ? List.copyOf(builder.steps)
            : standardSteps(
                store,
                stateFolder,
                builder.embedder,
                builder.candidateWindow,
                builder.clock,
                storyAnalyzer);
    threads = builder.threads;
  }

  /**
   * The standard analysis steps: stories, provenance, facts, compare. With a state folder the story
   * clusterer keeps its state in {@code folder/stories} and the provenance index in {@code
   * folder/reuse}, so later runs add to them; without one both live in memory for the run.
   *
   * @param store where the earlier articles of growing stories are read from, or null
   * @param folder the state folder, or null
   * @param embedder the provenance engine's semantic channel, or null for lexical evidence only
   * @param clock the ingest time given to undated articles
   * @param analyzer the facts and compare stages
   */
  public static List<AnalysisStep> standardSteps(
      ArticleStore store,
      Path folder,
      PassageEmbedder embedder,
      Clock clock,
      StoryAnalyzer analyzer) {
    return standardSteps(store, folder, embedder, null, clock, analyzer);
  }

  /**
   * The standard analysis steps, with the provenance engine's candidate window (null: its default);
   * the other arguments as in {@link #standardSteps(ArticleStore, Path, PassageEmbedder, Clock,
   * StoryAnalyzer)}.
   */
  public static List<AnalysisStep> standardSteps(
      ArticleStore store,
      Path folder,
      PassageEmbedder embedder,
      Duration candidateWindow,
      Clock clock,
      StoryAnalyzer analyzer) {
    return List.of(
        new StoriesStep(folder == null ? null : folder.resolve("stories"), clock, store),
        new ProvenanceStep(
            folder == null ? null : folder.resolve("reuse"), embedder, candidateWindow),
        new FactsStep(analyzer),
        new CompareStep(analyzer));
  }

  /** The analysis steps {@link #analyze} runs, in order. */
  public List<AnalysisStep> steps() {
    return steps;
  }

  /**
   * Where the standard steps keep their state ({@code stories/}, {@code reuse/}): the one set with
   * {@link Builder#stateFolder}, else the folder of a {@link LuceneArticleStore}; empty when they
   * work in memory.
   */
  public Optional<Path> stateFolder() {
    return Optional.ofNullable(stateFolder);
  }

  /** The per-story stages (facts and comparison), for showing one story at a time. */
  public StoryAnalyzer storyAnalyzer() {
    return storyAnalyzer;
  }

  /** A builder with the standard stages. */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a pipeline. */
  public static final class Builder {
    private Ingestor ingestor;
    private Extractor extractor;
    private LanguageDetector languageDetector; // null: OpenNLP's, loaded only when needed
    private ArticleStore store;
    private List<AnalysisStep> steps; // null: the standard steps
    private Path stateFolder;
    private PassageEmbedder embedder;
    private Duration candidateWindow; // null: the provenance engine's default
    private Clock clock = Clock.systemUTC();
    private StoryAnalyzer storyAnalyzer;
    private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private Builder() {}

    /** Reads the inputs; default {@link Ingestors#standard()}. */
    public Builder ingestor(Ingestor value) {
      ingestor = Checks.notNull("ingestor", value);
      return this;
    }

    /** Extracts articles; default the standard {@link ArticleExtractor}. */
    public Builder extractor(Extractor value) {
      extractor = Checks.notNull("extractor", value);
      return this;
    }

    /**
     * The language detector of the default extractor (default {@link
     * OpenNlpLanguageDetector#shared()}); ignored when an extractor is given.
     */
    public Builder languageDetector(LanguageDetector value) {
      languageDetector = Checks.notNull("languageDetector", value);
      return this;
    }

    /** Where articles are stored; without one, nothing is stored. */
    public Builder store(ArticleStore value) {
      store = Checks.notNull("store", value);
      return this;
    }

    /**
     * Where the standard steps keep stories and the provenance index between runs; default the
     * folder of the store when it is a {@link LuceneArticleStore}, else none (in memory).
     */
    public Builder stateFolder(Path value) {
      stateFolder = Checks.notNull("stateFolder", value);
      return this;
    }

    /** The semantic channel of the provenance engine; default none (lexical evidence only). */
    public Builder passageEmbedder(PassageEmbedder value) {
      embedder = Checks.notNull("passageEmbedder", value);
      return this;
    }

    /**
     * How far apart in publication time two dated articles may be for provenance to compare them;
     * default the engine's ({@link ProvenanceEngine.Builder#candidateWindow}, 30 days). Undated
     * articles are compared with all.
     */
    public Builder candidateWindow(Duration value) {
      candidateWindow = Checks.positive("candidateWindow", value);
      return this;
    }

    /** The clock giving the ingest time of undated articles; default the system clock (UTC). */
    public Builder clock(Clock value) {
      clock = Checks.notNull("clock", value);
      return this;
    }

    /** The facts and compare stages; default {@link StoryAnalyzer#standard()}. */
    public Builder storyAnalyzer(StoryAnalyzer value) {
      storyAnalyzer = Checks.notNull("storyAnalyzer", value);
      return this;
    }

    /**
     * The analysis steps, in order; default {@link #standardSteps}: stories, provenance, facts,
     * compare.
     */
    public Builder steps(List<AnalysisStep> value) {
      steps = List.copyOf(Checks.notNull("steps", value));
      return this;
    }

    /** Extraction threads, at least 1; default the number of processors, at most 4. */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + value);
      }
      threads = value;
      return this;
    }

    public Pipeline build() {
      return new Pipeline(this);
    }
  }

  /**
   * Reads and extracts every input, handing each article to {@code consumer} in input order without
   * storing anything. Documents that give no article are reported to the listener only.
   */
  public RunSummary extract(
      List<String> inputs, PipelineListener listener, Consumer<Article> consumer) {
    Checks.notNull("consumer", consumer);
    Set<String> seen = new HashSet<>();
    return run(
        inputs,
        listener,
        article -> {
          consumer.accept(article);
          return seen.add(article.id()) ? Outcome.ADDED : Outcome.REPEAT;
        });
  }

  /** Reads, extracts and stores every input, then commits. Needs a store. */
  public RunSummary ingest(List<String> inputs, PipelineListener listener) {
    ArticleStore target = requireStore("ingest");
    try {
      return run(inputs, listener, article -> stored(target.put(article)));
    } finally {
      target.commit(); // keep what was read, also when the run was cut short
    }
  }

  /**
   * Reads, extracts (and stores, when there is a store) every input, then runs the analysis steps
   * over the articles of this run, each id once, in input order. The standard stories step adds the
   * earlier articles (from the store) of stories that this run's articles joined.
   */
  public AnalyzeResult analyze(List<String> inputs, PipelineListener listener) {
    List<Article> articles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    RunSummary summary;
    try {
      summary =
          run(
              inputs,
              listener,
              article -> {
                boolean first = seen.add(article.id());
                if (first) {
                  articles.add(article);
                }
                if (store != null) {
                  return stored(store.put(article));
                }
                return first ? Outcome.ADDED : Outcome.REPEAT;
              });
    } finally {
      if (store != null) {
        store.commit();
      }
    }
    Analysis analysis = Analysis.of(articles);
    for (AnalysisStep step : steps) {
      listener.stepStarted(step.name());
      analysis = Checks.notNull("result of step " + step.name(), step.apply(analysis));
    }
    return new AnalyzeResult(analysis, summary);
  }

  private ArticleStore requireStore(String what) {
    if (store == null) {
      throw new IllegalStateException(
          what + " needs a store; set one with Pipeline.builder().store(...)");
    }
    return store;
  }

  private static Outcome stored(PutOutcome outcome) {
    return outcome == PutOutcome.ADDED ? Outcome.ADDED : Outcome.REPEAT;
  }

  /** What to do with each usable article, in input order; says whether it was new. */
  private interface ArticleHandler {
    Outcome handle(Article article);
  }

  /** One document's result: an article, or the problem that kept it from being read. */
  private record Item(String source, Article article, Problem rejection) {}

  private RunSummary run(List<String> inputs, PipelineListener listener, ArticleHandler handler) {
    Checks.notNull("inputs", inputs);
    Checks.notNull("listener", listener);
    var counts = new Counts();
    ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads());
    Deque<Future<Item>> window = new ArrayDeque<>();
    int capacity = threads * 4;
    Consumer<Future<Item>> enqueue =
        future -> {
          window.addLast(future);
          while (window.size() > capacity) {
            finish(window.removeFirst(), listener, handler, counts);
          }
        };
    DocumentSink sink =
        new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            enqueue.accept(pool.submit(() -> extract(document)));
          }

          @Override
          public void reject(Problem problem) {
            enqueue.accept(
                CompletableFuture.completedFuture(new Item(problem.document(), null, problem)));
          }
        };
    try {
      for (String input : inputs) {
        try {
          ingestor.read(input, sink);
        } catch (RuntimeException e) {
          // an ingestor bug must not end the batch: report it against the input and go on
          sink.reject(Problem.failure(input, "ingest-error", "reading failed: " + e));
        }
      }
      while (!window.isEmpty()) {
        finish(window.removeFirst(), listener, handler, counts);
      }
    } finally {
      window.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
    return counts.summary();
  }

  private Item extract(RawDocument document) {
    Article article;
    try {
      article = extractor.extract(document);
    } catch (RuntimeException | StackOverflowError e) {
      // the extractor promises not to throw; if it does, this document fails, not the batch
      return new Item(
          document.source(),
          null,
          Problem.failure(document.source(), "extract-error", "extraction failed: " + e));
    }
    if (!article.failed() && article.text().isBlank()) {
      article =
          article.toBuilder()
              .problem(
                  Problem.failure(
                      document.source(), "no-text", "no article text was found in the document"))
              .build();
    }
    return new Item(document.source(), article, null);
  }

  private static void finish(
      Future<Item> future, PipelineListener listener, ArticleHandler handler, Counts counts) {
    Item item;
    try {
      item = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for extraction", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction task failed unexpectedly", e.getCause());
    }
    if (item.rejection() != null && !item.rejection().fatal()) {
      // a remark about a container (such as skipped non-HTML WARC records), not a lost document
      counts.warnings++;
      listener.problem(item.rejection());
      return;
    }
    counts.documents++;
    if (item.rejection() != null) {
      counts.failed++;
      listener.problem(item.rejection());
      listener.documentDone(item.source(), Outcome.FAILED);
      return;
    }
    Article article = item.article();
    article.problems().forEach(listener::problem);
    Outcome outcome;
    if (article.failed()) {
      outcome = Outcome.FAILED;
      counts.failed++;
    } else {
      outcome = handler.handle(article);
      counts.warnings += article.problems().size();
      if (outcome == Outcome.ADDED) {
        counts.added++;
      } else {
        counts.repeats++;
      }
    }
    listener.article(article, outcome);
    listener.documentDone(item.source(), outcome);
  }

  private static final class Counts {
    long documents;
    long added;
    long repeats;
    long failed;
    long warnings;

    RunSummary summary() {
      return new RunSummary(documents, added, repeats, failed, warnings);
    }
  }

  private static ThreadFactory namedThreads() {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "triangulate-extract-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
