package org.triangulate.reuse;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.BlockKind;
import org.triangulate.core.Checks;
import org.triangulate.core.DateSource;
import org.triangulate.core.Problem;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.Attribution;
import org.triangulate.core.reuse.Direction;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.Origin;
import org.triangulate.core.reuse.RelationKind;

/**
 * The provenance engine: finds, for each article added, the earlier articles it copies or is copied
 * by, without comparing all pairs, and keeps the relations in an index under a folder so that later
 * runs add to it. Candidates come from sampled shingle fingerprints, MinHash bands and shared
 * names/numbers (in memory, rebuilt from the index on open) and, with an embedder, from sentence
 * vectors in a Lucene HNSW index; each candidate is then verified by the {@link Aligner}. Before
 * that, an in-memory {@link ArticleSketch} of every article (about 2 KiB) screens the pair: when no
 * sentence pair can match, the verdict ({@code independent} or {@code unrelated}) follows from the
 * names and numbers alone and the candidate is neither read back nor aligned. Candidates are
 * articles published within a window around the added one (default 30 days; the window never
 * excludes undated articles), and a key shared by more than a few articles inside that window is
 * skipped: so the work per article depends on how many articles a window holds, not on the length
 * of the history. The candidate cap bounds it further, and the sketches keep it from depending on
 * whether a candidate is still in the cache of analysed articles. Thread-safe: additions are
 * serialised.
 *
 * <pre>{@code
 * try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(store.resolve("reuse")).build()) {
 *   articles.forEach(engine::add);
 *   Lineage lineage = engine.lineage(story.articleIds());
 * }
 * }</pre>
 */
public final class ProvenanceEngine implements Closeable {
  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String VECTOR = "vector";
  private static final String SKETCH = "sketch";
  private static final int UNSEARCHABLE_LIMIT = 1_024;

  private final Aligner aligner;
  private final PassageEmbedder embedder;
  private final int maxCandidates;
  private final double partialCollapse;
  private final int maxVectorsPerArticle;
  private final int maxChars;
  private final boolean screening;
  private final long candidateWindowSeconds;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final CandidateIndex index = new CandidateIndex();
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Meta> metas = new HashMap<>();
  private final Map<String, List<Alignment>> relations = new HashMap<>();
  private final Map<String, AnalysedArticle> recent;
  // Articles written since the searcher was last refreshed: refreshing after every addition would
  // flush a tiny segment each time.
  private final Map<String, Article> unsearchable = new HashMap<>();
  private boolean searcherStale;
  private long candidateNanos;
  private long verifyNanos;
  private long indexNanos;
  private long candidatePairs;
  private long screenedPairs;
  private long readBack;
  private long sketchBytes;

  /**
   * What the engine keeps in memory of every article: enough for lineage without its text, and the
   * sketch that screens candidate pairs (null for articles indexed before sketches were stored).
   */
  private record Meta(
      String id,
      String site,
      OffsetDateTime time,
      long windowTime,
      List<Attribution> credits,
      ArticleSketch sketch) {
    List<Attribution> strongCredits() {
      return credits.stream().filter(Attribution::strong).toList();
    }
  }

  /**
   * What one {@link #add(Article)} found.
   *
   * @param articleId the article
   * @param relations its relations to articles added before (not unrelated ones)
   * @param problems what limited the comparison (too long, empty, boilerplate, unknown script)
   * @param repeat true when an article with this id was added before and nothing changed
   */
  public record AddResult(
      String articleId, List<Alignment> relations, List<Problem> problems, boolean repeat) {
    public AddResult {
      relations = List.copyOf(relations);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Work done so far, for benchmarks.
   *
   * @param articles articles indexed
   * @param candidatePairs candidate pairs verified (screened or aligned)
   * @param screenedPairs candidate pairs decided by their sketches, without reading the candidate
   *     back or aligning it
   * @param readBack candidates that were not in the cache of analysed articles: read back from the
   *     index (or the articles not yet searchable) and analysed again
   * @param candidateNanos CPU time of the adding threads spent analysing articles and finding
   *     candidates (wall-clock time where the JVM cannot measure thread CPU time), so that the load
   *     of other processes does not count
   * @param verifyNanos CPU time spent screening and aligning candidates
   * @param indexNanos CPU time spent writing the index (merges run in Lucene's own threads)
   * @param postingEntries entries in the in-memory candidate postings
   * @param postingKeys distinct keys in the in-memory candidate postings
   * @param sketchBytes approximate heap held by the sketches of all articles
   */
  public record Stats(
      int articles,
      long candidatePairs,
      long screenedPairs,
      long readBack,
      long candidateNanos,
      long verifyNanos,
      long indexNanos,
      long postingEntries,
      long postingKeys,
      long sketchBytes) {}

  private ProvenanceEngine(Builder b) throws IOException {
    this.embedder = b.embedder;
    this.aligner =
        Aligner.builder()
            .embedder(b.embedder)
            .maxChars(b.maxChars)
            .maxSentences(b.maxSentences)
            .build();
    this.maxCandidates = b.maxCandidates;
    this.partialCollapse = b.partialCollapse;
    this.maxVectorsPerArticle = b.maxVectorsPerArticle;
    this.maxChars = b.maxChars;
    this.screening = b.screening;
    this.candidateWindowSeconds = b.candidateWindow.getSeconds();
    int cacheSize = b.cacheSize;
    this.recent =
        new LinkedHashMap<>(256, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, AnalysedArticle> eldest) {
            return size() > cacheSize;
          }
        };
    if (b.folder != null) {
      Files.createDirectories(b.folder);
      directory = FSDirectory.open(b.folder);
    } else {
      directory = new ByteBuffersDirectory();
    }
    this.writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64));
    load();
    this.searchers = new SearcherManager(writer, null);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The aligner the engine verifies candidates with, for comparing two given articles. */
  public Aligner aligner() {
    return aligner;
  }

  /** Number of articles indexed. */
  public synchronized int size() {
    return ids.size();
  }

  /** Whether an article with this id was added. */
  public synchronized boolean contains(String articleId) {
    return metas.containsKey(articleId);
  }

  /**
   * Adds one article: finds and verifies its candidates among the articles added before, stores the
   * relations and indexes the article. Never throws for a bad article: problems are returned.
   */
  public synchronized AddResult add(Article article) {
    if (metas.containsKey(article.id())) {
      return new AddResult(article.id(), relationsOf(article.id()), List.of(), true);
    }
    long t0 = cpuNanos();
    AnalysedArticle analysed = aligner.analyse(article);
    List<Problem> problems = new ArrayList<>(analysed.problems());
    boolean embed =
        embedder != null
            && !analysed.sentences().isEmpty()
            && embedder.understands(analysed.script());
    if (embedder != null && !analysed.sentences().isEmpty() && !embed) {
      problems.add(
          new Problem(
              article.source(),
              "reuse-script",
              "the text is in the "
                  + analysed.script()
                  + " script, which the "
                  + embedder.name()
                  + " model does not know; only verbatim and name/number evidence was used",
              false));
    }
    float[][] vectors = embed ? embedSentences(analysed) : new float[0][];
    List<String> candidates = candidates(analysed, vectors);
    ArticleSketch sketch = ArticleSketch.of(analysed);
    long t1 = cpuNanos();
    List<Alignment> found = new ArrayList<>();
    for (String candidate : candidates) {
      Meta known = metas.get(candidate);
      if (screening && known != null && known.sketch() != null) {
        // Only pairs whose sketches say that some sentences may match are read back and aligned.
        ArticleSketch.Screen screen =
            ArticleSketch.screen(
                sketch, known.sketch(), embedder == null, ParaphraseScorer.LEXICAL.threshold());
        if (screen != ArticleSketch.Screen.ALIGN) {
          candidatePairs++;
          screenedPairs++;
          if (screen == ArticleSketch.Screen.INDEPENDENT) {
            found.add(independent(analysed, sketch, known));
          }
          continue;
        }
      }
      Optional<AnalysedArticle> other = analysed(candidate);
      if (other.isEmpty()) {
        continue;
      }
      Alignment alignment = aligner.align(analysed, other.get());
      candidatePairs++;
      if (alignment.kind() != RelationKind.UNRELATED) {
        found.add(alignment);
      }
    }
    long t2 = cpuNanos();
    try {
      index(analysed, sketch, vectors, found);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reuse index: " + e.getMessage(), e);
    }
    long t3 = cpuNanos();
    candidateNanos += t1 - t0;
    verifyNanos += t2 - t1;
    indexNanos += t3 - t2;
    return new AddResult(article.id(), found, problems, false);
  }

  /** Relations of one article with every article it was compared with, strongest first. */
  public synchronized List<Alignment> relationsOf(String articleId) {
    List<Alignment> out = new ArrayList<>(relations.getOrDefault(articleId, List.of()));
    out.sort(Comparator.comparingDouble(Alignment::score).reversed());
    return out;
  }

  /**
   * The lineage of a set of articles (usually one story): edges among them, copies collapsed onto
   * their origins, and the number of independent sources. Ids not added are counted as lineages of
   * their own.
   */
  public synchronized Lineage lineage(Collection<String> articleIds) {
    Set<String> members = new TreeSet<>(articleIds);
    Map<String, String> parent = new HashMap<>();
    for (String id : members) {
      parent.put(id, id);
    }
    List<LineageEdge> edges = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    Set<String> copies = new java.util.HashSet<>();
    for (String id : members) {
      for (Alignment a : relations.getOrDefault(id, List.of())) {
        String other = a.other(id);
        if (!members.contains(other) || !seen.add(a.firstId() + "\u0000" + a.secondId())) {
          continue;
        }
        if (!a.kind().isCopy()) {
          continue;
        }
        LineageEdge edge = a.edge().orElseThrow();
        edges.add(edge);
        boolean collapses =
            a.kind() != RelationKind.PARTIAL || copyCoverage(a, edge) >= partialCollapse;
        if (collapses) {
          union(parent, edge.copy(), edge.source());
          if (edge.direction() == Direction.KNOWN) {
            copies.add(edge.copy());
          }
        }
      }
    }
    Map<String, List<String>> groups = new TreeMap<>();
    for (String id : members) {
      groups.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
    }
    // Lineages whose origin credits the same outlet outside the corpus are one lineage.
    Set<String> corpusSites = new java.util.HashSet<>();
    for (String id : members) {
      Meta m = metas.get(id);
      if (m != null && m.site() != null) {
        corpusSites.add(m.site());
      }
    }
    Map<String, List<String>> external = new TreeMap<>();
    Map<String, String> externalNames = new HashMap<>();
    List<Origin> origins = new ArrayList<>();
    for (List<String> group : groups.values()) {
      List<String> roots = group.stream().filter(id -> !copies.contains(id)).toList();
      if (roots.isEmpty()) {
        roots = group;
      }
      String credited = null;
      for (String root : roots) {
        Meta m = metas.get(root);
        if (m == null) {
          continue;
        }
        for (Attribution c : m.strongCredits()) {
          String key = Attributions.key(c.name());
          boolean inCorpus =
              corpusSites.stream().anyMatch(site -> Attributions.sameOutlet(c.name(), site));
          if (!key.isEmpty() && !inCorpus) {
            credited = key;
            externalNames.putIfAbsent(key, c.name());
            break;
          }
        }
        if (credited != null) {
          break;
        }
      }
      if (credited != null) {
        external.computeIfAbsent(credited, k -> new ArrayList<>()).addAll(group);
        continue;
      }
      String origin =
          roots.stream().min(Comparator.comparing(this::timeOrMax).thenComparing(id -> id)).get();
      Meta m = metas.get(origin);
      origins.add(
          new Origin(
              origin,
              m == null ? null : m.site(),
              false,
              roots.size() == 1,
              group.stream().sorted().toList()));
    }
    for (Map.Entry<String, List<String>> e : external.entrySet()) {
      origins.add(
          new Origin(
              Origin.EXTERNAL_PREFIX + e.getKey(),
              externalNames.get(e.getKey()),
              true,
              true,
              e.getValue().stream().sorted().toList()));
    }
    origins.sort(Comparator.comparing(Origin::id));
    edges.sort(Comparator.comparing(LineageEdge::copy).thenComparing(LineageEdge::source));
    return new Lineage(edges, origins, origins.size());
  }

  /** Work counters since this engine was opened. */
  public synchronized Stats stats() {
    return new Stats(
        ids.size(),
        candidatePairs,
        screenedPairs,
        readBack,
        candidateNanos,
        verifyNanos,
        indexNanos,
        index.entries(),
        index.keys(),
        sketchBytes);
  }

  /** Makes everything added so far durable. */
  public synchronized void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the reuse index: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the reuse index: " + e.getMessage(), e);
    }
  }

  /**
   * The aligner's verdict on a pair none of whose sentences can match, built without aligning: it
   * depends only on the overlap of names and numbers (see {@link ArticleSketch}).
   */
  private static Alignment independent(AnalysedArticle a, ArticleSketch sketch, Meta other) {
    List<Attribution> credits = new ArrayList<>(a.attributions());
    credits.addAll(other.credits());
    double dice = Math.max(0, Math.min(1, ArticleSketch.anchorDice(sketch, other.sketch())));
    return new Alignment(
        a.id(),
        other.id(),
        RelationKind.INDEPENDENT,
        dice,
        0,
        0,
        List.of(),
        Direction.UNKNOWN,
        null,
        List.of(),
        credits,
        false,
        false);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  private static double copyCoverage(Alignment a, LineageEdge edge) {
    if (edge.direction() == Direction.UNKNOWN) {
      return Math.max(a.firstCoverage(), a.secondCoverage());
    }
    return edge.copy().equals(a.firstId()) ? a.firstCoverage() : a.secondCoverage();
  }

  private OffsetDateTime timeOrMax(String id) {
    Meta m = metas.get(id);
    return m == null || m.time() == null ? OffsetDateTime.MAX : m.time();
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.put(id, root);
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  private float[][] embedSentences(AnalysedArticle a) {
    List<String> passages = new ArrayList<>();
    String text = a.article().text();
    for (Sentence s : a.sentences()) {
      if (passages.size() >= maxVectorsPerArticle) {
        break;
      }
      passages.add(text.substring(s.start(), s.end()));
    }
    return embedder.embed(passages).toArray(new float[0][]);
  }

  private List<String> candidates(AnalysedArticle a, float[][] vectors) {
    long time = windowTime(a.article());
    Map<Integer, int[]> hits =
        index.hits(time, candidateWindowSeconds, a.fingerprints(), a.bands(), a.anchors());
    Map<String, Double> scores = new HashMap<>();
    int anchors = a.anchors().length;
    for (Map.Entry<Integer, int[]> e : hits.entrySet()) {
      int[] h = e.getValue();
      boolean verbatim = h[0] >= 2 || (h[0] >= 1 && a.fingerprints().length <= 4);
      boolean nearDuplicate = h[1] >= 1;
      boolean sameStory = h[2] >= 4 && (h[2] >= 0.2 * anchors || h[2] >= 8);
      if (verbatim || nearDuplicate || sameStory) {
        scores.put(ids.get(e.getKey()), 2.0 * h[0] + 3.0 * h[1] + h[2]);
      }
    }
    if (vectors.length > 0 && !ids.isEmpty()) {
      semanticCandidates(vectors, time, scores);
    }
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(maxCandidates)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Candidates from the sentence vectors. The nearest neighbours are searched over the whole index
   * and those outside the candidate window are dropped afterwards, so a story with many older
   * near-duplicates may find fewer in its window than the lexical channels would.
   */
  private void semanticCandidates(float[][] vectors, long time, Map<String, Double> scores) {
    try {
      if (searcherStale) {
        refresh();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        Map<String, Integer> counts = new HashMap<>();
        int limit = Math.min(vectors.length, 32);
        for (int k = 0; k < limit; k++) {
          TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, vectors[k], 8), 8);
          Set<String> perSentence = new LinkedHashSet<>();
          StoredFields stored = searcher.storedFields();
          for (ScoreDoc sd : top.scoreDocs) {
            double cosine = 2 * sd.score - 1;
            if (cosine >= 0.75) {
              perSentence.add(stored.document(sd.doc).get(ID));
            }
          }
          perSentence.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
          if (e.getValue() >= 2 && inWindow(time, e.getKey())) {
            scores.merge(e.getKey(), 1.5 * e.getValue(), Double::sum);
          }
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the reuse index: " + e.getMessage(), e);
    }
  }

  private Optional<AnalysedArticle> analysed(String id) {
    AnalysedArticle cached = recent.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    readBack++;
    Article pending = unsearchable.get(id);
    if (pending != null) {
      AnalysedArticle analysed = aligner.analyse(pending);
      recent.put(id, analysed);
      return Optional.of(analysed);
    }
    try {
      // Every article not in unsearchable is visible to the current searcher.
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
        if (top.scoreDocs.length == 0) {
          return Optional.empty();
        }
        Article article = readArticle(searcher.storedFields().document(top.scoreDocs[0].doc));
        AnalysedArticle analysed = aligner.analyse(article);
        recent.put(id, analysed);
        return Optional.of(analysed);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reuse index: " + e.getMessage(), e);
    }
  }

  private void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    searcherStale = false;
    unsearchable.clear();
  }

  private void index(
      AnalysedArticle a, ArticleSketch sketch, float[][] vectors, List<Alignment> found)
      throws IOException {
    Article article = a.article();
    int ordinal = ids.size();
    ids.add(article.id());
    index.add(ordinal, windowTime(article), a.fingerprints(), a.bands(), a.anchors());
    Meta meta = meta(article, a.attributions(), sketch);
    metas.put(article.id(), meta);
    sketchBytes += sketch.bytes();
    recent.put(article.id(), a);
    List<Document> docs = new ArrayList<>();
    docs.add(articleDocument(a, sketch));
    for (int k = 0; k < vectors.length; k++) {
      Document d = new Document();
      d.add(new StringField(TYPE, "sentence", Field.Store.NO));
      d.add(new StringField(ID, article.id(), Field.Store.YES));
      d.add(new KnnFloatVectorField(VECTOR, vectors[k], VectorSimilarityFunction.DOT_PRODUCT));
      docs.add(d);
    }
    for (Alignment alignment : found) {
      remember(alignment);
      Document d = new Document();
      d.add(new StringField(TYPE, "relation", Field.Store.YES));
      d.add(new StoredField("payload", AlignmentCodec.encode(alignment)));
      docs.add(d);
    }
    writer.addDocuments(docs);
    searcherStale = true;
    unsearchable.put(article.id(), article);
    if (unsearchable.size() >= UNSEARCHABLE_LIMIT) {
      refresh();
    }
  }

  private void remember(Alignment alignment) {
    relations.computeIfAbsent(alignment.firstId(), k -> new ArrayList<>()).add(alignment);
    relations.computeIfAbsent(alignment.secondId(), k -> new ArrayList<>()).add(alignment);
  }

  /**
   * The time the candidate window is measured on, in epoch seconds: the trustworthy publication
   * time, else {@link CandidateIndex#UNDATED}.
   */
  private static long windowTime(Article article) {
    OffsetDateTime time = AnalysedArticle.reliableTime(article);
    return time == null ? CandidateIndex.UNDATED : time.toEpochSecond();
  }

  /** Whether a candidate found by its vectors is within the window of a query at {@code time}. */
  private boolean inWindow(long time, String candidate) {
    if (time == CandidateIndex.UNDATED) {
      return true;
    }
    Meta m = metas.get(candidate);
    long other = m == null ? CandidateIndex.UNDATED : m.windowTime();
    return other == CandidateIndex.UNDATED || Math.abs(other - time) <= candidateWindowSeconds;
  }

  private static Meta meta(Article article, List<Attribution> credits, ArticleSketch sketch) {
    OffsetDateTime time = null;
    PublicationDate p = article.published();
    if (p != null && p.source() != DateSource.INGEST_TIME) {
      time = p.value();
    }
    return new Meta(
        article.id(), article.site(), time, windowTime(article), List.copyOf(credits), sketch);
  }

  private static Document articleDocument(AnalysedArticle a, ArticleSketch sketch) {
    Article article = a.article();
    Document d = new Document();
    d.add(new StringField(TYPE, "article", Field.Store.YES));
    d.add(new StringField(ID, article.id(), Field.Store.YES));
    d.add(new StoredField("source", article.source()));
    store(d, "site", article.site());
    store(d, "url", article.url());
    store(d, "title", article.title());
    d.add(new StoredField("language", article.language()));
    if (article.published() != null) {
      PublicationDate p = article.published();
      d.add(new StoredField("published", p.value().toString()));
      d.add(new StoredField("dayOnly", Boolean.toString(p.dayOnly())));
      d.add(new StoredField("dateSource", p.source().name()));
      d.add(new StoredField("dateConfidence", Double.toString(p.confidence())));
    }
    d.add(new StoredField("text", article.text()));
    StringBuilder blocks = new StringBuilder();
    for (Block b : article.blocks()) {
      blocks.append(b.kind().name()).append(',').append(b.start()).append(',').append(b.end());
      blocks.append(';');
    }
    d.add(new StoredField("blocks", blocks.toString()));
    long[] keys = CandidateIndex.pack(a.fingerprints(), a.bands(), a.anchors());
    ByteBuffer buffer = ByteBuffer.allocate(keys.length * Long.BYTES);
    for (long k : keys) {
      buffer.putLong(k);
    }
    d.add(new StoredField("keys", new BytesRef(buffer.array())));
    d.add(new StoredField(SKETCH, new BytesRef(sketch.encode())));
    return d;
  }

  private static void store(Document d, String name, String value) {
    if (value != null) {
      d.add(new StoredField(name, value));
    }
  }

  private static Article readArticle(Document d) {
    List<Block> blocks = new ArrayList<>();
    for (String b : d.get("blocks").split(";")) {
      if (!b.isEmpty()) {
        String[] v = b.split(",");
        blocks.add(
            new Block(BlockKind.valueOf(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2])));
      }
    }
    PublicationDate published = null;
    if (d.get("published") != null) {
      published =
          new PublicationDate(
              OffsetDateTime.parse(d.get("published")),
              Boolean.parseBoolean(d.get("dayOnly")),
              DateSource.valueOf(d.get("dateSource")),
              Double.parseDouble(d.get("dateConfidence")));
    }
    return new Article(
        d.get(ID),
        d.get("source"),
        d.get("site"),
        d.get("url"),
        null,
        d.get("title"),
        null,
        published,
        d.get("language"),
        d.get("text"),
        blocks,
        List.of());
  }

  /** Rebuilds the in-memory postings, metadata and relations from the index on disk. */
  private void load() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc);
          String type = d.get(TYPE);
          if ("article".equals(type)) {
            Article article = readArticle(d);
            BytesRef bytes = d.getBinaryValue("keys");
            ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
            long[] packed = new long[bytes.length / Long.BYTES];
            for (int k = 0; k < packed.length; k++) {
              packed[k] = buffer.getLong();
            }
            List<long[]> channels = CandidateIndex.split(packed);
            int ordinal = ids.size();
            ids.add(article.id());
            index.add(ordinal, windowTime(article), channels.toArray(new long[0][]));
            ArticleSketch sketch = storedSketch(d);
            if (sketch != null) {
              sketchBytes += sketch.bytes();
            }
            // The same credits as the analyser finds: within the analysed prefix.
            String text = article.text();
            List<Attribution> credits =
                Attributions.find(
                    article.id(), text.substring(0, Math.min(text.length(), maxChars)));
            metas.put(article.id(), meta(article, credits, sketch));
          } else if ("relation".equals(type)) {
            remember(AlignmentCodec.decode(d.get("payload")));
          }
        }
      }
    }
  }

  /**
   * The stored sketch of an article, or null when the index predates sketches or the bytes are
   * damaged: such an article is then always aligned, never screened.
   */
  private static ArticleSketch storedSketch(Document d) {
    BytesRef bytes = d.getBinaryValue(SKETCH);
    if (bytes == null) {
      return null;
    }
    try {
      return ArticleSketch.decode(bytes.bytes, bytes.offset, bytes.length);
    } catch (IllegalArgumentException e) {
      // Screening is only a shortcut; without the sketch the candidate is aligned in full.
      return null;
    }
  }

  /** Builds a {@link ProvenanceEngine}. */
  public static final class Builder {
    private Path folder;
    private PassageEmbedder embedder;
    private int maxCandidates = 30;
    private double partialCollapse = 0.5;
    private int maxChars = 200_000;
    private int maxSentences = 2_000;
    private int maxVectorsPerArticle = 64;
    private int cacheSize = 4_096;
    private boolean screening = true;
    private Duration candidateWindow = Duration.ofDays(30);

    private Builder() {}

    /** Folder of the persisted index (created if missing); without one the index is in memory. */
    public Builder folder(Path value) {
      folder = value;
      return this;
    }

    /** The model for the semantic channel; none (the default) means lexical evidence only. */
    public Builder embedder(PassageEmbedder value) {
      embedder = value;
      return this;
    }

    /** Candidates verified per added article at most (default 30). */
    public Builder maxCandidates(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxCandidates must be at least 1, got " + value);
      }
      maxCandidates = value;
      return this;
    }

    /**
     * Share of a partial copy that must be reused text for it to collapse onto its source in the
     * lineage (default 0.5); below it the copy counts as its own source that quotes another.
     */
    public Builder partialCollapse(double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("partialCollapse must be in [0, 1], got " + value);
      }
      partialCollapse = value;
      return this;
    }

    /** Characters of each article compared at most (default 200,000). */
    public Builder maxChars(int value) {
      maxChars = value;
      return this;
    }

    /** Sentences of each article compared at most (default 2,000). */
    public Builder maxSentences(int value) {
      maxSentences = value;
      return this;
    }

    /** Sentences of each article put in the vector index at most (default 64). */
    public Builder maxVectorsPerArticle(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxVectorsPerArticle must be at least 1, got " + value);
      }
      maxVectorsPerArticle = value;
      return this;
    }

    /** Analysed articles kept in memory for verification (default 4,096). */
    public Builder cacheSize(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("cacheSize must be at least 1, got " + value);
      }
      cacheSize = value;
      return this;
    }

    /**
     * Whether candidate pairs are first screened by their sketches (default true): pairs none of
     * whose sentences can match are decided without reading the candidate back or aligning it, with
     * the same verdict as the aligner's. False aligns every candidate (for duel tests and
     * benchmarks).
     */
    public Builder screening(boolean value) {
      screening = value;
      return this;
    }

    /**
     * How far apart in publication time two articles may be for one to be a candidate of the other
     * (default 30 days). Copies appear near their source in time; the window keeps the work per
     * article from growing with the length of the history, since a key (a shingle, a name) is
     * counted against its cap only among the articles inside the window. Articles without a
     * trustworthy publication time are never excluded by the window: an undated article is a
     * candidate of every article (its keys counted against the cap among the undated ones), and an
     * undated article's candidates come from the whole index. Copies republished later than the
     * window (a content farm recycling old wire copy) are not found: raise it for archival checks,
     * at a cost per article that grows with the articles a window holds.
     */
    public Builder candidateWindow(Duration value) {
      candidateWindow = Checks.positive("candidateWindow", value);
      return this;
    }

    /** Opens or creates the index; throws if the folder cannot be opened. */
    public ProvenanceEngine build() {
      try {
        return new ProvenanceEngine(this);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot open the reuse index in " + folder + ": " + e.getMessage(), e);
      }
    }
  }
}
