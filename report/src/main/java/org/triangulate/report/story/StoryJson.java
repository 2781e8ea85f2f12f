package org.triangulate.report.story;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.triangulate.core.Span;
import org.triangulate.core.compare.BriefSentence;
import org.triangulate.core.compare.Citation;
import org.triangulate.core.compare.ClaimGroup;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeSide;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.compare.TimelineEntry;

/**
 * Writes a comparison's fields into a story object of {@code report.json}: {@code
 * independentSources}, {@code claims}, {@code disputes} (each with {@code claims}, {@code status}
 * {@code contradiction} or {@code scope-difference}, and {@code sides} with their values), {@code
 * timeline} ({@code date}, {@code text}, {@code articles}, {@code provenance}) and {@code brief}
 * ({@code text}, {@code articles}, {@code sentences} with their citations). Nothing is truncated:
 * the JSON is the complete record that the human-readable reports summarise.
 */
public final class StoryJson {
  private StoryJson() {}

  /** Writes the fields (not the enclosing object) with {@code json} inside a story object. */
  public static void writeFields(Comparison c, JsonGenerator json) throws IOException {
    json.writeNumberField("independentSources", c.independentSources());
    json.writeArrayFieldStart("claims");
    for (ClaimGroup g : c.claims()) {
      json.writeStartObject();
      json.writeStringField("id", g.id());
      json.writeStringField("kind", g.kind().label());
      json.writeStringField("subject", g.subject());
      json.writeStringField("value", g.value());
      json.writeStringField("status", g.status().label());
      json.writeNumberField("independentSources", g.independentSources());
      strings(json, "lineages", g.lineages());
      strings(json, "disputes", g.disputes());
      evidence(json, g.evidence());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("disputes");
    for (Dispute d : c.disputes()) {
      json.writeStartObject();
      json.writeStringField("id", d.id());
      json.writeStringField("kind", d.kind().label());
      json.writeStringField("status", d.status().label());
      json.writeStringField("subject", d.subject());
      strings(json, "claims", d.claims());
      json.writeStringField("explanation", d.explanation());
      json.writeArrayFieldStart("sides");
      for (DisputeSide side : d.sides()) {
        json.writeStartObject();
        json.writeStringField("value", side.value());
        json.writeStringField("scope", side.scope());
        strings(json, "claims", side.claims());
        strings(json, "lineages", side.lineages());
        evidence(json, side.evidence());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("timeline");
    for (TimelineEntry e : c.timeline()) {
      json.writeStartObject();
      json.writeStringField("date", e.date());
      json.writeStringField("text", e.text());
      strings(json, "articles", e.articles());
      json.writeStringField("provenance", e.provenance().label());
      strings(json, "lineages", e.lineages());
      evidence(json, e.evidence());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("brief");
    json.writeStringField("text", c.brief().text());
    strings(
        json,
        "articles",
        c.brief().sentences().stream().flatMap(s -> s.articles().stream()).distinct().toList());
    json.writeNumberField("requested", c.brief().requested());
    json.writeArrayFieldStart("sentences");
    for (BriefSentence s : c.brief().sentences()) {
      json.writeStartObject();
      json.writeStringField("text", s.text());
      strings(json, "articles", s.articles());
      json.writeBooleanField("extracted", s.extracted());
      if (s.dispute() != null) {
        json.writeStringField("dispute", s.dispute());
      }
      json.writeArrayFieldStart("citations");
      for (Citation cit : s.citations()) {
        json.writeStartObject();
        json.writeStringField("lineage", cit.lineage());
        span(json, cit.span());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void evidence(JsonGenerator json, List<Evidence> evidence) throws IOException {
    json.writeArrayFieldStart("evidence");
    for (Evidence e : evidence) {
      json.writeStartObject();
      json.writeStringField("lineage", e.lineage());
      span(json, e.span());
      json.writeStringField("text", e.text());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void span(JsonGenerator json, Span span) throws IOException {
    json.writeStringField("article", span.articleId());
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
  }

  private static void strings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
