package org.triangulate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.triangulate.core.Article;
import org.triangulate.core.Span;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.Attribution;
import org.triangulate.core.reuse.PassagePair;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.reuse.Aligner;
import org.triangulate.reuse.AlignmentRenderer;
import org.triangulate.reuse.PassageEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate align A B}: the aligned passages of two documents, side by side. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two documents the way a churnalism checker shows a press release against an"
          + " article: the relation (syndicated, partial, rewrite, translation, independent or"
          + " unrelated), its score, who copied whom (or 'unknown' when the evidence does not"
          + " decide) with the reasons, credit lines, and the aligned passages side by side with"
          + " their [start, end) offsets in each article's text.",
      "Each of A and B is a file or an http(s) URL that gives one article. Nothing is stored."
    })
final class AlignCommand implements Callable<Integer> {
  @ParentCommand TriangulateCommand top;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "the first document")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "the second document")
  String second;

  @Option(
      names = "--json",
      description =
          "print one JSON object: first, second, kind, score, direction, source, copy,"
              + " firstCoverage, secondCoverage, reasons, attributions, attributionLoss,"
              + " injectedContent and evidence (aligned passage pairs with offsets and text)")
  boolean json;

  @Option(
      names = {"-w", "--width"},
      paramLabel = "COLUMNS",
      description = "width of the side-by-side view, at least 40 (default: $COLUMNS, else 120)")
  Integer width;

  @Mixin EmbedderOptions model;

  @Override
  public Integer call() {
    int columns = columns();
    Pipeline pipeline = top.pipeline().build();
    Article a = SingleDocument.read(pipeline, first, "A", spec.commandLine());
    Article b = SingleDocument.read(pipeline, second, "B", spec.commandLine());
    if (a.id().equals(b.id())) {
      throw new ParameterException(
          spec.commandLine(),
          "A and B hold the same article (id " + a.id() + "); name two different documents");
    }
    Aligner.Builder aligner = Aligner.builder();
    PassageEmbedder embedder = embedderOrUsageError();
    if (embedder != null) {
      aligner.embedder(embedder);
    }
    Alignment alignment = aligner.build().align(a, b);
    PrintStream out = top.console.out();
    if (json) {
      out.println(CliJson.write(generator -> writeJson(generator, alignment, a, b)));
    } else {
      out.println(CliText.fit("A  " + CliText.clean(a.source()), columns));
      out.println(CliText.fit("   " + describe(a), columns));
      out.println(CliText.fit("B  " + CliText.clean(b.source()), columns));
      out.println(CliText.fit("   " + describe(b), columns));
      out.print(new AlignmentRenderer(columns).render(alignment, a, b));
    }
    out.flush();
    return Triangulate.OK;
  }

  private PassageEmbedder embedderOrUsageError() {
    try {
      return model.embedder();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private int columns() {
    if (width != null) {
      if (width < 40) {
        throw new ParameterException(
            spec.commandLine(), "--width must be at least 40 columns, got " + width);
      }
      return width;
    }
    String env = System.getenv("COLUMNS");
    if (env != null && env.strip().matches("\\d{2,4}")) {
      return Math.max(40, Integer.parseInt(env.strip()));
    }
    return 120;
  }

  static String describe(Article article) {
    StringBuilder line = new StringBuilder(article.id());
    if (article.title() != null) {
      line.append("  ").append(article.title());
    }
    if (article.published() != null) {
      line.append("  (").append(article.published().iso()).append(')');
    }
    return CliText.clean(line.toString());
  }

  private static void writeJson(JsonGenerator json, Alignment alignment, Article a, Article b)
      throws IOException {
    json.writeStartObject();
    writeArticle(json, "first", a);
    writeArticle(json, "second", b);
    json.writeStringField("kind", alignment.kind().label());
    json.writeNumberField("score", alignment.score());
    json.writeStringField("direction", alignment.direction().label());
    json.writeStringField("source", alignment.sourceId());
    json.writeStringField(
        "copy", alignment.sourceId() == null ? null : alignment.other(alignment.sourceId()));
    json.writeNumberField("firstCoverage", alignment.firstCoverage());
    json.writeNumberField("secondCoverage", alignment.secondCoverage());
    json.writeArrayFieldStart("reasons");
    for (String reason : alignment.reasons()) {
      json.writeString(reason);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("attributions");
    for (Attribution attribution : alignment.attributions()) {
      json.writeStartObject();
      json.writeStringField("name", attribution.name());
      json.writeBooleanField("strong", attribution.strong());
      writeSpanFields(json, attribution.span(), null);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeBooleanField("attributionLoss", alignment.attributionLoss());
    json.writeBooleanField("injectedContent", alignment.injectedContent());
    json.writeArrayFieldStart("evidence");
    for (PassagePair pair : alignment.pairs()) {
      json.writeStartObject();
      json.writeStringField("match", pair.match().label());
      json.writeNumberField("similarity", pair.similarity());
      json.writeObjectFieldStart("first");
      writeSpanFields(json, pair.first(), a.text());
      json.writeEndObject();
      json.writeObjectFieldStart("second");
      writeSpanFields(json, pair.second(), b.text());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeArticle(JsonGenerator json, String field, Article article)
      throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("id", article.id());
    json.writeStringField("source", article.source());
    json.writeStringField("title", article.title());
    json.writeStringField("site", article.site());
    json.writeStringField(
        "published", article.published() == null ? null : article.published().iso());
    json.writeStringField("language", article.language());
    json.writeEndObject();
  }

  private static void writeSpanFields(JsonGenerator json, Span span, String text)
      throws IOException {
    json.writeStringField("article", span.articleId());
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
    if (text != null) {
      json.writeStringField("text", span.of(text));
    }
  }
}
