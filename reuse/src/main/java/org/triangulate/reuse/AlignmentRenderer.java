package org.triangulate.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.Attribution;
import org.triangulate.core.reuse.PassagePair;

/**
 * Renders an {@link Alignment} for a terminal: a header with kind, score and direction, then the
 * aligned passages side by side in two columns that fit the given width. Plain text, no escape
 * codes, so it is safe for any terminal and for logs.
 */
public final class AlignmentRenderer {
  private final int width;

  /** A renderer for a terminal {@code width} columns wide (at least 40). */
  public AlignmentRenderer(int width) {
    if (width < 40) {
      throw new IllegalArgumentException("width must be at least 40 columns, got " + width);
    }
    this.width = width;
  }

  public String render(Alignment alignment, Article first, Article second) {
    if (!first.id().equals(alignment.firstId()) || !second.id().equals(alignment.secondId())) {
      throw new IllegalArgumentException(
          "articles "
              + first.id()
              + " and "
              + second.id()
              + " are not those of the alignment "
              + alignment.firstId()
              + " and "
              + alignment.secondId());
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "kind: %s   score: %.2f   direction: %s%n",
            alignment.kind().label(),
            alignment.score(),
            alignment.direction().label()));
    if (alignment.sourceId() != null) {
      out.append("source: ").append(alignment.sourceId()).append('\n');
    }
    out.append(
        String.format(
            Locale.ROOT,
            "covered: %.0f%% of A, %.0f%% of B   passages: %d%n",
            100 * alignment.firstCoverage(),
            100 * alignment.secondCoverage(),
            alignment.pairs().size()));
    for (String reason : alignment.reasons()) {
      out.append("  - ").append(reason).append('\n');
    }
    for (Attribution a : alignment.attributions()) {
      out.append("  credit in ")
          .append(a.span().articleId())
          .append(": ")
          .append(a.name())
          .append(a.strong() ? " (whole article)" : " (passage)")
          .append('\n');
    }
    if (alignment.attributionLoss()) {
      out.append("  ! attribution loss\n");
    }
    if (alignment.injectedContent()) {
      out.append("  ! injected content\n");
    }
    int column = (width - 3) / 2;
    String rule = "-".repeat(column) + "-+-" + "-".repeat(width - 3 - column);
    out.append(rule).append('\n');
    out.append(
        row(
            label("A " + first.id() + site(first), column),
            label("B " + second.id() + site(second), column),
            column));
    out.append(rule).append('\n');
    for (PassagePair p : alignment.pairs()) {
      String head =
          String.format(
              Locale.ROOT,
              "[%d,%d) %s %.2f",
              p.first().start(),
              p.first().end(),
              p.match().label(),
              p.similarity());
      String headB = String.format(Locale.ROOT, "[%d,%d)", p.second().start(), p.second().end());
      out.append(row(head, headB, column));
      List<String> left = wrap(clean(p.first().of(first.text())), column);
      List<String> right = wrap(clean(p.second().of(second.text())), width - 3 - column);
      for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
        out.append(
            row(k < left.size() ? left.get(k) : "", k < right.size() ? right.get(k) : "", column));
      }
      out.append(rule).append('\n');
    }
    return out.toString();
  }

  private static String site(Article a) {
    return a.site() == null ? "" : " (" + a.site() + ")";
  }

  private static String label(String s, int column) {
    return s.length() <= column ? s : s.substring(0, column - 1) + "…";
  }

  private String row(String left, String right, int column) {
    StringBuilder sb = new StringBuilder(left);
    while (sb.length() < column) {
      sb.append(' ');
    }
    sb.append(" | ").append(right);
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    return sb.append('\n').toString();
  }

  /** Control characters and line breaks of scraped text would break the columns. */
  private static String clean(String s) {
    return s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }

  static List<String> wrap(String text, int column) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String w = word;
      while (w.length() > column) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(w.substring(0, column));
        w = w.substring(column);
      }
      if (line.length() > 0 && line.length() + 1 + w.length() > column) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
