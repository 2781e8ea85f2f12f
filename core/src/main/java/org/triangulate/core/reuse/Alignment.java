package org.triangulate.core.reuse;

import java.util.List;
import java.util.Optional;
import org.triangulate.core.Checks;

/**
 * The result of comparing two articles: aligned passages, the relation they show, and who copied
 * whom if the evidence decides.
 *
 * @param firstId the first article as given to the aligner
 * @param secondId the second article
 * @param kind the relation
 * @param score strength of the relation, in [0, 1]
 * @param firstCoverage share of the first article's analysed text covered by aligned passages
 * @param secondCoverage share of the second article's analysed text covered by aligned passages
 * @param pairs aligned passages, in the order of the first article
 * @param direction whether the evidence decides who copied whom
 * @param sourceId the article judged to be the source, or null when the direction is unknown or the
 *     kind is not a copy
 * @param reasons the evidence for the direction, in words
 * @param attributions credit lines found in either article
 * @param attributionLoss the copy dropped the source's credit or its quotes
 * @param injectedContent the copy added an FAQ block, a generic closing paragraph or junk
 */
public record Alignment(
    String firstId,
    String secondId,
    RelationKind kind,
    double score,
    double firstCoverage,
    double secondCoverage,
    List<PassagePair> pairs,
    Direction direction,
    String sourceId,
    List<String> reasons,
    List<Attribution> attributions,
    boolean attributionLoss,
    boolean injectedContent) {
  public Alignment {
    Checks.notBlank("firstId", firstId);
    Checks.notBlank("secondId", secondId);
    Checks.notNull("kind", kind);
    Checks.unit("score", score);
    Checks.unit("firstCoverage", firstCoverage);
    Checks.unit("secondCoverage", secondCoverage);
    pairs = List.copyOf(Checks.notNull("pairs", pairs));
    Checks.notNull("direction", direction);
    reasons = List.copyOf(Checks.notNull("reasons", reasons));
    attributions = List.copyOf(Checks.notNull("attributions", attributions));
    if (sourceId != null && !sourceId.equals(firstId) && !sourceId.equals(secondId)) {
      throw new IllegalArgumentException(
          "sourceId must be " + firstId + " or " + secondId + ", got " + sourceId);
    }
    if ((direction == Direction.KNOWN) != (sourceId != null)) {
      throw new IllegalArgumentException(
          "sourceId must be set exactly when the direction is known, got "
              + direction
              + " with sourceId "
              + sourceId);
    }
  }

  /** The id of the other article of the pair. */
  public String other(String id) {
    if (id.equals(firstId)) {
      return secondId;
    }
    if (id.equals(secondId)) {
      return firstId;
    }
    throw new IllegalArgumentException(id + " is neither " + firstId + " nor " + secondId);
  }

  /**
   * The lineage edge this alignment shows, oriented copy to source (id order when the direction is
   * unknown); empty for unrelated articles.
   */
  public Optional<LineageEdge> edge() {
    if (kind == RelationKind.UNRELATED) {
      return Optional.empty();
    }
    boolean firstIsCopy =
        sourceId != null ? sourceId.equals(secondId) : firstId.compareTo(secondId) >= 0;
    List<PassagePair> evidence =
        firstIsCopy ? pairs : pairs.stream().map(PassagePair::swapped).toList();
    return Optional.of(
        new LineageEdge(
            firstIsCopy ? firstId : secondId,
            firstIsCopy ? secondId : firstId,
            kind,
            score,
            direction,
            evidence,
            reasons,
            attributionLoss,
            injectedContent));
  }
}
