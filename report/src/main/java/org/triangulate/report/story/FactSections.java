package org.triangulate.report.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.core.Span;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.Origin;

/**
 * The parts of a story block that come from provenance and facts rather than the comparison: the
 * copy relations as a list (beside the SVG), quotes with their speakers and entities with their
 * aliases, as HTML and Markdown. Rows are capped at {@link StoryHtml#MAX_ROWS}; everything is in
 * {@code report.json}. Every scraped string is escaped.
 */
public final class FactSections {
  private FactSections() {}

  /** The copy relations, one line each: copy, source, kind, score, direction and flags. */
  public static String lineageMarkdown(Lineage lineage, SourceLinks links) {
    if (lineage == null) {
      return "Provenance unknown.\n";
    }
    StringBuilder out = new StringBuilder();
    for (Origin o : lineage.origins()) {
      out.append("- Origin ")
          .append(Escape.markdown(originLabel(o, links)))
          .append(o.certain() ? "" : " (earliest; direction not certain)")
          .append(": ")
          .append(o.members().size())
          .append(o.members().size() == 1 ? " article\n" : " articles\n");
    }
    if (lineage.edges().isEmpty()) {
      return out.append("\nNo copies found: every article is its own source.\n").toString();
    }
    out.append('\n');
    int shown = 0;
    for (LineageEdge e : lineage.edges()) {
      if (shown++ >= StoryHtml.MAX_ROWS) {
        out.append("\n")
            .append(lineage.edges().size() - StoryHtml.MAX_ROWS)
            .append(" more relations in report.json.\n");
        break;
      }
      out.append("- ")
          .append(Escape.markdown(links.label(e.copy())))
          .append(e.direction().label().equals("known") ? " copies " : " is related to ")
          .append(Escape.markdown(links.label(e.source())))
          .append(": ")
          .append(e.kind().label())
          .append(", score ")
          .append(String.format(java.util.Locale.ROOT, "%.2f", e.score()))
          .append(", direction ")
          .append(e.direction().label())
          .append(e.attributionLoss() ? ", **attribution lost**" : "")
          .append(e.injectedContent() ? ", **injected content**" : "")
          .append(", ")
          .append(e.evidence().size())
          .append(e.evidence().size() == 1 ? " aligned passage\n" : " aligned passages\n");
    }
    return out.toString();
  }

  /** The copy relations as an HTML list with the same content as {@link #lineageMarkdown}. */
  public static String lineageHtml(Lineage lineage, SourceLinks links) {
    if (lineage == null || lineage.edges().isEmpty()) {
      return "<p class=\"muted\">No copies found: every article is its own source.</p>\n";
    }
    StringBuilder out = new StringBuilder("<ul class=\"relations\">\n");
    int shown = 0;
    for (LineageEdge e : lineage.edges()) {
      if (shown++ >= StoryHtml.MAX_ROWS) {
        break;
      }
      out.append("<li>")
          .append(articleLink(e.copy(), links))
          .append(e.direction().label().equals("known") ? " copies " : " is related to ")
          .append(articleLink(e.source(), links))
          .append(": <span class=\"badge ")
          .append(e.kind().label())
          .append("\">")
          .append(e.kind().label())
          .append("</span>score ")
          .append(String.format(java.util.Locale.ROOT, "%.2f", e.score()))
          .append(", direction ")
          .append(e.direction().label())
          .append(e.attributionLoss() ? ", <strong>attribution lost</strong>" : "")
          .append(e.injectedContent() ? ", <strong>injected content</strong>" : "")
          .append("</li>\n");
    }
    out.append("</ul>\n");
    if (lineage.edges().size() > StoryHtml.MAX_ROWS) {
      out.append("<p class=\"muted\">")
          .append(lineage.edges().size() - StoryHtml.MAX_ROWS)
          .append(" more relations in report.json.</p>\n");
    }
    return out.toString();
  }

  /** Quotes with their speakers (the resolved entity's name where known) and where they are. */
  public static String quotesMarkdown(StoryFacts facts, SourceLinks links) {
    List<Quote> quotes = quotes(facts);
    if (quotes.isEmpty()) {
      return "No quotes found.\n";
    }
    Map<String, Entity> entities = entities(facts);
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Quote q : quotes) {
      if (shown++ >= StoryHtml.MAX_ROWS) {
        out.append("\n")
            .append(quotes.size() - StoryHtml.MAX_ROWS)
            .append(" more quotes in report.json.\n");
        break;
      }
      out.append("- ")
          .append(q.direct() ? "“" : "")
          .append(Escape.markdown(Escape.shorten(q.text(), 300)))
          .append(q.direct() ? "”" : "")
          .append(" — ")
          .append(Escape.markdown(speaker(q, entities)))
          .append(q.via() == null ? "" : " (via " + Escape.markdown(q.via()) + ")")
          .append(q.cue() == null ? "" : ", " + Escape.markdown(q.cue()))
          .append(" — ")
          .append(Escape.markdown(links.label(q.article())))
          .append(" \\[")
          .append(Escape.markdown(q.article()))
          .append(' ')
          .append(q.start())
          .append('–')
          .append(q.end())
          .append("\\]")
          .append(q.links().isEmpty() ? "" : ", also in " + q.links().size() + " more")
          .append('\n');
    }
    return out.toString();
  }

  /** Quotes as an HTML list; each links to the quoted words in its article. */
  public static String quotesHtml(StoryFacts facts, SourceLinks links) {
    List<Quote> quotes = quotes(facts);
    if (quotes.isEmpty()) {
      return "<p class=\"muted\">No quotes found.</p>\n";
    }
    Map<String, Entity> entities = entities(facts);
    StringBuilder out = new StringBuilder("<ul class=\"quotes\">\n");
    int shown = 0;
    for (Quote q : quotes) {
      if (shown++ >= StoryHtml.MAX_ROWS) {
        break;
      }
      out.append("<li>")
          .append(q.direct() ? "&ldquo;" : "")
          .append(Escape.html(Escape.shorten(q.text(), 300)))
          .append(q.direct() ? "&rdquo;" : "")
          .append(" &mdash; <strong>")
          .append(Escape.html(speaker(q, entities)))
          .append("</strong>")
          .append(q.via() == null ? "" : " (via " + Escape.html(q.via()) + ")")
          .append(q.cue() == null ? "" : ", " + Escape.html(q.cue()))
          .append(' ');
      String target = links.passageAnchor(new Span(q.article(), q.start(), q.end()));
      String label = Escape.html(Escape.shorten(links.label(q.article()), 30));
      out.append("<span class=\"cite\">")
          .append(
              target == null ? label : "<a href=\"#" + Escape.html(target) + "\">" + label + "</a>")
          .append("</span>");
      if (!q.links().isEmpty()) {
        out.append(" <span class=\"muted\">also in ").append(q.links().size()).append("</span>");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
    if (quotes.size() > StoryHtml.MAX_ROWS) {
      out.append("<p class=\"muted\">")
          .append(quotes.size() - StoryHtml.MAX_ROWS)
          .append(" more quotes in report.json.</p>\n");
    }
    return out.toString();
  }

  /** Entities with type, aliases and how often they are mentioned. */
  public static String entitiesMarkdown(StoryFacts facts) {
    if (facts == null || facts.entities().isEmpty()) {
      return "No entities found.\n";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Entity e : facts.entities()) {
      if (shown++ >= StoryHtml.MAX_ROWS) {
        out.append("\n")
            .append(facts.entities().size() - StoryHtml.MAX_ROWS)
            .append(" more entities in report.json.\n");
        break;
      }
      out.append("- **")
          .append(Escape.markdown(e.name()))
          .append("** (")
          .append(e.type().name().toLowerCase(java.util.Locale.ROOT))
          .append(")")
          .append(
              e.aliases().isEmpty()
                  ? ""
                  : ", also "
                      + String.join(", ", e.aliases().stream().map(Escape::markdown).toList()))
          .append(": ")
          .append(mentions(e))
          .append('\n');
    }
    return out.toString();
  }

  /** Entities as an HTML table: name, type, aliases, mentions. */
  public static String entitiesHtml(StoryFacts facts) {
    if (facts == null || facts.entities().isEmpty()) {
      return "<p class=\"muted\">No entities found.</p>\n";
    }
    StringBuilder out =
        new StringBuilder(
            "<table class=\"claims entities\">\n<thead><tr><th>Name</th><th>Type</th>"
                + "<th>Also called</th><th>Mentions</th></tr></thead>\n<tbody>\n");
    int shown = 0;
    for (Entity e : facts.entities()) {
      if (shown++ >= StoryHtml.MAX_ROWS) {
        break;
      }
      out.append("<tr><td>")
          .append(Escape.html(e.name()))
          .append("</td><td>")
          .append(e.type().name().toLowerCase(java.util.Locale.ROOT))
          .append("</td><td>")
          .append(Escape.html(String.join(", ", e.aliases())))
          .append("</td><td>")
          .append(mentions(e))
          .append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    if (facts.entities().size() > StoryHtml.MAX_ROWS) {
      out.append("<p class=\"muted\">")
          .append(facts.entities().size() - StoryHtml.MAX_ROWS)
          .append(" more entities in report.json.</p>\n");
    }
    return out.toString();
  }

  /**
   * The quotes of a story in article then text order, each once: a quote linked from one listed
   * before it (the same words elsewhere, such as in a copy) is left out, its count shown as "also
   * in". Empty without facts.
   */
  private static List<Quote> quotes(StoryFacts facts) {
    if (facts == null) {
      return List.of();
    }
    List<Quote> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ArticleFacts a : facts.articles()) {
      for (Quote q : a.quotes()) {
        if (seen.contains(q.article() + "\u0000" + q.start() + "\u0000" + q.end())) {
          continue;
        }
        out.add(q);
        q.links().forEach(r -> seen.add(r.article() + "\u0000" + r.start() + "\u0000" + r.end()));
      }
    }
    return out;
  }

  private static Map<String, Entity> entities(StoryFacts facts) {
    Map<String, Entity> byId = new HashMap<>();
    facts.entities().forEach(e -> byId.put(e.id(), e));
    return byId;
  }

  private static String speaker(Quote q, Map<String, Entity> entities) {
    Entity e = q.speakerEntityId() == null ? null : entities.get(q.speakerEntityId());
    if (e != null) {
      return e.name();
    }
    return q.speaker() == null ? "speaker unknown" : q.speaker();
  }

  private static String mentions(Entity e) {
    long articles = e.mentions().stream().map(Mention::article).distinct().count();
    return e.mentions().size()
        + (e.mentions().size() == 1 ? " mention" : " mentions")
        + " in "
        + articles
        + (articles == 1 ? " article" : " articles");
  }

  private static String originLabel(Origin o, SourceLinks links) {
    if (o.external()) {
      return (o.name() == null ? o.id().substring(Origin.EXTERNAL_PREFIX.length()) : o.name())
          + " (outside the corpus)";
    }
    return links.label(o.id());
  }

  private static String articleLink(String id, SourceLinks links) {
    String anchor = links.anchor(id);
    String label = Escape.html(Escape.shorten(links.label(id), 40));
    return anchor == null ? label : "<a href=\"#" + Escape.html(anchor) + "\">" + label + "</a>";
  }
}
