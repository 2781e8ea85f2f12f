package org.triangulate.report.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * Markdown for one story's comparison. Every scraped string is escaped so that it cannot become
 * markup, a link, raw HTML or a table cell boundary; citations name the source, the article id and
 * the character range of the passage.
 */
public final class StoryMarkdown {
  private StoryMarkdown() {}

  /** The whole story block: sources, brief, disputes, claims table, timeline. */
  public static String section(Comparison c, SourceLinks links) {
    return "**"
        + c.independentSources()
        + (c.independentSources() == 1 ? " independent source" : " independent sources")
        + "** behind "
        + c.articles().size()
        + (c.articles().size() == 1 ? " article" : " articles")
        + ".\n\n#### Brief\n\n"
        + brief(c, links)
        + "\n#### Disputes\n\n"
        + disputes(c, links)
        + "\n#### Claims by source\n\n"
        + claimsTable(c, links)
        + "\n#### Timeline\n\n"
        + timeline(c, links);
  }

  /** The brief as a numbered list; each sentence is followed by every cited passage. */
  public static String brief(Comparison c, SourceLinks links) {
    if (c.brief().sentences().isEmpty()) {
      return "No brief: the story has no usable sentences.\n";
    }
    StringBuilder out = new StringBuilder();
    int n = 1;
    for (BriefSentence s : c.brief().sentences()) {
      out.append(n++).append(". ");
      if (s.dispute() != null) {
        out.append("**disputed:** ");
      }
      out.append(s.extracted() ? "" : "_")
          .append(Escape.markdown(s.text()))
          .append(s.extracted() ? "" : "_");
      List<String> cites = new ArrayList<>();
      for (Citation cit : s.citations()) {
        cites.add(cite(Cells.lineageLabel(cit.lineage(), links), cit.span()));
      }
      out.append(" — ").append(String.join("; ", cites)).append('\n');
    }
    return out.toString();
  }

  /** Each dispute with its status, explanation and sides. */
  public static String disputes(Comparison c, SourceLinks links) {
    if (c.disputes().isEmpty()) {
      return "No disputes found.\n";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Dispute d : c.disputes()) {
      if (shown++ >= StoryHtml.MAX_ROWS) {
        out.append("\n")
            .append(c.disputes().size() - StoryHtml.MAX_ROWS)
            .append(" more disputes in report.json.\n");
        break;
      }
      out.append("- **")
          .append(d.status().label())
          .append("** (")
          .append(d.kind().label())
          .append("): ")
          .append(Escape.markdown(Escape.shorten(d.subject(), 200)))
          .append(" — ")
          .append(Escape.markdown(d.explanation()))
          .append('\n');
      for (DisputeSide side : d.sides()) {
        out.append("  - **")
            .append(Escape.markdown(side.value()))
            .append("**")
            .append(side.scope().isEmpty() ? "" : " " + Escape.markdown(side.scope()))
            .append(": ")
            .append(sources(side.evidence(), links))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Claim &times; independent source as a Markdown table. */
  public static String claimsTable(Comparison c, SourceLinks links) {
    if (c.claims().isEmpty()) {
      return "No claims to compare.\n";
    }
    List<String> columns = Cells.columns(c, StoryHtml.MAX_COLUMNS);
    Map<String, Set<String>> disagreeing = Cells.disagreeing(c);
    StringBuilder out = new StringBuilder("| Claim | Value | Status |");
    for (String l : columns) {
      out.append(' ')
          .append(Escape.markdown(Escape.shorten(Cells.lineageLabel(l, links), 24)))
          .append(" |");
    }
    out.append("\n|---|---|---|");
    columns.forEach(l -> out.append("---|"));
    out.append('\n');
    int rows = 0;
    for (ClaimGroup g : c.claims()) {
      if (rows++ >= StoryHtml.MAX_ROWS) {
        break;
      }
      out.append("| ")
          .append(g.kind().label())
          .append(": ")
          .append(Escape.markdown(Escape.shorten(g.subject(), 120)))
          .append(" | ")
          .append(Escape.markdown(g.value()))
          .append(" | ")
          .append(g.status().label())
          .append(g.status() == ClaimStatus.CORROBORATED ? " ×" + g.independentSources() : "")
          .append(" |");
      for (String l : columns) {
        out.append(
            switch (Cells.stance(g, l, disagreeing)) {
              case AGREES -> " agrees |";
              case DISAGREES -> " **disagrees** |";
              case SILENT -> "  |";
            });
      }
      out.append('\n');
    }
    int hiddenRows = c.claims().size() - Math.min(c.claims().size(), StoryHtml.MAX_ROWS);
    int hiddenColumns = Math.max(0, c.independentSources() - columns.size());
    if (hiddenRows > 0 || hiddenColumns > 0) {
      out.append("\nNot shown: ")
          .append(hiddenRows)
          .append(" claims and ")
          .append(hiddenColumns)
          .append(" sources (all are in report.json).\n");
    }
    return out.toString();
  }

  /** The timeline as a list: date, provenance, event sentence and sources. */
  public static String timeline(Comparison c, SourceLinks links) {
    if (c.timeline().isEmpty()) {
      return "No dated events.\n";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (TimelineEntry e : c.timeline()) {
      if (shown++ >= StoryHtml.MAX_ROWS) {
        out.append("\n")
            .append(c.timeline().size() - StoryHtml.MAX_ROWS)
            .append(" more entries in report.json.\n");
        break;
      }
      out.append("- **")
          .append(Escape.markdown(e.date()))
          .append("** (")
          .append(e.provenance().label())
          .append(") ")
          .append(Escape.markdown(Escape.shorten(e.text(), 400)))
          .append(" — ")
          .append(sources(e.evidence(), links))
          .append('\n');
    }
    return out.toString();
  }

  private static String sources(List<Evidence> evidence, SourceLinks links) {
    List<String> seen = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (Evidence e : evidence) {
      if (seen.contains(e.lineage())) {
        continue;
      }
      seen.add(e.lineage());
      if (seen.size() <= 8) {
        out.add(cite(links.label(e.article()), e.span()));
      }
    }
    String more = seen.size() > 8 ? "; +" + (seen.size() - 8) + " more" : "";
    return (seen.size() == 1 ? "1 source: " : seen.size() + " sources: ")
        + String.join("; ", out)
        + more;
  }

  private static String cite(String label, Span span) {
    return Escape.markdown(label)
        + " \\["
        + Escape.markdown(span.articleId())
        + " "
        + span.start()
        + "–"
        + span.end()
        + "\\]";
  }
}
