package org.triangulate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.triangulate.core.Span;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeSide;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.compare.TimelineEntry;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Claim;
import org.triangulate.core.facts.DateMention;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.QuoteRef;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.Origin;
import org.triangulate.core.reuse.PassagePair;

/**
 * The provenance and facts parts of {@code report.json} (see {@link JsonReport}): lineage edges,
 * story origins, entities, quotes, claims and dates, in story order.
 */
final class FactsJson {
  private FactsJson() {}

  /** The report-wide id of a story's entity. */
  static String entityId(String storyId, String entityId) {
    return entityId == null ? null : storyId + "/" + entityId;
  }

  static void writeOrigins(JsonGenerator json, Lineage lineage) throws IOException {
    json.writeArrayFieldStart("origins");
    if (lineage != null) {
      for (Origin o : lineage.origins()) {
        json.writeStartObject();
        json.writeStringField("id", o.id());
        json.writeStringField("name", o.name());
        json.writeBooleanField("external", o.external());
        json.writeBooleanField("certain", o.certain());
        strings(json, "members", o.members());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }

  static void writeLineage(JsonGenerator json, Analysis analysis) throws IOException {
    json.writeArrayFieldStart("lineage");
    for (Story story : analysis.stories()) {
      Lineage lineage = analysis.lineages().get(story.id());
      if (lineage == null) {
        continue;
      }
      for (LineageEdge e : lineage.edges()) {
        json.writeStartObject();
        json.writeStringField("story", story.id());
        json.writeStringField("copy", e.copy());
        json.writeStringField("source", e.source());
        json.writeStringField("kind", e.kind().label());
        json.writeNumberField("score", round(e.score()));
        json.writeStringField("direction", e.direction().label());
        json.writeArrayFieldStart("evidence");
        for (PassagePair p : e.evidence()) {
          json.writeStartObject();
          range(json, "copy", p.first());
          range(json, "source", p.second());
          json.writeNumberField("similarity", round(p.similarity()));
          json.writeStringField("match", p.match().label());
          json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "reasons", e.reasons());
        json.writeBooleanField("attributionLoss", e.attributionLoss());
        json.writeBooleanField("injectedContent", e.injectedContent());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }

  static void writeFacts(JsonGenerator json, Analysis analysis) throws IOException {
    json.writeArrayFieldStart("entities");
    for (Story story : analysis.stories()) {
      StoryFacts facts = analysis.facts().get(story.id());
      if (facts == null) {
        continue;
      }
      for (Entity e : facts.entities()) {
        json.writeStartObject();
        json.writeStringField("id", entityId(story.id(), e.id()));
        json.writeStringField("story", story.id());
        json.writeStringField("name", e.name());
        json.writeStringField("type", JsonReport.code(e.type().name()));
        strings(json, "aliases", e.aliases());
        json.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
          json.writeStartObject();
          json.writeStringField("article", m.article());
          json.writeStringField("text", m.text());
          json.writeNumberField("start", m.start());
          json.writeNumberField("end", m.end());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("quotes");
    for (Story story : analysis.stories()) {
      for (ArticleFacts a : articles(analysis, story)) {
        for (Quote q : a.quotes()) {
          json.writeStartObject();
          json.writeStringField("story", story.id());
          json.writeStringField("article", q.article());
          json.writeStringField("text", q.text());
          json.writeBooleanField("direct", q.direct());
          json.writeStringField("speaker", entityId(story.id(), q.speakerEntityId()));
          json.writeStringField("speakerText", q.speaker());
          json.writeStringField("via", q.via());
          json.writeStringField("cue", q.cue());
          json.writeNumberField("start", q.start());
          json.writeNumberField("end", q.end());
          json.writeArrayFieldStart("links");
          for (QuoteRef r : q.links()) {
            json.writeStartObject();
            json.writeStringField("article", r.article());
            json.writeNumberField("start", r.start());
            json.writeNumberField("end", r.end());
            json.writeNumberField("similarity", round(r.similarity()));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        }
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("claims");
    for (Story story : analysis.stories()) {
      for (ArticleFacts a : articles(analysis, story)) {
        for (Claim c : a.claims()) {
          json.writeStartObject();
          json.writeStringField("id", c.article() + "/" + c.id());
          json.writeStringField("story", story.id());
          json.writeStringField("article", c.article());
          json.writeStringField("text", c.text());
          json.writeNumberField("value", c.value());
          if (c.upper() == null) {
            json.writeNullField("upper");
          } else {
            json.writeNumberField("upper", c.upper());
          }
          json.writeStringField("unit", c.unit());
          json.writeBooleanField("approximate", c.approximate());
          json.writeStringField("qualifier", c.qualifier());
          json.writeObjectFieldStart("scope");
          json.writeStringField("place", c.scope().place());
          json.writeStringField("time", c.scope().time());
          json.writeStringField("subject", c.scope().subject());
          json.writeEndObject();
          json.writeNumberField("start", c.start());
          json.writeNumberField("end", c.end());
          json.writeEndObject();
        }
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("dates");
    for (Story story : analysis.stories()) {
      for (ArticleFacts a : articles(analysis, story)) {
        for (DateMention d : a.dates()) {
          json.writeStartObject();
          json.writeStringField("story", story.id());
          json.writeStringField("article", d.article());
          json.writeStringField("text", d.text());
          json.writeStringField("type", JsonReport.code(d.type().name()));
          json.writeStringField("value", d.value());
          json.writeNumberField("start", d.start());
          json.writeNumberField("end", d.end());
          if (d.event() == null) {
            json.writeNullField("event");
          } else {
            json.writeObjectFieldStart("event");
            json.writeStringField("text", d.event().text());
            json.writeNumberField("start", d.event().start());
            json.writeNumberField("end", d.event().end());
            json.writeEndObject();
          }
          json.writeEndObject();
        }
      }
    }
    json.writeEndArray();
  }

  /**
   * The comparison results of every story, flat: {@code disputes} ({@code story}, {@code id},
   * {@code kind}, {@code status}, {@code subject}, {@code claims}, {@code sides} with {@code
   * value}, {@code scope}, {@code articles}), {@code timeline} ({@code story}, {@code date}, {@code
   * text}, {@code articles}, {@code provenance}) and {@code brief} ({@code story}, {@code text},
   * {@code articles}). The stories hold the complete records, with evidence spans and citations.
   */
  static void writeComparisons(JsonGenerator json, Analysis analysis) throws IOException {
    json.writeArrayFieldStart("disputes");
    for (Story story : analysis.stories()) {
      Comparison c = analysis.comparisons().get(story.id());
      if (c == null) {
        continue;
      }
      for (Dispute d : c.disputes()) {
        json.writeStartObject();
        json.writeStringField("story", story.id());
        json.writeStringField("id", d.id());
        json.writeStringField("kind", d.kind().label());
        json.writeStringField("status", d.status().label());
        json.writeStringField("subject", d.subject());
        strings(json, "claims", d.claims());
        json.writeArrayFieldStart("sides");
        for (DisputeSide side : d.sides()) {
          json.writeStartObject();
          json.writeStringField("value", side.value());
          json.writeStringField("scope", side.scope());
          strings(
              json,
              "articles",
              side.evidence().stream().map(Evidence::article).distinct().toList());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("timeline");
    for (Story story : analysis.stories()) {
      Comparison c = analysis.comparisons().get(story.id());
      if (c == null) {
        continue;
      }
      for (TimelineEntry e : c.timeline()) {
        json.writeStartObject();
        json.writeStringField("story", story.id());
        json.writeStringField("date", e.date());
        json.writeStringField("text", e.text());
        strings(json, "articles", e.articles());
        json.writeStringField("provenance", e.provenance().label());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("brief");
    for (Story story : analysis.stories()) {
      Comparison c = analysis.comparisons().get(story.id());
      if (c == null) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("story", story.id());
      json.writeStringField("text", c.brief().text());
      strings(
          json,
          "articles",
          c.brief().sentences().stream().flatMap(s -> s.articles().stream()).distinct().toList());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static List<ArticleFacts> articles(Analysis analysis, Story story) {
    StoryFacts facts = analysis.facts().get(story.id());
    return facts == null ? List.of() : facts.articles();
  }

  private static void range(JsonGenerator json, String name, Span span) throws IOException {
    json.writeArrayFieldStart(name);
    json.writeNumber(span.start());
    json.writeNumber(span.end());
    json.writeEndArray();
  }

  private static void strings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  /** Four decimals: enough to compare, and stable in golden files. */
  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
