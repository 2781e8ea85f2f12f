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

/**
 * {@code report.json}: the machine-readable report. Keys are never renamed; new keys come with new
 * stages, and {@link #SCHEMA_VERSION} grows when a change could break a reader.
 *
 * <pre>{@code
 * {"schemaVersion": 1,
 *  "articles": [{"id", "source", "site", "url", "canonicalUrl", "title", "byline",
 *                "published", "publishedSource", "publishedConfidence", "language", "text",
 *                "blocks": [{"kind", "start", "end"}], "problems": [{"code", "message", "fatal"}]}],
 *  "stories": [{"id", "articles": ["article id", ...]}]}
 * }</pre>
 *
 * Absent values are {@code null}, never missing keys. {@code published} is ISO-8601 ({@code
 * 2025-03-14} for a day, {@code 2025-03-14T09:30:00+02:00} otherwise).
 */
public final class JsonReport implements Report {
  /** The version of the layout written. */
  public static final int SCHEMA_VERSION = 1;

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
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeArrayFieldStart("articles");
        for (String id : story.articleIds()) {
          json.writeString(id);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
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
