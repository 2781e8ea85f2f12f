package org.triangulate.core.facts;

/** TimeML TIMEX3 types. */
public enum TimexType {
  /** A calendar date or period: {@code 2014}, {@code 2025-03-14}, {@code 2025-W11}. */
  DATE,
  /** A time of day: {@code 2025-03-14T17:00}. */
  TIME,
  /** A length of time: {@code P3Y}. */
  DURATION,
  /** A recurrence: {@code P1W} every week. */
  SET
}
