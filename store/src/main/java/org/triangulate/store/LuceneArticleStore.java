package org.triangulate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleStore;
import org.triangulate.core.Checks;

/**
 * The embedded store: a Lucene index in a data folder ({@code FOLDER/index}). Articles are kept
 * whole (every field round-trips exactly) and their titles and texts are searchable.
 *
 * <p>Writes are committed in batches ({@link Builder#commitEvery(int)}), and at {@link #commit()}
 * and {@link #close()}. Lucene commits are atomic: a process killed mid-write leaves the last
 * commit readable, and re-running the same ingest turns the committed articles into {@link
 * PutOutcome#REPEAT}s and adds the rest. One process at a time may write a folder; a second one
 * gets a {@link StoreLockedException} that says what to do. {@link #openReadOnly(Path)} reads the
 * last commit of a folder even while another process writes it.
 *
 * <p>Thread-safe: writes and id look-ups are serialised, searches run concurrently.
 */
public final class LuceneArticleStore implements ArticleStore {
  /** The default data folder, relative to the working directory. */
  public static final Path DEFAULT_FOLDER = Path.of("triangulate-data");

  /** Articles written between automatic commits unless {@link Builder#commitEvery} says else. */
  public static final int DEFAULT_COMMIT_EVERY = 500;

  static final String INDEX_FOLDER = "index";
  private static final String ID = "id";
  private static final String SEQ = "seq";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String LANGUAGE = "language";
  private static final String BODY = "article";
  private static final int REFRESH_EVERY = 256;
  private static final int PAGE = 512;
  private static final int SNIPPET_BEFORE = 60;
  private static final int SNIPPET_LENGTH = 200;

  private final Path folder;
  private final Directory directory;
  private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers;
  private final int commitEvery;
  private final Set<String> unrefreshedIds = new HashSet<>();
  private long nextSeq;
  private long size;
  private int sinceCommit;
  private boolean closed;

  private LuceneArticleStore(Path folder, int commitEvery, boolean readOnly) throws IOException {
    this.folder = folder;
    this.commitEvery = commitEvery;
    Path index = folder.resolve(INDEX_FOLDER);
    if (readOnly && !indexExists(index)) {
      throw new IllegalArgumentException(
          "no store at "
              + folder
              + "; run 'triangulate ingest PATH...' first or pass the right folder with --store DIR");
    }
    Files.createDirectories(index);
    directory = FSDirectory.open(index);
    if (readOnly) {
      writer = null;
      searchers = new SearcherManager(directory, null);
    } else {
      var config =
          new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter opened;
      try {
        opened = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new StoreLockedException(folder, e);
      }
      writer = opened;
      writer.commit(); // an empty folder becomes a readable store at once
      searchers = new SearcherManager(writer, null);
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      size = searcher.getIndexReader().numDocs();
      nextSeq = maxSeq(searcher) + 1;
    } finally {
      searchers.release(searcher);
    }
  }

  /** Opens (creating if needed) the store in {@code folder} for reading and writing. */
  public static LuceneArticleStore open(Path folder) {
    return builder(folder).open();
  }

  /**
   * Opens the last commit of an existing store for reading only; works while another process writes
   * the folder. Writes throw {@link UnsupportedOperationException}.
   *
   * @throws IllegalArgumentException if there is no store in {@code folder}
   */
  public static LuceneArticleStore openReadOnly(Path folder) {
    Checks.notNull("folder", folder);
    try {
      return new LuceneArticleStore(folder, DEFAULT_COMMIT_EVERY, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the store " + folder + ": " + e.getMessage(), e);
    }
  }

  /** A builder for a store in {@code folder}. */
  public static Builder builder(Path folder) {
    return new Builder(Checks.notNull("folder", folder));
  }

  /** Settings of a writable store. */
  public static final class Builder {
    private final Path folder;
    private int commitEvery = DEFAULT_COMMIT_EVERY;

    private Builder(Path folder) {
      this.folder = folder;
    }

    /** Commits automatically after this many added articles (at least 1). */
    public Builder commitEvery(int articles) {
      if (articles < 1) {
        throw new IllegalArgumentException("commitEvery must be at least 1, got " + articles);
      }
      commitEvery = articles;
      return this;
    }

    /**
     * Opens the store, creating the folder if needed.
     *
     * @throws StoreLockedException if another process has the folder open
     */
    public LuceneArticleStore open() {
      try {
        return new LuceneArticleStore(folder, commitEvery, false);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot open the store " + folder + ": " + e.getMessage(), e);
      }
    }
  }

  /** The data folder. */
  public Path folder() {
    return folder;
  }

  @Override
  public synchronized PutOutcome put(Article article) {
    Checks.notNull("article", article);
    ensureWritable();
    try {
      if (contains(article.id())) {
        return PutOutcome.REPEAT;
      }
      writer.addDocument(document(article, nextSeq++));
      unrefreshedIds.add(article.id());
      size++;
      if (++sinceCommit >= commitEvery) {
        commit();
      } else if (unrefreshedIds.size() >= REFRESH_EVERY) {
        refresh();
      }
      return PutOutcome.ADDED;
    } catch (IOException e) {
      throw failure("store article " + article.id(), e);
    }
  }

  @Override
  public Optional<Article> get(String id) {
    Checks.notNull("id", id);
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(load(searcher, top.scoreDocs[0].doc));
        });
  }

  @Override
  public synchronized long size() {
    return size;
  }

  @Override
  public void forEach(Consumer<Article> visitor) {
    Checks.notNull("visitor", visitor);
    withSearcher(
        searcher -> {
          Sort bySeq = new Sort(new SortField(SEQ, SortField.Type.LONG));
          ScoreDoc after = null;
          while (true) {
            TopDocs page =
                after == null
                    ? searcher.search(new MatchAllDocsQuery(), PAGE, bySeq)
                    : searcher.searchAfter(after, new MatchAllDocsQuery(), PAGE, bySeq);
            for (ScoreDoc hit : page.scoreDocs) {
              visitor.accept(load(searcher, hit.doc));
            }
            if (page.scoreDocs.length < PAGE) {
              return null;
            }
            after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
          }
        });
  }

  /**
   * Full-text search over titles (weighted double) and texts. The query is in Lucene's simple
   * syntax: words must all match, {@code "a phrase"}, {@code a | b} for either, {@code -word} to
   * exclude, {@code prefix*}. Never throws for odd syntax.
   */
  @Override
  public List<SearchHit> search(String query, int limit) {
    Checks.notBlank("query", query);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    var parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2.0f, TEXT, 1.0f));
    parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
    Query parsed = parser.parse(query);
    if (parsed == null) {
      return List.of(); // nothing searchable in the query, e.g. only punctuation
    }
    Set<Term> terms = new HashSet<>();
    parsed.visit(QueryVisitor.termCollector(terms));
    Set<String> words = new HashSet<>();
    terms.forEach(term -> words.add(term.text()));
    return withSearcher(
        searcher -> {
          List<SearchHit> hits = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(parsed, limit).scoreDocs) {
            Article article = load(searcher, hit.doc);
            hits.add(
                new SearchHit(
                    article.id(), article.title(), hit.score, snippet(article.text(), words)));
          }
          return hits;
        });
  }

  @Override
  public synchronized void commit() {
    ensureWritable();
    try {
      writer.commit();
      sinceCommit = 0;
      refresh();
    } catch (IOException e) {
      throw failure("commit", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      searchers.close();
      if (writer != null) {
        writer.commit();
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw failure("close", e);
    }
  }

  @Override
  public String toString() {
    return "LuceneArticleStore[" + folder + (writer == null ? ", read-only]" : "]");
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    IndexSearcher searcher;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the store " + folder + " is closed; open it again");
      }
      if (!unrefreshedIds.isEmpty()) {
        refresh();
      }
      try {
        searcher = searchers.acquire();
      } catch (IOException e) {
        throw failure("read", e);
      }
    }
    try {
      return work.run(searcher);
    } catch (IOException e) {
      throw failure("read", e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw failure("release a reader", e);
      }
    }
  }

  private boolean contains(String id) throws IOException {
    if (unrefreshedIds.contains(id)) {
      return true;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(new TermQuery(new Term(ID, id))) > 0;
    } finally {
      searchers.release(searcher);
    }
  }

  private void refresh() {
    try {
      searchers.maybeRefreshBlocking();
      unrefreshedIds.clear();
    } catch (IOException e) {
      throw failure("refresh the reader", e);
    }
  }

  private void ensureWritable() {
    if (writer == null) {
      throw new UnsupportedOperationException(
          "the store " + folder + " was opened read-only; use LuceneArticleStore.open to write");
    }
    if (closed) {
      throw new IllegalStateException("the store " + folder + " is closed; open it again");
    }
  }

  private UncheckedIOException failure(String what, IOException e) {
    return new UncheckedIOException(
        "store " + folder + ": cannot " + what + ": " + e.getMessage(), e);
  }

  private static Document document(Article article, long seq) {
    var doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.NO));
    doc.add(new StringField(LANGUAGE, article.language(), Field.Store.NO));
    doc.add(new NumericDocValuesField(SEQ, seq));
    if (article.title() != null) {
      doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
    }
    doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
    doc.add(new StoredField(BODY, new BytesRef(ArticleCodec.encode(article))));
    return doc;
  }

  private static Article load(IndexSearcher searcher, int doc) throws IOException {
    BytesRef bytes = searcher.storedFields().document(doc, Set.of(BODY)).getBinaryValue(BODY);
    if (bytes == null) {
      throw new IllegalStateException("stored document " + doc + " has no article body");
    }
    return ArticleCodec.decode(bytes.bytes, bytes.offset, bytes.length);
  }

  private static boolean indexExists(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Directory existing = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(existing);
    }
  }

  private static long maxSeq(IndexSearcher searcher) throws IOException {
    long max = -1;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(SEQ);
      if (values == null) {
        continue;
      }
      while (values.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
        max = Math.max(max, values.longValue());
      }
    }
    return max;
  }

  /** A window of the text around the first matched word, cut at spaces, on one line. */
  String snippet(String text, Set<String> words) {
    int hit = Math.max(0, Snippets.firstMatch(analyzer, text, words));
    int start = Math.max(0, hit - SNIPPET_BEFORE);
    while (start > 0 && start < hit && !Character.isWhitespace(text.charAt(start - 1))) {
      start++; // do not begin inside a word
    }
    int end = Math.min(text.length(), start + SNIPPET_LENGTH);
    while (end < text.length() && end > hit + 1 && !Character.isWhitespace(text.charAt(end))) {
      end--; // do not end inside a word
    }
    String window = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + window + (end < text.length() ? "…" : "");
  }
}
