package org.triangulate.core.compare;

import java.util.Locale;

/** How well a claim is supported. */
public enum ClaimStatus {
  /** Two or more independent lineages state it and none contradicts it. */
  CORROBORATED,
  /** Only one lineage states it (however many copies repeat it). */
  SINGLE_SOURCE,
  /** Another claim about the same thing and scope is incompatible with it. */
  DISPUTED;

  /** Lower-case name as written in reports: {@code single-source}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
