package org.triangulate.core.facts;

/**
 * What a number is about, taken from its sentence; each part may be null.
 *
 * @param place where ("Mali", "the port of Velra")
 * @param time when, as written ("on Thursday", "in 2014")
 * @param subject who or what did or suffered it ("the army", "protesters")
 */
public record ClaimScope(String place, String time, String subject) {
  /** A scope with nothing known. */
  public static final ClaimScope NONE = new ClaimScope(null, null, null);

  /** True when nothing is known. */
  public boolean isEmpty() {
    return place == null && time == null && subject == null;
  }
}
