package org.triangulate.core.reuse;

import org.triangulate.core.Checks;
import org.triangulate.core.Span;

/**
 * Two aligned passages, one in each article, as evidence of reuse.
 *
 * @param first the passage in the first article ({@code [start, end)} in its text)
 * @param second the matching passage in the second article
 * @param similarity how alike they are, in [0, 1]
 * @param match how they match
 */
public record PassagePair(Span first, Span second, double similarity, MatchKind match) {
  public PassagePair {
    Checks.notNull("first", first);
    Checks.notNull("second", second);
    Checks.unit("similarity", similarity);
    Checks.notNull("match", match);
    if (first.articleId().equals(second.articleId())) {
      throw new IllegalArgumentException(
          "a passage pair joins two articles, got both in " + first.articleId());
    }
  }

  /** The same pair with its sides swapped. */
  public PassagePair swapped() {
    return new PassagePair(second, first, similarity, match);
  }
}
