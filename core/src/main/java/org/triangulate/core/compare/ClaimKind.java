package org.triangulate.core.compare;

import java.util.Locale;

/** What a claim group is about. */
public enum ClaimKind {
  /** A number: how many, how much. */
  QUANTITY,
  /** Words attributed to a speaker. */
  QUOTE,
  /** When something happened. */
  EVENT_DATE,
  /** Who holds a role ("the mayor of Pellvar is ..."). */
  IDENTIFICATION;

  /** Lower-case name as written in reports: {@code event-date}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
