package org.triangulate.facts;

/**
 * A half-open range of characters in a text, used between the extractors of this package.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record TextRange(int start, int end) {
  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("range must satisfy 0 <= start <= end, got " + this);
    }
  }

  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }

  public boolean contains(int position) {
    return position >= start && position < end;
  }
}
