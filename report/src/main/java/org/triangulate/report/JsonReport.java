package org.triangulate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.Problem;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.report.story.StoryJson;

/**
 * {@code report.json}: the machine-readable report. Keys are never renamed; new keys come with new
 * stages, and {@link #SCHEMA_VERSION} grows when a change could break a reader.
 *
 * <pre>{@code
 * {"schemaVersion": 2,
 *  "articles": [{"id", "source", "site", "url", "canonicalUrl", "title", "byline",
 *                "published", "publishedSource", "publishedConfidence", "language", "text",
 *                "blocks": [{"kind", "start", "end"}], "problems": [{"code", "message", "fatal"}]}],
 *  "stories": [{"id", "articles": ["article id", ...], "label", "firstSeen", "lastSeen", "size",
 *               "languages", "origins": [{"id", "name", "external", "certain", "members"}],
 *               "problems", "independentSources", "claims" (claim groups), "disputes",
 *               "timeline", "brief"}],
 *  "lineage": [{"story", "copy", "source", "kind", "score", "direction", "evidence":
 *               [{"copy": [start, end], "source": [start, end], "similarity", "match"}],
 *               "reasons", "attributionLoss", "injectedContent"}],
 *  "entities": [{"id", "story", "name", "type", "aliases", "mentions": [{"article", "text",
 *               "start", "end"}]}],
 *  "quotes": [{"story", "article", "text", "direct", "speaker" (entity id or null),
 *              "speakerText", "via", "cue", "start", "end", "links": [{"article", "start",
 *              "end", "similarity"}]}],
 *  "claims": [{"id", "story", "article", "text", "value", "upper", "unit", "approximate",
 *              "qualifier", "scope": {"place", "time", "subject"}, "start", "end"}],
 *  "dates": [{"story", "article", "text", "type", "value", "start", "end"}],
 *  "disputes": [{"story", "id", "kind", "status", "subject", "claims",
 *                "sides": [{"value", "scope", "articles"}]}],
 *  "timeline": [{"story", "date", "text", "articles", "provenance"}],
 *  "brief": [{"story", "text", "articles"}],
 *  "problems": [{"document", "code", "message", "fatal"}]}
 * }</pre>
 *
 * <p>The story fields {@code independentSources}, {@code claims}, {@code disputes}, {@code
 * timeline} and {@code brief} are described in {@link StoryJson}; a story's claims there are claim
 * groups (the same claim across sources, with a status), while the top-level {@code claims} are the
 * numbers as each article states them. The top-level {@code disputes}, {@code timeline} and {@code
 * brief} list every story's, flat and without evidence spans; the stories hold the complete
 * records. Entity ids are {@code story/entity} and unique in the report; a quote's {@code speaker}
 * is one of them. Every {@code start}/{@code end} is a {@code [start, end)} range of UTF-16 code
 * units in the named article's {@code text}. Schema version 2 added everything after {@code
 * stories[].articles}; no key of version 1 changed.
 *
 * <p>Absent values are {@code null}, never missing keys. {@code published} is ISO-8601 ({@code
 * 2025-03-14} for a day, {@code 2025-03-14T09:30:00+02:00} otherwise).
 */
public final class JsonReport implements Report {
  /** The version of the layout written. */
  public static final int SCHEMA_VERSION = 2;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public void write(Analysis analysis, Writer out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      json.writeStartObject();
      json.writeNumberField("schemaVersion", SCHEMA_VERSION);
      json.writeArrayFieldStart("articles");
      for (Article article : analysis.articles()) {
        writeArticle(json, article);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("stories");
      for (Story story : analysis.stories()) {
        writeStory(json, story, analysis);
      }
      json.writeEndArray();
      FactsJson.writeLineage(json, analysis);
      FactsJson.writeFacts(json, analysis);
      FactsJson.writeComparisons(json, analysis);
      json.writeArrayFieldStart("problems");
      for (Problem problem : analysis.problems()) {
        writeProblem(json, problem);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void writeStory(JsonGenerator json, Story story, Analysis analysis)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("id", story.id());
    json.writeArrayFieldStart("articles");
    for (String id : story.articleIds()) {
      json.writeString(id);
    }
    json.writeEndArray();
    json.writeStringField("label", story.label());
    json.writeStringField(
        "firstSeen", story.firstSeen() == null ? null : story.firstSeen().toString());
    json.writeStringField(
        "lastSeen", story.lastSeen() == null ? null : story.lastSeen().toString());
    json.writeNumberField("size", story.size());
    json.writeArrayFieldStart("languages");
    for (String language : story.languages()) {
      json.writeString(language);
    }
    json.writeEndArray();
    FactsJson.writeOrigins(json, analysis.lineages().get(story.id()));
    json.writeArrayFieldStart("problems");
    for (Problem problem : story.problems()) {
      writeProblem(json, problem);
    }
    json.writeEndArray();
    Comparison comparison = analysis.comparisons().get(story.id());
    if (comparison != null) {
      StoryJson.writeFields(comparison, json);
    } else {
      if (story.independentSources() == null) {
        json.writeNullField("independentSources");
      } else {
        json.writeNumberField("independentSources", story.independentSources());
      }
      json.writeArrayFieldStart("claims");
      json.writeEndArray();
      json.writeArrayFieldStart("disputes");
      json.writeEndArray();
      json.writeArrayFieldStart("timeline");
      json.writeEndArray();
      json.writeNullField("brief");
    }
    json.writeEndObject();
  }

  static void writeProblem(JsonGenerator json, Problem problem) throws IOException {
    json.writeStartObject();
    json.writeStringField("document", problem.document());
    json.writeStringField("code", problem.code());
    json.writeStringField("message", problem.message());
    json.writeBooleanField("fatal", problem.fatal());
    json.writeEndObject();
  }

  /** Writes one article as a JSON object; shared with the CLI's JSON Lines output. */
  public static void writeArticle(JsonGenerator json, Article article) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", article.id());
    json.writeStringField("source", article.source());
    json.writeStringField("site", article.site());
    json.writeStringField("url", article.url());
    json.writeStringField("canonicalUrl", article.canonicalUrl());
    json.writeStringField("title", article.title());
    json.writeStringField("byline", article.byline());
    PublicationDate published = article.published();
    json.writeStringField("published", published == null ? null : published.iso());
    json.writeStringField(
        "publishedSource", published == null ? null : code(published.source().name()));
    if (published == null) {
      json.writeNullField("publishedConfidence");
    } else {
      json.writeNumberField("publishedConfidence", published.confidence());
    }
    json.writeStringField("language", article.language());
    json.writeStringField("text", article.text());
    json.writeArrayFieldStart("blocks");
    for (Block block : article.blocks()) {
      json.writeStartObject();
      json.writeStringField("kind", code(block.kind().name()));
      json.writeNumberField("start", block.start());
      json.writeNumberField("end", block.end());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("problems");
    for (Problem problem : article.problems()) {
      json.writeStartObject();
      json.writeStringField("code", problem.code());
      json.writeStringField("message", problem.message());
      json.writeBooleanField("fatal", problem.fatal());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** {@code JSON_LD} becomes {@code json-ld}. */
  static String code(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
