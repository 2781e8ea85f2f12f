package org.triangulate.reuse;

import java.time.OffsetDateTime;
import java.util.List;
import org.triangulate.core.Article;
import org.triangulate.core.DateSource;
import org.triangulate.core.Problem;
import org.triangulate.core.reuse.Attribution;

/**
 * What the provenance engine knows of one article: its sentences, fingerprints and the marks that
 * tell copies from sources. Immutable.
 *
 * @param article the article
 * @param sentences its sentences (junk and furniture left out), within the analysed prefix
 * @param analysedChars how much of the text was analysed (the rest is beyond the cap)
 * @param contentChars characters in {@code sentences}
 * @param fingerprints sampled hashes of five-word shingles, for partial and verbatim reuse
 * @param bands MinHash band keys, for near-duplicate detection
 * @param anchors hashes of the names and numbers of the article, for same-story candidates
 * @param attributions credit lines
 * @param faq whether the text holds an FAQ block
 * @param genericClosing whether it ends on a stock closing line
 * @param junkSentences sentences left out as junk (newsletter, cookie, share lines)
 * @param script the dominant script of its letters, such as {@code LATIN}
 * @param problems what limited the analysis
 */
record AnalysedArticle(
    Article article,
    List<Sentence> sentences,
    int analysedChars,
    int contentChars,
    long[] fingerprints,
    long[] bands,
    long[] anchors,
    List<Attribution> attributions,
    boolean faq,
    boolean genericClosing,
    int junkSentences,
    String script,
    List<Problem> problems) {

  String id() {
    return article.id();
  }

  /** The publication time if it is trustworthy enough to order articles, else null. */
  OffsetDateTime reliableTime() {
    return reliableTime(article);
  }

  /**
   * The publication time of an article if it is trustworthy enough to order articles, else null.
   */
  static OffsetDateTime reliableTime(Article article) {
    var published = article.published();
    if (published == null
        || published.source() == DateSource.INGEST_TIME
        || published.confidence() < 0.3) {
      return null;
    }
    return published.value();
  }

  boolean dayOnly() {
    return article.published() != null && article.published().dayOnly();
  }

  boolean injected() {
    return faq || genericClosing || junkSentences > 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnalysedArticle that && article.equals(that.article);
  }

  @Override
  public int hashCode() {
    return article.hashCode();
  }

  @Override
  public String toString() {
    return "AnalysedArticle[" + article.id() + ", " + sentences.size() + " sentences]";
  }
}
