package org.triangulate.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Argument checks for compact constructors; messages name the argument, its value and what to do.
 */
public final class Checks {
  private Checks() {}

  /** Returns {@code value}, or throws if it is null. */
  public static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null; pass a value");
    }
    return value;
  }

  /** Returns {@code value}, or throws if it is null or blank. */
  public static String notBlank(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          name + " must not be blank, got " + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }

  /** Throws unless {@code 0 <= start <= end <= length}. */
  public static void span(String name, int start, int end, int length) {
    if (start < 0 || end < start || end > length) {
      throw new IllegalArgumentException(
          name
              + " must satisfy 0 <= start <= end <= "
              + length
              + ", got ["
              + start
              + ", "
              + end
              + ")");
    }
  }

  /** Throws unless {@code 0 <= value <= 1}. */
  public static double unit(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
    return value;
  }

  /** Returns {@code value}, or throws if it is null, zero or negative. */
  public static Duration positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          name + " must be a positive duration such as Duration.ofSeconds(30), got " + value);
    }
    return value;
  }

  /** Null-safe equality, re-exported so records need one import. */
  public static boolean same(Object a, Object b) {
    return Objects.equals(a, b);
  }
}
