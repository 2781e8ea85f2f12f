package org.triangulate.server;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import org.triangulate.core.reuse.Alignment;

/**
 * Everything the server shows, behind one facade: the stored articles, the stories they form and,
 * per story, its lineage, facts and comparison. The server never reaches past this interface, so
 * that the data can come from the embedded stages ({@link EmbeddedStoryView}) or from the
 * pipeline's own per-story analysis. Implementations are thread-safe: reads run concurrently,
 * {@link #ingest} calls are serialised.
 */
public interface StoryView extends Closeable {

  /** A number that changes whenever articles or stories change; for clients that poll. */
  long version();

  /** Number of stored articles. */
  long articleCount();

  /** Number of stories. */
  int storyCount();

  /** Stories matching the query, newest first (best text match first when there is a text). */
  Page<StorySummary> stories(StoryQuery query);

  /** One story with its lineage, facts, claims, disputes, timeline and brief. */
  Optional<StoryDetail> story(String id);

  /** Stored articles, newest stored first. */
  Page<ArticleSummary> articles(int offset, int limit);

  /** One article with its text and its reuse relations to other articles. */
  Optional<ArticleDetail> article(String id);

  /** Full-text search over titles and texts, best first. */
  List<SearchResult> search(String query, int limit);

  /** Aligns two stored articles afresh; empty when either is unknown. */
  Optional<Alignment> align(String firstId, String secondId);

  /**
   * Reads, extracts and stores the inputs (paths, URLs), then adds the new articles to stories and
   * provenance. A bad document becomes a problem on the result.
   */
  IngestResult ingest(List<String> inputs);

  @Override
  void close();
}
