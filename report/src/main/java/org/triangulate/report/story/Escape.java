package org.triangulate.report.story;

/** Escaping for scraped strings: they must never become markup, links or script. */
public final class Escape {
  private Escape() {}

  /** Escapes for HTML and SVG text and quoted attribute values. */
  public static String html(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append('\uFFFD');
          } else if (Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < value.length()
                  && Character.isLowSurrogate(value.charAt(i + 1)))
              && !(Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(value.charAt(i - 1)))) {
            out.append('\uFFFD'); // a lone surrogate is not valid in XML
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Escapes for inline Markdown: line breaks become spaces, and every character that could start
   * markup, a link, an HTML tag or a table cell boundary is backslash-escaped.
   */
  static String markdown(String value) {
    if (value == null) {
      return "";
    }
    String flat = value.replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if ("\\`*_{}[]()<>|~&#!+-=.".indexOf(c) >= 0
          && (c != '.' && c != '-' || i == 0 || isMarker(flat, i))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A '.' after leading digits ("12.") or a '-' at the start would make a list item. */
  private static boolean isMarker(String s, int i) {
    if (s.charAt(i) == '-') {
      return i == 0;
    }
    for (int j = 0; j < i; j++) {
      if (!Character.isDigit(s.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Shortens to at most {@code max} characters at a word boundary, with an ellipsis. */
  static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    return flat.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
  }
}
