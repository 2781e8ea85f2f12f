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
 * @param articleIds its articles, oldest first
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
    if (size != articleIds.size()) {
      throw new IllegalArgumentException(
          "size must be the number of articles " + articleIds.size() + ", got " + size);
    }
  }
}
