package org.triangulate.report;

import java.util.Locale;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.Story;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.Origin;
import org.triangulate.report.story.Escape;

/** Escaping and small formatting shared by the human-readable reports. */
final class Text {
  private Text() {}

  /** Escapes text for HTML element content and quoted attribute values. */
  static String html(String value) {
    return Escape.html(value);
  }

  /**
   * Escapes text for Markdown so that scraped strings never become markup, links or raw HTML; line
   * breaks become spaces when {@code inline}.
   */
  static String markdown(String value, boolean inline) {
    if (value == null) {
      return "";
    }
    String flat = inline ? value.replaceAll("\\s+", " ").strip() : value;
    StringBuilder out = new StringBuilder(flat.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      int marker = lineStart ? numberedItemMarker(flat, i) : -1;
      if (marker > 0) { // "12." at a line start would become a list item
        out.append(flat, i, marker).append('\\').append(flat.charAt(marker));
        i = marker;
        lineStart = false;
        continue;
      }
      if ("\\`*_{}[]<>|~&".indexOf(c) >= 0 || (lineStart && "#-+=>".indexOf(c) >= 0)) {
        out.append('\\');
      }
      out.append(c);
      lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
    }
    return out.toString();
  }

  /** The index of the {@code .} or {@code )} of {@code 12.} or {@code 3)} at {@code i}, or -1. */
  private static int numberedItemMarker(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    return j > i && j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')') ? j : -1;
  }

  /** A URL that is safe to link to: http or https only; null otherwise. */
  static String linkable(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }

  /**
   * A story's headline: the title of the origin of its largest lineage (the wire story, not the
   * copy that happened to be dated first), else the first article's.
   */
  static String headline(Story story, Analysis analysis, Map<String, Article> byId) {
    Lineage lineage = analysis.lineages().get(story.id());
    if (lineage != null) {
      Origin largest = null;
      for (Origin o : lineage.origins()) {
        if (largest == null || o.members().size() > largest.members().size()) {
          largest = o;
        }
      }
      if (largest != null && byId.containsKey(largest.id())) {
        return title(byId.get(largest.id()));
      }
      if (largest != null) { // an outlet outside the corpus: its oldest copy here
        for (String id : story.articleIds()) {
          if (largest.members().contains(id) && byId.containsKey(id)) {
            return title(byId.get(id));
          }
        }
      }
    }
    return title(byId.get(story.articleIds().get(0)));
  }

  static String title(Article article) {
    return article.title() == null || article.title().isBlank()
        ? "(untitled: " + article.source() + ")"
        : article.title();
  }

  static String published(PublicationDate date) {
    if (date == null) {
      return "unknown";
    }
    return date.iso()
        + " (from "
        + JsonReport.code(date.source().name())
        + ", confidence "
        + String.format(Locale.ROOT, "%.2f", date.confidence())
        + ")";
  }
}
