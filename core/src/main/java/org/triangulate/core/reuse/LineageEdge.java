package org.triangulate.core.reuse;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * One edge of a story's lineage: {@code copy} derives from {@code source}. When {@code direction}
 * is {@link Direction#UNKNOWN} the two are in id order and the edge only says they are related.
 *
 * @param copy id of the derived article
 * @param source id of the article it derives from
 * @param kind how it derives (never {@link RelationKind#UNRELATED})
 * @param score strength of the relation, in [0, 1]
 * @param direction whether the evidence decides who copied whom
 * @param evidence aligned passages, {@link PassagePair#first()} in the copy and {@link
 *     PassagePair#second()} in the source
 * @param reasons the evidence for the direction, in words ("published 3 h earlier")
 * @param attributionLoss the copy dropped the source's credit or its quotes
 * @param injectedContent the copy added an FAQ block, a generic closing paragraph or junk
 */
public record LineageEdge(
    String copy,
    String source,
    RelationKind kind,
    double score,
    Direction direction,
    List<PassagePair> evidence,
    List<String> reasons,
    boolean attributionLoss,
    boolean injectedContent) {
  public LineageEdge {
    Checks.notBlank("copy", copy);
    Checks.notBlank("source", source);
    Checks.notNull("kind", kind);
    if (kind == RelationKind.UNRELATED) {
      throw new IllegalArgumentException(
          "a lineage edge needs a relation, got unrelated for " + copy + " and " + source);
    }
    Checks.unit("score", score);
    Checks.notNull("direction", direction);
    evidence = List.copyOf(Checks.notNull("evidence", evidence));
    reasons = List.copyOf(Checks.notNull("reasons", reasons));
    for (PassagePair pair : evidence) {
      if (!pair.first().articleId().equals(copy) || !pair.second().articleId().equals(source)) {
        throw new IllegalArgumentException(
            "evidence must pair spans of copy "
                + copy
                + " with source "
                + source
                + ", got "
                + pair);
      }
    }
  }
}
