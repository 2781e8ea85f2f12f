package org.triangulate.report.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.Span;
import org.triangulate.core.compare.BriefSentence;
import org.triangulate.core.compare.Citation;
import org.triangulate.core.compare.ClaimGroup;
import org.triangulate.core.compare.ClaimStatus;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeSide;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.compare.TimelineEntry;
import org.triangulate.core.reuse.Lineage;

/**
 * HTML fragments for one story's comparison. Each method returns escaped, self-contained markup (no
 * scripts, no external assets) that uses the classes styled by {@link #CSS}; citation links point
 * at {@link SourceLinks#passageAnchor} targets that {@link PassageMarkup} writes.
 */
public final class StoryHtml {
  private StoryHtml() {}

  /** Rows and columns shown at most, so that huge stories stay fast to open. */
  public static final int MAX_ROWS = 200;

  public static final int MAX_COLUMNS = 12;

  /** Style rules for these fragments, to put in the page's {@code <style>}. */
  public static final String CSS =
      """
      .brief li{margin:.3rem 0}.brief .generated{font-style:italic}
      .cite{font-size:.75rem;vertical-align:super;margin-left:.15rem}
      .cite a{text-decoration:none;border:1px solid #c6ccd4;border-radius:3px;padding:0 .2rem}
      .badge{display:inline-block;font-size:.75rem;border-radius:3px;padding:0 .35rem;margin-right:.3rem}
      .badge.contradiction,.badge.disputed{background:#fde2e4;color:#a40e26}
      .badge.scope-difference{background:#fff3cd;color:#8a5a00}
      .badge.corroborated{background:#dff5e6;color:#1e6b3a}.badge.single-source{background:#eef0f3;color:#4a5561}
      table.claims{border-collapse:collapse;font-size:.85rem;margin:.5rem 0;display:block;overflow-x:auto}
      table.claims th,table.claims td{border:1px solid #d8dde3;padding:.2rem .4rem;vertical-align:top}
      table.claims td.agrees{background:#dff5e6;text-align:center}
      table.claims td.disagrees{background:#fde2e4;text-align:center}
      .timeline li{margin:.3rem 0}.timeline .date{font-weight:600;font-variant-numeric:tabular-nums}
      .dispute{border-left:3px solid #c6ccd4;padding-left:.6rem;margin:.6rem 0}
      mark{background:#fff3b0}.cite-target{scroll-margin-top:2rem}
      svg.lineage{max-width:100%;height:auto;background:#fff}
      """;

  /** The whole story block: sources and lineage graph, brief, disputes, claims table, timeline. */
  public static String section(
      Comparison c, Lineage lineage, List<Article> articles, SourceLinks links) {
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"comparison\">\n<p><strong>")
        .append(c.independentSources())
        .append(c.independentSources() == 1 ? " independent source" : " independent sources")
        .append("</strong> behind ")
        .append(c.articles().size())
        .append(c.articles().size() == 1 ? " article" : " articles")
        .append(".</p>\n<h4>Who copied whom</h4>\n")
        .append(LineageSvg.svg(lineage, articles, links))
        .append("<h4>Brief</h4>\n")
        .append(brief(c, links))
        .append("<h4>Disputes</h4>\n")
        .append(disputes(c, links))
        .append("<h4>Claims by source</h4>\n")
        .append(claimsTable(c, links))
        .append("<h4>Timeline</h4>\n")
        .append(timeline(c, links))
        .append("</div>\n");
    return out.toString();
  }

  /** The brief as an ordered list; each sentence is followed by links to every cited passage. */
  public static String brief(Comparison c, SourceLinks links) {
    if (c.brief().sentences().isEmpty()) {
      return "<p class=\"muted\">No brief: the story has no usable sentences.</p>\n";
    }
    StringBuilder out = new StringBuilder("<ol class=\"brief\">\n");
    for (BriefSentence s : c.brief().sentences()) {
      out.append("<li").append(s.extracted() ? "" : " class=\"generated\"").append('>');
      if (s.dispute() != null) {
        out.append("<span class=\"badge disputed\">disputed</span>");
      }
      out.append(Escape.html(s.text()));
      for (Citation cit : s.citations()) {
        out.append(citation(cit.span(), Cells.lineageLabel(cit.lineage(), links), links));
      }
      out.append("</li>\n");
    }
    return out.append("</ol>\n").toString();
  }

  /** Each dispute with its status, explanation and sides, each side linking to its evidence. */
  public static String disputes(Comparison c, SourceLinks links) {
    if (c.disputes().isEmpty()) {
      return "<p class=\"muted\">No disputes found.</p>\n";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Dispute d : c.disputes()) {
      if (shown++ >= MAX_ROWS) {
        out.append("<p class=\"muted\">")
            .append(c.disputes().size() - MAX_ROWS)
            .append(" more disputes in report.json.</p>\n");
        break;
      }
      out.append("<div class=\"dispute\"><p><span class=\"badge ")
          .append(d.status().label())
          .append("\">")
          .append(d.status().label())
          .append("</span><strong>")
          .append(Escape.html(Escape.shorten(d.subject(), 200)))
          .append("</strong> <span class=\"muted\">(")
          .append(d.kind().label())
          .append("; ")
          .append(Escape.html(d.explanation()))
          .append(")</span></p>\n<ul>\n");
      for (DisputeSide side : d.sides()) {
        out.append("<li><strong>").append(Escape.html(side.value())).append("</strong>");
        if (!side.scope().isEmpty()) {
          out.append(" ").append(Escape.html(side.scope()));
        }
        out.append(" &mdash; ")
            .append(side.lineages().size())
            .append(side.lineages().size() == 1 ? " source" : " sources");
        evidenceLinks(out, side.evidence(), links);
        out.append("</li>\n");
      }
      out.append("</ul></div>\n");
    }
    return out.toString();
  }

  /** Claim &times; independent source: agrees, disagrees or silent, with the claim's status. */
  public static String claimsTable(Comparison c, SourceLinks links) {
    if (c.claims().isEmpty()) {
      return "<p class=\"muted\">No claims to compare.</p>\n";
    }
    List<String> columns = Cells.columns(c, MAX_COLUMNS);
    Map<String, Set<String>> disagreeing = Cells.disagreeing(c);
    StringBuilder out =
        new StringBuilder(
            "<table class=\"claims\">\n<thead><tr><th>Claim</th><th>Value</th><th>Status</th>");
    for (String l : columns) {
      String anchor = links.anchor(l);
      out.append("<th>");
      if (anchor != null) {
        out.append("<a href=\"#").append(Escape.html(anchor)).append("\">");
      }
      out.append(Escape.html(Escape.shorten(Cells.lineageLabel(l, links), 24)));
      out.append(anchor != null ? "</a></th>" : "</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    int rows = 0;
    for (ClaimGroup g : c.claims()) {
      if (rows++ >= MAX_ROWS) {
        break;
      }
      out.append("<tr><td>")
          .append(g.kind().label())
          .append(": ")
          .append(Escape.html(Escape.shorten(g.subject(), 120)))
          .append("</td><td>")
          .append(Escape.html(g.value()))
          .append("</td><td><span class=\"badge ")
          .append(g.status().label())
          .append("\">")
          .append(g.status().label())
          .append(g.status() == ClaimStatus.CORROBORATED ? " &times;" + g.independentSources() : "")
          .append("</span></td>");
      for (String l : columns) {
        switch (Cells.stance(g, l, disagreeing)) {
          case AGREES -> {
            Evidence e =
                g.evidence().stream().filter(x -> x.lineage().equals(l)).findFirst().orElseThrow();
            String target = links.passageAnchor(e.span());
            out.append("<td class=\"agrees\">")
                .append(
                    target == null
                        ? "agrees"
                        : "<a href=\"#" + Escape.html(target) + "\">agrees</a>")
                .append("</td>");
          }
          case DISAGREES -> out.append("<td class=\"disagrees\">disagrees</td>");
          case SILENT -> out.append("<td></td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
    int hiddenRows = c.claims().size() - Math.min(c.claims().size(), MAX_ROWS);
    int hiddenColumns = c.independentSources() - columns.size();
    if (hiddenRows > 0 || hiddenColumns > 0) {
      out.append("<p class=\"muted\">Not shown: ")
          .append(hiddenRows)
          .append(" claims and ")
          .append(Math.max(0, hiddenColumns))
          .append(" sources (all are in report.json).</p>\n");
    }
    return out.toString();
  }

  /** The timeline as an ordered list: date, provenance, event sentence and sources. */
  public static String timeline(Comparison c, SourceLinks links) {
    if (c.timeline().isEmpty()) {
      return "<p class=\"muted\">No dated events.</p>\n";
    }
    StringBuilder out = new StringBuilder("<ol class=\"timeline\">\n");
    int shown = 0;
    for (TimelineEntry e : c.timeline()) {
      if (shown++ >= MAX_ROWS) {
        break;
      }
      out.append("<li><span class=\"date\">")
          .append(Escape.html(e.date()))
          .append("</span> <span class=\"muted\">(")
          .append(e.provenance().label())
          .append(")</span> ")
          .append(Escape.html(Escape.shorten(e.text(), 400)));
      evidenceLinks(out, e.evidence(), links);
      out.append("</li>\n");
    }
    out.append("</ol>\n");
    if (c.timeline().size() > MAX_ROWS) {
      out.append("<p class=\"muted\">")
          .append(c.timeline().size() - MAX_ROWS)
          .append(" more entries in report.json.</p>\n");
    }
    return out.toString();
  }

  /** Every span the fragments link to, for {@link PassageMarkup}. */
  public static Set<Span> citedSpans(Comparison c) {
    Set<Span> out = new LinkedHashSet<>();
    for (BriefSentence s : c.brief().sentences()) {
      s.citations().forEach(cit -> out.add(cit.span()));
    }
    for (Dispute d : c.disputes()) {
      d.sides().forEach(side -> side.evidence().forEach(e -> out.add(e.span())));
    }
    for (ClaimGroup g : c.claims()) {
      g.evidence().forEach(e -> out.add(e.span()));
    }
    for (TimelineEntry e : c.timeline()) {
      e.evidence().forEach(ev -> out.add(ev.span()));
    }
    return out;
  }

  /** One link per lineage (its first evidence), at most eight, then a count. */
  private static void evidenceLinks(StringBuilder out, List<Evidence> evidence, SourceLinks links) {
    List<String> seen = new ArrayList<>();
    for (Evidence e : evidence) {
      if (seen.contains(e.lineage())) {
        continue;
      }
      seen.add(e.lineage());
      if (seen.size() > 8) {
        continue;
      }
      out.append(citation(e.span(), links.label(e.article()), links));
    }
    if (seen.size() > 8) {
      out.append(" <span class=\"muted\">+").append(seen.size() - 8).append(" more</span>");
    }
  }

  private static String citation(Span span, String label, SourceLinks links) {
    String target = links.passageAnchor(span);
    String title = Escape.shorten(links.passage(span), 200);
    String text = Escape.html(Escape.shorten(label, 30));
    if (target == null) {
      return "<span class=\"cite\">" + text + "</span>";
    }
    return "<span class=\"cite\"><a href=\"#"
        + Escape.html(target)
        + "\" title=\""
        + Escape.html(title)
        + "\">"
        + text
        + "</a></span>";
  }
}
