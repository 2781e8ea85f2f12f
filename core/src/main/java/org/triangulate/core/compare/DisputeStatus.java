package org.triangulate.core.compare;

import java.util.Locale;

/** Whether a disagreement is real or only one of scope. */
public enum DisputeStatus {
  /** Same quantity, scope and event with incompatible values: at least one side is wrong. */
  CONTRADICTION,
  /** The values differ because they are about different places, times or subjects. */
  SCOPE_DIFFERENCE;

  /** Lower-case name as written in reports: {@code scope-difference}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
