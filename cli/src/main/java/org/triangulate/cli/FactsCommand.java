package org.triangulate.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triangulate.core.Article;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Quote;
import org.triangulate.facts.FactExtractor;
import org.triangulate.facts.FactsRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate facts FILE}: entities, quotes, numeric claims and dates of one document. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the facts of one document: entities with their aliases and mentions, quotes with"
          + " their speakers and cue words, numeric claims with unit and scope, and dates"
          + " normalised against the publication date, each with its [start, end) offsets in the"
          + " article's text.",
      "FILE is a file or an http(s) URL that gives one article. Nothing is stored."
    })
final class FactsCommand implements Callable<Integer> {
  @ParentCommand TriangulateCommand top;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the document")
  String file;

  @Option(
      names = "--json",
      description =
          "print one JSON object: article, source, title, published, entities (id, name, type,"
              + " aliases, mentions), quotes (text, direct, speaker as an entity id, speakerText, via,"
              + " cue, start, end,"
              + " links), claims (id, text, value, upper, unit, approximate, qualifier, scope,"
              + " start, end), dates (text, type, value, start, end, event: the dated event's text, start"
              + " and end, or null) and problems")
  boolean json;

  @Override
  public Integer call() {
    Article article = SingleDocument.read(top.pipeline().build(), file, "FILE", spec.commandLine());
    ArticleFacts facts = FactExtractor.builder().build().extract(article);
    PrintStream out = top.console.out();
    if (json) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("article", article.id());
      value.put("source", article.source());
      value.put("title", article.title());
      value.put("published", article.published() == null ? null : article.published().iso());
      value.put("entities", facts.entities());
      value.put("quotes", facts.quotes().stream().map(FactsCommand::quote).toList());
      value.put("claims", facts.claims());
      value.put("dates", facts.dates());
      value.put("problems", facts.problems());
      out.println(CliJson.value(value));
    } else {
      out.println("article  " + CliText.clean(article.source()));
      out.println("         " + AlignCommand.describe(article));
      out.print(CliText.lines(FactsRenderer.render(facts)));
    }
    out.flush();
    return Triangulate.OK;
  }

  /** A quote with the keys of report.json: {@code speaker} is the entity id. */
  private static Map<String, Object> quote(Quote q) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("article", q.article());
    value.put("text", q.text());
    value.put("direct", q.direct());
    value.put("speaker", q.speakerEntityId());
    value.put("speakerText", q.speaker());
    value.put("via", q.via());
    value.put("cue", q.cue());
    value.put("start", q.start());
    value.put("end", q.end());
    value.put("links", q.links());
    return value;
  }
}
