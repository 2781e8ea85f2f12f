package org.triangulate.core.reuse;

import java.util.Locale;

/** How the two passages of a {@link PassagePair} match. */
public enum MatchKind {
  /** Same words after folding case, space and punctuation. */
  EXACT,
  /** Almost the same words (a few edits). */
  NEAR_EXACT,
  /** Same content in other words. */
  PARAPHRASE,
  /** Same content in another language, matched by names and numbers. */
  TRANSLATED;

  /** Lower-case name as written in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
