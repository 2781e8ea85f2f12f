package org.triangulate.cli;

/** Text from scraped documents made safe for a terminal. */
final class CliText {
  private CliText() {}

  /** Replaces control characters (terminal escapes, line breaks) by a space. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    return out.toString().strip();
  }

  /** Keeps line breaks but replaces every other control character (terminal escapes) by a space. */
  static String lines(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> out.appendCodePoint(cp != '\n' && Character.isISOControl(cp) ? ' ' : cp));
    return out.toString();
  }

  /** {@code line} cut to {@code columns} characters, ending in an ellipsis when cut. */
  static String fit(String line, int columns) {
    return line.length() <= columns ? line : line.substring(0, columns - 1) + "\u2026";
  }

  /** Markdown written for files, for a terminal: a backslash before punctuation is dropped. */
  static String unescapeMarkdown(String markdown) {
    return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
  }
}
