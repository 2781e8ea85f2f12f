package org.triangulate.report.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Direction;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.Origin;
import org.triangulate.core.reuse.RelationKind;

/**
 * The lineage graph as an inline SVG: one column per independent source, its origin on top and its
 * copies below, edges from copy to source coloured by kind (dashed when the direction is unknown).
 * The layout is deterministic (columns by size then id, members by id); big stories show the
 * largest columns and rows and say how many are left out. Every label is escaped and has its full
 * text in a {@code <title>}.
 */
public final class LineageSvg {
  private LineageSvg() {}

  private static final int COLUMN = 190;
  private static final int ROW = 54;
  private static final int NODE_W = 170;
  private static final int NODE_H = 34;
  private static final int MAX_COLUMNS = 12;
  private static final int MAX_ROWS = 14;

  private record Column(String id, String name, boolean external, List<String> members) {}

  /**
   * The graph of the story's articles; with a null lineage every article is its own source.
   *
   * @param lineage who copied whom, or null
   * @param articles the story's articles
   * @param links names and anchors (nodes link to the article sections)
   */
  public static String svg(Lineage lineage, List<Article> articles, SourceLinks links) {
    Map<String, Article> inStory = new LinkedHashMap<>();
    articles.forEach(a -> inStory.put(a.id(), a));
    List<Column> columns = new ArrayList<>();
    Map<String, Boolean> placed = new HashMap<>();
    if (lineage != null) {
      for (Origin o : lineage.origins()) {
        List<String> members =
            o.members().stream()
                .filter(inStory::containsKey)
                .filter(m -> placed.putIfAbsent(m, true) == null)
                .sorted()
                .toList();
        if (members.isEmpty()) {
          continue;
        }
        List<String> ordered = new ArrayList<>(members);
        if (ordered.remove(o.id())) {
          ordered.add(0, o.id());
        }
        columns.add(new Column(o.id(), o.name(), o.external(), ordered));
      }
    }
    for (String id : inStory.keySet()) {
      if (placed.putIfAbsent(id, true) == null) {
        columns.add(new Column(id, null, false, List.of(id)));
      }
    }
    columns.sort(
        Comparator.comparingInt((Column c) -> -c.members().size()).thenComparing(Column::id));
    int shownColumns = Math.min(columns.size(), MAX_COLUMNS);
    int rows = 0;
    for (int c = 0; c < shownColumns; c++) {
      Column col = columns.get(c);
      rows = Math.max(rows, Math.min(col.members().size(), MAX_ROWS) + (col.external() ? 1 : 0));
    }
    int width = Math.max(1, shownColumns) * COLUMN + 20;
    int height = rows * ROW + 70;
    Map<String, int[]> position = new HashMap<>();
    StringBuilder nodes = new StringBuilder();
    for (int c = 0; c < shownColumns; c++) {
      Column col = columns.get(c);
      int x = 10 + c * COLUMN;
      int y = 30;
      if (col.external()) {
        String label = col.name() != null ? col.name() : col.id().substring("external:".length());
        node(nodes, x, y, "external origin: " + label, label + " (not in corpus)", null, "ext");
        position.put(col.id(), new int[] {x, y});
        y += ROW;
      }
      int shown = Math.min(col.members().size(), MAX_ROWS);
      for (int r = 0; r < shown; r++) {
        String id = col.members().get(r);
        Article a = inStory.get(id);
        String label = links.label(id);
        String full = label + (a.title() != null ? ": " + a.title() : "") + " [" + id + "]";
        boolean origin = r == 0 && !col.external();
        node(nodes, x, y, full, label, links.anchor(id), origin ? "origin" : "copy");
        position.put(id, new int[] {x, y});
        y += ROW;
      }
      if (col.members().size() > shown) {
        nodes.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" class=\"more\">+%d more</text>\n",
                x + 8,
                y + 4,
                col.members().size() - shown));
      }
    }
    StringBuilder edges = new StringBuilder();
    StringBuilder kinds = new StringBuilder(); // drawn over the boxes
    if (lineage != null) {
      // one edge per copy, to its best source: every relation is listed beside the graph and in
      // report.json; drawing them all would hide the tree in a tangle
      Map<String, String> originOf = new HashMap<>();
      for (Column col : columns) {
        col.members().forEach(m -> originOf.put(m, col.members().get(0)));
      }
      Map<String, LineageEdge> best = new TreeMap<>();
      for (LineageEdge e : lineage.edges()) {
        if (position.containsKey(e.copy()) && position.containsKey(e.source())) {
          best.merge(e.copy(), e, (a, b) -> rank(a, originOf) >= rank(b, originOf) ? a : b);
        }
      }
      for (LineageEdge e : best.values()) {
        edge(edges, kinds, position.get(e.copy()), position.get(e.source()), e);
      }
      for (int c = 0; c < shownColumns; c++) { // external origins: members hang from them
        Column col = columns.get(c);
        if (col.external()
            && !col.members().isEmpty()
            && position.containsKey(col.members().get(0))) {
          int[] to = position.get(col.id());
          int[] from = position.get(col.members().get(0));
          edges.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"e credit\"/>\n",
                  from[0] + NODE_W / 2,
                  from[1],
                  to[0] + NODE_W / 2,
                  to[1] + NODE_H));
        }
      }
    }
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"lineage-title\">\n",
            width,
            height,
            width,
            height));
    int sources = columns.size();
    svg.append("<title id=\"lineage-title\">Lineage: ")
        .append(inStory.size())
        .append(inStory.size() == 1 ? " article, " : " articles, ")
        .append(sources)
        .append(sources == 1 ? " independent source" : " independent sources")
        .append("</title>\n");
    svg.append(
        "<style>.n rect{fill:#fff;stroke:#5b6b7b;stroke-width:1.2}.n.origin rect{fill:#e8f1fb;stroke:#2b5c9e;stroke-width:2}"
            + ".n.ext rect{fill:#f6f7f9;stroke-dasharray:4 3}.n text{font:12px system-ui,sans-serif;fill:#1d232a}"
            + ".e{stroke-width:1.6;fill:none}.e.syndicated{stroke:#6b7785}.e.partial{stroke:#1e8a5a}.e.rewrite{stroke:#c06000}"
            + ".e.translation{stroke:#3860c0}.e.independent{stroke:#b0b8c0}.e.unknown{stroke-dasharray:5 4}.e.credit{stroke:#9aa5b1;stroke-dasharray:2 3}"
            + ".k{font:10px system-ui,sans-serif;fill:#4a5561}.more{font:12px system-ui,sans-serif;fill:#4a5561}</style>\n");
    svg.append(edges).append(nodes).append(kinds);
    if (columns.size() > shownColumns) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"10\" y=\"%d\" class=\"more\">+%d more independent sources not drawn</text>\n",
              height - 10,
              columns.size() - shownColumns));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void node(
      StringBuilder out, int x, int y, String full, String label, String anchor, String kind) {
    String inner =
        String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\"/>",
                x,
                y,
                NODE_W,
                NODE_H)
            + String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">", x + 8, y + 17)
            + Escape.html(Escape.shorten(label, 24))
            + "</text><title>"
            + Escape.html(full)
            + "</title>";
    out.append("<g class=\"n ").append(kind).append("\">");
    if (anchor != null) {
      out.append("<a href=\"#")
          .append(Escape.html(anchor))
          .append("\">")
          .append(inner)
          .append("</a>");
    } else {
      out.append(inner);
    }
    out.append("</g>\n");
  }

  /**
   * Prefer the edge to the copy's lineage origin, then a known direction, then the higher score.
   */
  private static double rank(LineageEdge e, Map<String, String> originOf) {
    return (e.source().equals(originOf.get(e.copy())) ? 4 : 0)
        + (e.direction() == Direction.KNOWN ? 2 : 0)
        + e.score();
  }

  private static void edge(
      StringBuilder out, StringBuilder labels, int[] from, int[] to, LineageEdge e) {
    String kind = e.kind() == RelationKind.UNRELATED ? "independent" : e.kind().label();
    String unknown = e.direction() == Direction.UNKNOWN ? " unknown" : "";
    String shape;
    int labelX;
    int labelY;
    String anchor;
    if (from[0] == to[0]) { // same column: a bracket in the gap on the left
      int x = from[0];
      int gap = x - 7;
      int y1 = from[1] + NODE_H / 2;
      int y2 = to[1] + NODE_H / 2;
      shape =
          String.format(
              Locale.ROOT,
              "<polyline points=\"%d,%d %d,%d %d,%d %d,%d\"",
              x,
              y1,
              gap,
              y1,
              gap,
              y2,
              x,
              y2);
      labelX = x + NODE_W - 6; // the kind is written inside the copy's box
      labelY = from[1] + NODE_H - 3;
      anchor = " text-anchor=\"end\"";
    } else { // across columns: from the facing sides
      int x1 = from[0] + (from[0] > to[0] ? 0 : NODE_W);
      int y1 = from[1] + NODE_H / 2;
      int x2 = to[0] + (from[0] > to[0] ? NODE_W : 0);
      int y2 = to[1] + NODE_H / 2;
      shape =
          String.format(
              Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"", x1, y1, x2, y2);
      labelX = (x1 + x2) / 2 - 20;
      labelY = (y1 + y2) / 2 - 3;
      anchor = "";
    }
    out.append(shape)
        .append(
            String.format(
                Locale.ROOT,
                " class=\"e %s%s\"><title>%s</title>",
                kind,
                unknown,
                Escape.html(
                    e.copy()
                        + " "
                        + kind
                        + " from "
                        + e.source()
                        + (e.direction() == Direction.UNKNOWN ? " (direction unknown)" : "")
                        + (e.reasons().isEmpty() ? "" : ": " + String.join("; ", e.reasons())))))
        .append(shape.startsWith("<line") ? "</line>\n" : "</polyline>\n");
    labels.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" class=\"k\"%s>%s</text>\n",
            labelX,
            labelY,
            anchor,
            Escape.html(kind + (e.direction() == Direction.UNKNOWN ? "?" : ""))));
  }
}
