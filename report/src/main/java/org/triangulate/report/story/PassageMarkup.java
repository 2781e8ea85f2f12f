package org.triangulate.report.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.BlockKind;
import org.triangulate.core.Span;

/**
 * An article's text as HTML with the cited passages marked: each passage gets an empty anchor
 * element at its start (the target of citation links) and the union of passages is wrapped in
 * {@code <mark>}. Overlapping passages are merged for marking; every anchor is still there.
 */
public final class PassageMarkup {
  private PassageMarkup() {}

  /**
   * The article's blocks as HTML ({@code <p>}, {@code <h4>}, {@code <blockquote>}, list items as
   * paragraphs), escaped, with the spans of this article among {@code cited} marked.
   */
  public static String html(Article article, SourceLinks links, Collection<Span> cited) {
    String text = article.text();
    List<Span> spans = new ArrayList<>();
    for (Span s : cited) {
      if (s.articleId().equals(article.id()) && s.end() <= text.length() && s.length() > 0) {
        spans.add(s);
      }
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    // Anchors by offset (one element per distinct anchor) and merged mark ranges.
    TreeMap<Integer, List<String>> anchors = new TreeMap<>();
    List<int[]> marks = new ArrayList<>();
    for (Span s : spans) {
      String id = links.passageAnchor(s);
      if (id != null) {
        List<String> at = anchors.computeIfAbsent(s.start(), k -> new ArrayList<>());
        if (!at.contains(id)) {
          at.add(id);
        }
      }
      if (!marks.isEmpty() && s.start() <= marks.get(marks.size() - 1)[1]) {
        marks.get(marks.size() - 1)[1] = Math.max(marks.get(marks.size() - 1)[1], s.end());
      } else {
        marks.add(new int[] {s.start(), s.end()});
      }
    }
    List<Block> blocks = article.blocks();
    if (blocks.isEmpty() && !text.isEmpty()) {
      blocks = List.of(new Block(BlockKind.PARAGRAPH, 0, text.length()));
    }
    StringBuilder out = new StringBuilder(text.length() + 64 * (spans.size() + blocks.size()));
    for (Block block : blocks) {
      String tag =
          switch (block.kind()) {
            case HEADING -> "h4";
            case QUOTE -> "blockquote";
            default -> "p";
          };
      out.append('<').append(tag).append('>');
      int pos = block.start();
      boolean open = false;
      int m = 0;
      while (m < marks.size() && marks.get(m)[1] <= block.start()) {
        m++;
      }
      if (m < marks.size() && marks.get(m)[0] < block.start()) {
        out.append("<mark>");
        open = true;
      }
      for (int i = block.start(); i <= block.end(); i++) {
        boolean boundary =
            anchors.containsKey(i)
                || (m < marks.size() && (marks.get(m)[0] == i || marks.get(m)[1] == i))
                || i == block.end();
        if (!boundary) {
          continue;
        }
        out.append(Escape.html(text.substring(pos, i)));
        pos = i;
        if (open && m < marks.size() && marks.get(m)[1] == i) {
          out.append("</mark>");
          open = false;
          m++;
        }
        if (i == block.end()) {
          break;
        }
        for (String id : anchors.getOrDefault(i, List.of())) {
          out.append("<span class=\"cite-target\" id=\"")
              .append(Escape.html(id))
              .append("\"></span>");
        }
        if (!open && m < marks.size() && marks.get(m)[0] == i) {
          out.append("<mark>");
          open = true;
        }
      }
      if (open) {
        out.append("</mark>");
      }
      out.append("</").append(tag).append(">\n");
    }
    return out.toString();
  }
}
