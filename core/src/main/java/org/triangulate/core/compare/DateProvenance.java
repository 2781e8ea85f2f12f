package org.triangulate.core.compare;

import java.util.Locale;

/** Where the date of a timeline entry comes from. */
public enum DateProvenance {
  /** Written out in the text ("13 March 2025", "in 1978"). */
  STATED,
  /** Resolved against the publication date ("on Thursday", "last month", "a year ago"). */
  RELATIVE,
  /**
   * Assumed: a deictic word taken as the publication day ("this morning"), or a year supplied for a
   * date written without one.
   */
  INFERRED;

  /** Lower-case name as written in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
