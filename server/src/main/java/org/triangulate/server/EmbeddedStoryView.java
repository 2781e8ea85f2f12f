package org.triangulate.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleStore;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.ingest.FetchGuard;
import org.triangulate.ingest.Ingestors;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.pipeline.RunSummary;
import org.triangulate.pipeline.StoryAnalysis;
import org.triangulate.pipeline.StoryAnalyzer;
import org.triangulate.reuse.ProvenanceEngine;
import org.triangulate.store.LuceneArticleStore;
import org.triangulate.stories.StoryClusterer;

/**
 * A {@link StoryView} over the embedded stages in one data folder: the Lucene article store, the
 * story clusterer (saved under {@code stories/}) and the provenance index (under {@code reuse/}).
 * Articles stored by other tools (such as {@code triangulate ingest}) and not yet in stories or
 * provenance are added when the view opens, in time order; the folders are the ones the pipeline's
 * {@code analyze} uses, so both see the same stories. Facts and the comparison of a story come from
 * the pipeline's {@link StoryAnalyzer} when the story is first asked for, and are cached until the
 * stories change.
 *
 * <p>What the lists need (a summary of every article and story, with each story's independent
 * sources from its lineage) is saved in {@value #VIEW_FILE} in the folder when the view closes and
 * after the catch-up; the next open loads it instead of reading every stored article and computing
 * every lineage, when the store and the stages are exactly as they were saved (same counts, same
 * index files). Otherwise the view recomputes it, so a stale or missing file only costs time. The
 * provenance engine, whose opening reads every article, then opens in the background: the lists are
 * served at once, story pages, article pages and ingests wait for it. After an ingest only the
 * stories whose articles changed are summarised again.
 *
 * <pre>{@code
 * try (StoryView view = EmbeddedStoryView.open(Path.of("triangulate-data"))) {
 *   view.ingest(List.of("examples"));
 *   view.stories(StoryQuery.all(20)).items().forEach(s -> System.out.println(s.label()));
 * }
 * }</pre>
 */
public final class EmbeddedStoryView implements StoryView {
  /** The file in the data folder that keeps the lists between runs. */
  public static final String VIEW_FILE = "server-view.json";

  private static final int VIEW_FORMAT = 1;
  private static final int MAX_ANALYSED_ARTICLES = 200;
  private static final int CACHED_STORIES = 128;
  private static final int CACHED_TEXT_QUERIES = 512;
  private static final int MAX_TEXT_HITS = 2_000;
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final ArticleStore store;
  private final StoryClusterer clusterer;

  /** Opens in the background when the lists come from the view file: it reads every article. */
  private final CompletableFuture<ProvenanceEngine> provenanceOpening;

  private final Pipeline pipeline;
  private final StoryAnalyzer analyzer = StoryAnalyzer.standard();
  private final Object writeLock = new Object();
  private final AtomicLong version = new AtomicLong();
  private final Map<String, ArticleSummary> articleIndex = new LinkedHashMap<>();
  private final Map<String, StoryDetail> details =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoryDetail> eldest) {
              return size() > CACHED_STORIES;
            }
          });
  private final Map<String, TextHits> textHits =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TextHits> eldest) {
              return size() > CACHED_TEXT_QUERIES;
            }
          });
  private final Path folder;
  private final Startup startup;
  private volatile Snapshot snapshot;

  /**
   * How the view started.
   *
   * @param fromFile whether the lists came from {@value #VIEW_FILE}
   * @param caughtUp articles added to stories and provenance at open
   * @param stagesMillis time the story clusterer took to open
   * @param listsMillis time the lists took after that: loaded, or computed with the catch-up
   */
  public record Startup(boolean fromFile, int caughtUp, long stagesMillis, long listsMillis) {
    /** One line for the server's log. */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "stories opened in %.1f s; lists %s in %.1f s%s",
          stagesMillis / 1000.0,
          fromFile
              ? "loaded from " + VIEW_FILE
              : "computed from the store"
                  + (caughtUp > 0 ? " after adding " + caughtUp + " articles to the stages" : ""),
          listsMillis / 1000.0,
          fromFile ? "; the provenance index opens in the background" : "");
    }
  }

  /** The ranked stories of one text query, from the first {@code hits} article hits. */
  private record TextHits(int hits, boolean exhaustive, List<String> storyIds) {}

  /** The lists as saved in {@value #VIEW_FILE}. */
  record ViewFile(
      int format, String fingerprint, List<ArticleSummary> articles, List<StorySummary> stories) {}

  /** An immutable view of the lists, replaced after every change. */
  private record Snapshot(
      long version,
      List<StorySummary> stories,
      Map<String, StorySummary> storiesById,
      List<ArticleSummary> articlesNewestFirst,
      Map<String, ArticleSummary> articles) {}

  private EmbeddedStoryView(ArticleStore store, Path folder, Pipeline pipeline) {
    long t0 = System.nanoTime();
    this.store = store;
    this.pipeline = pipeline;
    this.folder = folder;
    this.clusterer = StoryClusterer.builder().open(folder.resolve("stories"));
    this.provenanceOpening = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                provenanceOpening.complete(
                    ProvenanceEngine.builder().folder(folder.resolve("reuse")).build());
              } catch (RuntimeException | Error e) {
                provenanceOpening.completeExceptionally(e);
              }
            },
            "triangulate-open-provenance");
    opener.setDaemon(true);
    opener.start();
    long t1 = System.nanoTime();
    synchronized (writeLock) {
      boolean fromFile = loadViewFile();
      int caughtUp = 0;
      if (!fromFile) {
        try {
          caughtUp = catchUp();
          saveViewFile();
        } catch (RuntimeException e) {
          closeProvenance();
          throw e;
        }
      }
      startup =
          new Startup(
              fromFile, caughtUp, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    }
  }

  /**
   * The provenance engine, waiting for it to open. Loading its index reads every article, so when
   * the lists come from the view file the engine opens in the background and only what needs
   * lineage, relations or an ingest waits.
   *
   * @throws IllegalStateException if it could not be opened (the cause says why)
   */
  private ProvenanceEngine provenance() {
    try {
      return provenanceOpening.join();
    } catch (CompletionException e) {
      throw new IllegalStateException(
          "the provenance index in "
              + folder.resolve("reuse")
              + " cannot be opened: "
              + e.getCause(),
          e.getCause());
    }
  }

  /** Whether the provenance engine has finished opening (story pages wait for it until then). */
  public boolean provenanceReady() {
    return provenanceOpening.isDone() && !provenanceOpening.isCompletedExceptionally();
  }

  /** Closes the provenance engine once it is open; one that failed to open has nothing to close. */
  private void closeProvenance() {
    if (provenanceOpening.handle((engine, failure) -> failure == null).join()) {
      provenanceOpening.join().close();
    }
  }

  /** How this view started: from the saved lists or by reading the store. */
  public Startup startup() {
    return startup;
  }

  /**
   * Opens (creating if needed) the store in {@code folder} with the standard pipeline; URLs are
   * fetched from public addresses only ({@link FetchPolicy#publicOnly()}).
   *
   * @throws org.triangulate.store.StoreLockedException if another process has the store open
   */
  public static EmbeddedStoryView open(Path folder) {
    return open(folder, FetchPolicy.publicOnly());
  }

  /**
   * Opens (creating if needed) the store in {@code folder} with the standard pipeline, whose
   * fetches (URLs, feed links and every redirect) {@code fetchGuard} must allow.
   *
   * @throws org.triangulate.store.StoreLockedException if another process has the store open
   */
  public static EmbeddedStoryView open(Path folder, FetchGuard fetchGuard) {
    Checks.notNull("folder", folder);
    Checks.notNull("fetchGuard", fetchGuard);
    LuceneArticleStore store = LuceneArticleStore.open(folder);
    try {
      Pipeline pipeline =
          Pipeline.builder()
              .store(store)
              .ingestor(
                  new UploadNaming(
                      Ingestors.builder().fetchGuard(fetchGuard).build(), uploadFolder(folder)))
              .build();
      return new EmbeddedStoryView(store, folder, pipeline);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Where the server writes request bodies for the pipeline to read; deleted after each. */
  static Path uploadFolder(Path folder) {
    return folder.resolve("uploads");
  }

  /**
   * A view over an open store whose stories and provenance live in {@code folder}; {@code pipeline}
   * must write into {@code store}. The view closes the store when it is closed.
   */
  public static EmbeddedStoryView over(ArticleStore store, Path folder, Pipeline pipeline) {
    return new EmbeddedStoryView(
        Checks.notNull("store", store),
        Checks.notNull("folder", folder),
        Checks.notNull("pipeline", pipeline));
  }

  /** Stored articles added to the stages at a time when they catch up at start. */
  private static final int CATCH_UP_SLICE = 2_000;

  /**
   * Adds stored articles that stories or provenance have not seen, oldest first; returns how many.
   * The caller holds the write lock.
   */
  private int catchUp() {
    List<Map.Entry<String, Instant>> missing = new ArrayList<>();
    store.forEach(
        article -> {
          String storyId = clusterer.storyIdOf(article.id()).orElse(null);
          articleIndex.put(article.id(), ArticleSummary.of(article, storyId));
          if (storyId == null || !provenance().contains(article.id())) {
            missing.add(Map.entry(article.id(), timeOf(article)));
          }
        });
    missing.sort(Map.Entry.comparingByValue());
    // in slices, so that a large catch-up neither holds every article in memory nor loses all
    // its work when the process stops before the end (each slice is committed and saved)
    int added = 0;
    List<Article> batch = new ArrayList<>(CATCH_UP_SLICE);
    for (Map.Entry<String, Instant> entry : missing) {
      store.get(entry.getKey()).ifPresent(batch::add);
      if (batch.size() == CATCH_UP_SLICE) {
        addToStages(batch);
        added += batch.size();
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      addToStages(batch);
      added += batch.size();
    }
    rebuild();
    return added;
  }

  /**
   * What must be unchanged for the saved lists to hold: the counts of the store and the stories and
   * the names and sizes of the files of the store, the stories and the provenance index (a Lucene
   * commit always writes a new segments file), so the provenance engine need not be open.
   */
  private String fingerprint() {
    StringBuilder out =
        new StringBuilder()
            .append("store=")
            .append(store.size())
            .append(";clustered=")
            .append(clusterer.articleCount())
            .append(";stories=")
            .append(clusterer.storyCount());
    for (String stage : List.of("index", "stories", "reuse")) {
      Path dir = folder.resolve(stage);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<String> files = new ArrayList<>();
      try (Stream<Path> listing = Files.list(dir)) {
        for (Path file : (Iterable<Path>) listing::iterator) {
          if (Files.isRegularFile(file) && !file.getFileName().toString().equals("write.lock")) {
            files.add(file.getFileName() + ":" + Files.size(file));
          }
        }
      } catch (IOException e) {
        // an unreadable folder cannot be vouched for: a fingerprint that never matches
        return "unreadable " + dir + ": " + e.getMessage() + " at " + System.nanoTime();
      }
      Collections.sort(files);
      out.append(';').append(stage).append('=').append(String.join(",", files));
    }
    return out.toString();
  }

  /** Loads the saved lists when they match the store and stages; the caller holds the lock. */
  private boolean loadViewFile() {
    Path file = folder.resolve(VIEW_FILE);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    ViewFile saved;
    try {
      saved = JSON.readValue(file.toFile(), ViewFile.class);
    } catch (IOException | RuntimeException e) {
      // damaged or from another version: recomputed from the store and saved again
      return false;
    }
    if (saved.format() != VIEW_FORMAT
        || saved.articles() == null
        || saved.stories() == null
        || !fingerprint().equals(saved.fingerprint())) {
      return false;
    }
    for (ArticleSummary a : saved.articles()) {
      articleIndex.put(a.id(), a);
    }
    publish(saved.stories());
    return true;
  }

  /** Saves the lists with the current fingerprint, atomically; the caller holds the lock. */
  private void saveViewFile() {
    Snapshot s = snapshot;
    List<ArticleSummary> articles = new ArrayList<>(s.articles().values());
    ViewFile file = new ViewFile(VIEW_FORMAT, fingerprint(), articles, s.stories());
    Path target = folder.resolve(VIEW_FILE);
    Path temp = folder.resolve(VIEW_FILE + ".tmp");
    try {
      JSON.writeValue(temp.toFile(), file);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot save the server's lists to " + target + ": " + e.getMessage(), e);
    }
  }

  private static Instant timeOf(Article article) {
    return article.published() == null ? Instant.MAX : article.published().value().toInstant();
  }

  /** Adds articles to provenance and stories and saves both; the caller holds the write lock. */
  private Set<String> addToStages(List<Article> articles) {
    Set<String> touched = new LinkedHashSet<>();
    for (Article article : articles) {
      if (!provenance().contains(article.id())) {
        provenance().add(article);
      }
      touched.add(clusterer.assign(article).storyId());
    }
    clusterer.repair();
    provenance().commit();
    clusterer.save();
    for (Article article : articles) {
      String storyId = clusterer.storyIdOf(article.id()).orElse(null);
      articleIndex.put(article.id(), ArticleSummary.of(article, storyId));
    }
    return touched;
  }

  /**
   * Recomputes the lists from the stages; a story whose articles and label are unchanged keeps its
   * summary (its lineage cannot have changed). The caller holds the write lock.
   */
  private void rebuild() {
    Snapshot previous = snapshot;
    List<StorySummary> stories = new ArrayList<>();
    for (Story story : clusterer.stories()) {
      StorySummary known = previous == null ? null : previous.storiesById().get(story.id());
      if (known != null
          && known.articleIds().equals(story.articleIds())
          && known.label().equals(story.label() == null ? "" : story.label())) {
        stories.add(known);
        continue;
      }
      Lineage lineage = provenance().lineage(story.articleIds());
      Set<String> sites = new LinkedHashSet<>();
      for (String id : story.articleIds()) {
        ArticleSummary a = articleIndex.get(id);
        if (a != null && a.site() != null) {
          sites.add(a.site());
        }
      }
      int independent = Math.max(1, Math.min(story.size(), lineage.independentSources()));
      stories.add(
          new StorySummary(
              story.id(),
              story.label(),
              story.size(),
              independent,
              story.firstSeen() == null ? null : story.firstSeen().toString(),
              story.lastSeen() == null ? null : story.lastSeen().toString(),
              story.languages(),
              List.copyOf(sites),
              story.articleIds()));
    }
    publish(stories);
  }

  /** Makes {@code stories} and the article index the served lists; the caller holds the lock. */
  private void publish(List<StorySummary> unsorted) {
    List<StorySummary> stories = new ArrayList<>(unsorted);
    Map<String, String> storyOfArticle = new HashMap<>();
    for (StorySummary story : stories) {
      for (String id : story.articleIds()) {
        storyOfArticle.put(id, story.id());
      }
    }
    stories.sort(
        Comparator.comparing(
                (StorySummary s) -> s.lastSeen() == null ? "" : s.lastSeen(),
                Comparator.reverseOrder())
            .thenComparing(StorySummary::id));
    Map<String, StorySummary> byId = new HashMap<>();
    stories.forEach(s -> byId.put(s.id(), s));
    Map<String, ArticleSummary> articles = new LinkedHashMap<>();
    for (ArticleSummary a : articleIndex.values()) {
      ArticleSummary withStory = a.inStory(storyOfArticle.get(a.id()));
      articleIndex.put(a.id(), withStory);
      articles.put(a.id(), withStory);
    }
    List<ArticleSummary> newestFirst = new ArrayList<>(articles.values());
    Collections.reverse(newestFirst);
    snapshot =
        new Snapshot(
            version.incrementAndGet(),
            List.copyOf(stories),
            Map.copyOf(byId),
            List.copyOf(newestFirst),
            Collections.unmodifiableMap(articles));
    details.clear();
    textHits.clear();
  }

  @Override
  public long version() {
    return snapshot.version();
  }

  @Override
  public long articleCount() {
    return snapshot.articles().size();
  }

  @Override
  public int storyCount() {
    return snapshot.stories().size();
  }

  @Override
  public Page<StorySummary> stories(StoryQuery query) {
    Checks.notNull("query", query);
    Snapshot s = snapshot;
    List<StorySummary> candidates = s.stories();
    if (query.text() != null) {
      candidates = new ArrayList<>();
      for (String storyId : textHits(s, query).storyIds()) {
        StorySummary story = s.storiesById().get(storyId);
        if (story != null) {
          candidates.add(story);
        }
      }
    }
    String from = query.from() == null ? null : dayStart(query.from());
    String to = query.to() == null ? null : dayStart(query.to().plusDays(1));
    String source = query.source() == null ? null : query.source().toLowerCase(Locale.ROOT);
    String language = query.language() == null ? null : query.language().toLowerCase(Locale.ROOT);
    List<StorySummary> matching = new ArrayList<>();
    for (StorySummary story : candidates) {
      if (from != null && (story.lastSeen() == null || story.lastSeen().compareTo(from) < 0)) {
        continue;
      }
      if (to != null && (story.firstSeen() == null || story.firstSeen().compareTo(to) >= 0)) {
        continue;
      }
      if (language != null && !story.languages().contains(language)) {
        continue;
      }
      if (source != null
          && story.sites().stream()
              .noneMatch(site -> site.toLowerCase(Locale.ROOT).contains(source))) {
        continue;
      }
      if (story.independentSources() < query.minSources()) {
        continue;
      }
      matching.add(story);
    }
    return Page.of(matching, query.offset(), query.limit());
  }

  /**
   * The stories of a text query, best first. Each article hit costs the store a stored-document
   * read and a snippet (about 98% of a query's time at 100,000 articles), so the ranking is kept
   * per data version and query text and reused by later pages of the same query.
   */
  private TextHits textHits(Snapshot s, StoryQuery query) {
    // enough article hits to fill the page
    int hits = (int) Math.min(MAX_TEXT_HITS, Math.max(100L, (query.offset() + query.limit()) * 4L));
    String key = s.version() + "\u0000" + query.text();
    TextHits cached = textHits.get(key);
    if (cached != null && (cached.exhaustive() || cached.hits() >= hits)) {
      return cached;
    }
    List<ArticleStore.SearchHit> found = store.search(query.text(), hits);
    Set<String> rank = new LinkedHashSet<>();
    for (ArticleStore.SearchHit hit : found) {
      ArticleSummary a = s.articles().get(hit.articleId());
      if (a != null && a.storyId() != null) {
        rank.add(a.storyId());
      }
    }
    TextHits computed = new TextHits(hits, found.size() < hits, List.copyOf(rank));
    textHits.put(key, computed);
    return computed;
  }

  /** Instant.toString of midnight UTC, comparable as text with the stories' times. */
  private static String dayStart(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
  }

  @Override
  public Optional<StoryDetail> story(String id) {
    Snapshot s = snapshot;
    StorySummary summary = s.storiesById().get(id);
    if (summary == null) {
      return Optional.empty();
    }
    String key = s.version() + "/" + id;
    StoryDetail cached = details.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    StoryDetail detail = analyse(summary, s);
    details.put(key, detail);
    return Optional.of(detail);
  }

  private StoryDetail analyse(StorySummary summary, Snapshot s) {
    List<String> ids = summary.articleIds();
    List<String> wanted =
        ids.size() > MAX_ANALYSED_ARTICLES ? ids.subList(0, MAX_ANALYSED_ARTICLES) : ids;
    List<Article> articles = new ArrayList<>();
    for (String id : wanted) {
      store.get(id).ifPresent(articles::add);
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException(
          "story " + summary.id() + " has no stored article; the store and stories disagree");
    }
    List<String> analysed = articles.stream().map(Article::id).toList();
    Lineage lineage = provenance().lineage(analysed);
    StoryAnalysis analysis = analyzer.analyze(new Story(summary.id(), analysed), articles, lineage);
    List<Problem> problems = new ArrayList<>(analysis.problems());
    if (analysed.size() < ids.size()) {
      problems.add(
          Problem.warning(
              summary.id(),
              "truncated",
              "only "
                  + analysed.size()
                  + " of the story's "
                  + ids.size()
                  + " articles were analysed (the oldest ones that are stored)"));
    }
    List<ArticleSummary> members = new ArrayList<>();
    for (String id : ids) {
      ArticleSummary a = s.articles().get(id);
      if (a != null) {
        members.add(a);
      }
    }
    return new StoryDetail(
        summary, members, lineage, analysis.facts(), analysis.comparison(), problems);
  }

  @Override
  public Page<ArticleSummary> articles(int offset, int limit) {
    return Page.of(snapshot.articlesNewestFirst(), offset, limit);
  }

  @Override
  public Optional<ArticleDetail> article(String id) {
    ArticleSummary summary = snapshot.articles().get(id);
    if (summary == null) {
      return Optional.empty();
    }
    return store
        .get(id)
        .map(
            a ->
                new ArticleDetail(
                    summary, a.text(), a.blocks(), a.problems(), provenance().relationsOf(id)));
  }

  @Override
  public List<SearchResult> search(String query, int limit) {
    Snapshot s = snapshot;
    List<SearchResult> out = new ArrayList<>();
    for (ArticleStore.SearchHit hit : store.search(query, limit)) {
      ArticleSummary a = s.articles().get(hit.articleId());
      out.add(
          new SearchResult(
              hit.articleId(),
              hit.title(),
              hit.snippet(),
              hit.score(),
              a == null ? null : a.storyId()));
    }
    return out;
  }

  @Override
  public Optional<Alignment> align(String firstId, String secondId) {
    Optional<Article> first = store.get(firstId);
    Optional<Article> second = store.get(secondId);
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(provenance().aligner().align(first.get(), second.get()));
  }

  @Override
  public IngestResult ingest(List<String> inputs) {
    Checks.notNull("inputs", inputs);
    synchronized (writeLock) {
      List<Article> added = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();
      RunSummary summary =
          pipeline.ingest(
              inputs,
              new PipelineListener() {
                @Override
                public void article(Article article, Outcome outcome) {
                  if (outcome == Outcome.ADDED) {
                    added.add(article);
                  }
                }

                @Override
                public void problem(Problem problem) {
                  problems.add(problem);
                }
              });
      added.sort(Comparator.comparing(EmbeddedStoryView::timeOf));
      Set<String> touched = added.isEmpty() ? Set.of() : addToStages(added);
      if (!added.isEmpty()) {
        rebuild();
      }
      List<String> stories = new ArrayList<>();
      for (String id : touched) {
        clusterer.story(id).map(Story::id).ifPresent(stories::add);
      }
      return new IngestResult(
          summary.documents(),
          summary.added(),
          summary.repeats(),
          summary.failed(),
          added.stream().map(Article::id).toList(),
          stories.stream().distinct().toList(),
          problems);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        clusterer.save();
        closeProvenance();
      } finally {
        store.close();
      }
      // after the stages wrote their last files, so that the fingerprint sees them as they stay
      saveViewFile();
    }
  }
}
