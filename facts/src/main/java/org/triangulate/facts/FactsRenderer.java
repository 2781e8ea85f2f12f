package org.triangulate.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.core.Problem;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Claim;
import org.triangulate.core.facts.DateMention;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.StoryFacts;

/** Plain-text rendering of facts for the terminal: one section per kind, offsets in brackets. */
public final class FactsRenderer {
  private FactsRenderer() {}

  /** The facts of one article. */
  public static String render(ArticleFacts facts) {
    StringBuilder out = new StringBuilder();
    out.append("Facts of ").append(facts.article()).append('\n');
    entities(out, facts.entities());
    body(out, facts, names(facts.entities()));
    return out.toString();
  }

  /** The facts of a story, with entities resolved across its articles. */
  public static String render(StoryFacts story) {
    StringBuilder out = new StringBuilder();
    out.append("Story facts: ").append(story.articles().size()).append(" article(s)\n");
    entities(out, story.entities());
    Map<String, String> names = names(story.entities());
    for (ArticleFacts facts : story.articles()) {
      out.append("\n== ").append(facts.article()).append('\n');
      body(out, facts, names);
    }
    return out.toString();
  }

  private static Map<String, String> names(List<Entity> entities) {
    Map<String, String> names = new HashMap<>();
    for (Entity e : entities) {
      names.put(e.id(), e.name());
    }
    return names;
  }

  private static void entities(StringBuilder out, List<Entity> entities) {
    out.append("Entities (").append(entities.size()).append(")\n");
    for (Entity e : entities) {
      out.append("  ")
          .append(e.id())
          .append(' ')
          .append(e.type().name().toLowerCase(Locale.ROOT))
          .append(": ")
          .append(e.name());
      if (!e.aliases().isEmpty()) {
        out.append("  aka ").append(String.join(" | ", e.aliases()));
      }
      out.append("  (").append(e.mentions().size()).append(" mention(s))\n");
    }
  }

  private static void body(StringBuilder out, ArticleFacts facts, Map<String, String> names) {
    out.append("Quotes (").append(facts.quotes().size()).append(")\n");
    for (Quote q : facts.quotes()) {
      out.append("  [").append(q.start()).append('-').append(q.end()).append("] ");
      out.append(q.direct() ? "\u201C" + q.text() + "\u201D" : q.text());
      out.append("\n      speaker: ").append(q.speaker() == null ? "unknown" : q.speaker());
      out.append(" (cue: ").append(q.cue() == null ? "none" : q.cue()).append(')');
      if (q.speakerEntityId() != null) {
        out.append(" -> ")
            .append(q.speakerEntityId())
            .append(' ')
            .append(names.getOrDefault(q.speakerEntityId(), ""));
      }
      if (q.via() != null) {
        out.append(", via ").append(q.via());
      }
      if (!q.links().isEmpty()) {
        out.append(", also in ").append(q.links().size()).append(" other place(s)");
      }
      out.append('\n');
    }
    out.append("Claims (").append(facts.claims().size()).append(")\n");
    for (Claim c : facts.claims()) {
      out.append("  ")
          .append(c.id())
          .append(" [")
          .append(c.start())
          .append('-')
          .append(c.end())
          .append("] ")
          .append(c.text())
          .append(" = ")
          .append(number(c.value()));
      if (c.upper() != null) {
        out.append("..").append(number(c.upper()));
      }
      out.append(' ').append(c.unit());
      if (c.approximate()) {
        out.append(" (").append(c.qualifier()).append(')');
      }
      if (c.scope().place() != null) {
        out.append(" place=").append(c.scope().place());
      }
      if (c.scope().time() != null) {
        out.append(" time=").append(c.scope().time());
      }
      if (c.scope().subject() != null) {
        out.append(" subject=").append(c.scope().subject());
      }
      out.append('\n');
    }
    out.append("Dates (").append(facts.dates().size()).append(")\n");
    for (DateMention d : facts.dates()) {
      out.append("  [")
          .append(d.start())
          .append('-')
          .append(d.end())
          .append("] ")
          .append(d.text())
          .append(" = ")
          .append(d.value());
      d.datedEvent()
          .ifPresent(
              e ->
                  out.append(" event=")
                      .append(e.text())
                      .append(" [")
                      .append(e.start())
                      .append('-')
                      .append(e.end())
                      .append(']'));
      out.append('\n');
    }
    if (!facts.problems().isEmpty()) {
      out.append("Problems (").append(facts.problems().size()).append(")\n");
      for (Problem p : facts.problems()) {
        out.append("  ").append(p).append('\n');
      }
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.3f", value);
  }
}
