package org.triangulate.core;

/**
 * One block of an article's body (a heading, a paragraph, a list item or a block quote) as a range
 * of its text.
 *
 * @param kind what the block is
 * @param start first character in {@link Article#text()}, inclusive
 * @param end last character, exclusive
 */
public record Block(BlockKind kind, int start, int end) {
  public Block {
    Checks.notNull("kind", kind);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "block must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
    }
  }

  /** The block's text within {@code text}. */
  public String of(String text) {
    Checks.span("block", start, end, text.length());
    return text.substring(start, end);
  }
}
