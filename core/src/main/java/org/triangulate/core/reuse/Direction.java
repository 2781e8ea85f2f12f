package org.triangulate.core.reuse;

import java.util.Locale;

/** Whether the evidence decides who copied whom. */
public enum Direction {
  /** Publication times, attribution or spun-copy marks name the source. */
  KNOWN,
  /** The evidence does not decide; copy and source are then in id order, not a claim. */
  UNKNOWN;

  /** Lower-case name as written in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
