package org.triangulate.server;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * What the story list shows of a story.
 *
 * @param id the story id
 * @param label a representative title
 * @param size number of articles
 * @param independentSources independent sources behind it (from provenance)
 * @param firstSeen ISO-8601 time of its oldest article, or null
 * @param lastSeen ISO-8601 time of its newest article, or null
 * @param languages languages of its articles, most frequent first
 * @param sites publishers of its articles, without repeats
 * @param articleIds its articles, oldest first; in story lists only the first {@value
 *     #LIST_ARTICLE_IDS} (see {@link #forList()}), so that a list of large stories stays small
 */
public record StorySummary(
    String id,
    String label,
    int size,
    int independentSources,
    String firstSeen,
    String lastSeen,
    List<String> languages,
    List<String> sites,
    List<String> articleIds) {
  public StorySummary {
    Checks.notBlank("id", id);
    label = label == null ? "" : label;
    languages = List.copyOf(Checks.notNull("languages", languages));
    sites = List.copyOf(Checks.notNull("sites", sites));
    articleIds = List.copyOf(Checks.notNull("articleIds", articleIds));
    if (size < articleIds.size()
        || (size != articleIds.size() && articleIds.size() < LIST_ARTICLE_IDS)) {
      throw new IllegalArgumentException(
          "size must be the number of articles "
              + articleIds.size()
              + " (or more when the ids are a list's first "
              + LIST_ARTICLE_IDS
              + "), got "
              + size);
    }
  }

  /** How many article ids a story carries in a story list. */
  public static final int LIST_ARTICLE_IDS = 20;

  /**
   * This summary as a story list shows it: the first {@value #LIST_ARTICLE_IDS} article ids only
   * ({@code size} still counts them all; the story page lists every article).
   */
  public StorySummary forList() {
    if (articleIds.size() <= LIST_ARTICLE_IDS) {
      return this;
    }
    return new StorySummary(
        id,
        label,
        size,
        independentSources,
        firstSeen,
        lastSeen,
        languages,
        sites,
        articleIds.subList(0, LIST_ARTICLE_IDS));
  }
}
