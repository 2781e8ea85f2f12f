package org.triangulate.core;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * A group of articles that tell the same real-world story.
 *
 * @param id stable story id
 * @param articleIds ids of its articles, oldest first, without repeats
 * @param label a representative title or key terms; empty when unknown
 * @param firstSeen time of its oldest article, or null when unknown
 * @param lastSeen time of its newest article, or null when unknown
 * @param languages the languages of its articles (ISO 639-1 or {@code und}), most frequent first
 * @param independentSources number of independent sources behind it from provenance, or null until
 *     provenance is known; see {@link #independentSourceCount()}
 * @param problems what is doubtful about it (undated or misdated articles, near-empty texts), never
 *     null
 */
public record Story(
    String id,
    List<String> articleIds,
    String label,
    Instant firstSeen,
    Instant lastSeen,
    List<String> languages,
    Integer independentSources,
    List<Problem> problems) {
  public Story {
    Checks.notBlank("id", id);
    articleIds = List.copyOf(Checks.notNull("articleIds", articleIds));
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " must have at least one article");
    }
    if (articleIds.stream().distinct().count() != articleIds.size()) {
      throw new IllegalArgumentException(
          "story " + id + " lists an article twice, got " + articleIds + "; remove the repeats");
    }
    label = label == null ? "" : label;
    if ((firstSeen == null) != (lastSeen == null)
        || (firstSeen != null && lastSeen.isBefore(firstSeen))) {
      throw new IllegalArgumentException(
          "story "
              + id
              + " must have both or neither of firstSeen <= lastSeen, got "
              + firstSeen
              + " and "
              + lastSeen);
    }
    languages = List.copyOf(Checks.notNull("languages", languages));
    if (independentSources != null
        && (independentSources < 1 || independentSources > articleIds.size())) {
      throw new IllegalArgumentException(
          "story "
              + id
              + " independentSources must be in [1, "
              + articleIds.size()
              + "] or null, got "
              + independentSources);
    }
    problems = List.copyOf(Checks.notNull("problems", problems));
  }

  /** A story known only by its articles: no label, times, languages, sources or problems. */
  public Story(String id, List<String> articleIds) {
    this(id, articleIds, "", null, null, List.of(), null, List.of());
  }

  /** Number of articles. */
  public int size() {
    return articleIds.size();
  }

  /** The independent-source count, empty until provenance has been computed. */
  public OptionalInt independentSourceCount() {
    return independentSources == null ? OptionalInt.empty() : OptionalInt.of(independentSources);
  }

  /** This story with the independent-source count from provenance. */
  public Story withIndependentSources(int count) {
    return new Story(id, articleIds, label, firstSeen, lastSeen, languages, count, problems);
  }
}
