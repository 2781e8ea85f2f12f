package org.triangulate.core;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The embedded store: articles kept across runs, searchable. Writes become durable at {@link
 * #commit()}; a process killed between commits loses only what it wrote since the last one.
 * Implementations are thread-safe.
 */
public interface ArticleStore extends Closeable {

  /** What happened to one {@link #put(Article)}. */
  enum PutOutcome {
    /** The article was new and is stored. */
    ADDED,
    /** An article with the same id was stored before; nothing changed. */
    REPEAT
  }

  /** Stores the article unless one with its id is there already. */
  PutOutcome put(Article article);

  Optional<Article> get(String id);

  /** Number of stored articles, committed or not. */
  long size();

  /** Visits every stored article, in insertion order. */
  void forEach(Consumer<Article> visitor);

  /** Full-text search over titles and texts, best first. */
  List<SearchHit> search(String query, int limit);

  /** Makes everything written so far durable. */
  void commit();

  /** Commits and releases the store. */
  @Override
  void close();

  /**
   * One search result.
   *
   * @param articleId the article
   * @param title its title, or null
   * @param score relevance, higher is better
   * @param snippet a short excerpt of the text around the match
   */
  record SearchHit(String articleId, String title, double score, String snippet) {}
}
