package org.triangulate.core.reuse;

import java.util.Locale;

/** How one article relates to another that tells the same story. */
public enum RelationKind {
  /**
   * Near-verbatim copy, possibly with furniture (bylines, junk, closing lines) added or removed.
   */
  SYNDICATED,
  /** Some passages reused verbatim, the rest own text; with or without an attribution line. */
  PARTIAL,
  /** Paraphrased or spun copy: most of one derives from the other, reworded. */
  REWRITE,
  /** Copy across languages. */
  TRANSLATION,
  /** Same story, own reporting: shared names and numbers but no reused passages. */
  INDEPENDENT,
  /** Nothing in common worth reporting. */
  UNRELATED;

  /** Lower-case name as written in reports: {@code syndicated}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the kinds where one article derives from the other. */
  public boolean isCopy() {
    return this == SYNDICATED || this == PARTIAL || this == REWRITE || this == TRANSLATION;
  }
}
