package org.triangulate.report.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.Story;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.EntityType;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Direction;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.Origin;
import org.triangulate.core.reuse.RelationKind;
import org.triangulate.report.Analysis;
import org.triangulate.report.HtmlReport;
import org.triangulate.report.JsonReport;
import org.triangulate.report.MarkdownReport;

/**
 * A story of a thousand articles: the human-readable reports show at most {@link
 * StoryHtml#MAX_ROWS} rows of each list and say how many more are in report.json, which keeps them
 * all.
 */
class LargeStoryTest {
  static final int N = 1_000;

  static Analysis large() {
    List<Article> articles = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<LineageEdge> edges = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<ArticleFacts> perArticle = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      String id = "a" + i;
      String text =
          "Copy " + i + " says \u201cthe fictional Tarn weir broke\u201d, Ada Quill said.";
      articles.add(Article.builder(id + ".txt").id(id).site("Site " + i).paragraph(text).build());
      ids.add(id);
      if (i > 0) {
        edges.add(
            new LineageEdge(
                id,
                "a0",
                RelationKind.SYNDICATED,
                0.9,
                Direction.KNOWN,
                List.of(),
                List.of(),
                false,
                false));
      }
      int q = text.indexOf("the fictional");
      entities.add(
          new Entity(
              "e" + i,
              "Ada Quill " + i,
              EntityType.PERSON,
              List.of(),
              List.of(new Mention(id, "Ada Quill", text.indexOf("Ada"), text.indexOf("Ada") + 9))));
      perArticle.add(
          new ArticleFacts(
              id,
              List.of(),
              List.of(
                  new Quote(
                      id,
                      "the fictional Tarn weir broke",
                      true,
                      "Ada Quill",
                      "e" + i,
                      null,
                      "said",
                      q,
                      q + 29,
                      List.of())),
              List.of(),
              List.of(),
              List.of()));
    }
    Lineage lineage = new Lineage(edges, List.of(new Origin("a0", "Site 0", false, true, ids)), 1);
    return Analysis.of(articles)
        .withStories(List.of(new Story("big", ids).withIndependentSources(1)))
        .withLineages(Map.of("big", lineage))
        .withFacts(Map.of("big", new StoryFacts(entities, perArticle)));
  }

  @Test
  void htmlAndMarkdownCapTheirListsAndJsonKeepsEverything() throws IOException {
    Analysis analysis = large();
    String html = render(new HtmlReport(), analysis);
    assertThat(section(html, "<ul class=\"relations\">", "</ul>").split("<li>", -1))
        .hasSize(StoryHtml.MAX_ROWS + 1);
    assertThat(section(html, "<ul class=\"quotes\">", "</ul>").split("<li>", -1))
        .hasSize(StoryHtml.MAX_ROWS + 1);
    assertThat(html)
        .contains((N - 1 - StoryHtml.MAX_ROWS) + " more relations in report.json")
        .contains((N - StoryHtml.MAX_ROWS) + " more quotes in report.json")
        .contains((N - StoryHtml.MAX_ROWS) + " more entities in report.json");
    String md = render(new MarkdownReport(), analysis);
    assertThat(md)
        .contains((N - 1 - StoryHtml.MAX_ROWS) + " more relations in report.json")
        .contains((N - StoryHtml.MAX_ROWS) + " more quotes in report.json");
    String json = render(new JsonReport(), analysis);
    assertThat(json.split("\"speakerText\"", -1)).hasSize(N + 1);
    assertThat(json.split("\"kind\" : \"syndicated\"", -1)).hasSize(N);
  }

  private static String section(String html, String start, String end) {
    int from = html.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return html.substring(from, html.indexOf(end, from));
  }

  private static String render(org.triangulate.report.Report report, Analysis analysis)
      throws IOException {
    var out = new StringWriter();
    report.write(analysis, out);
    return out.toString();
  }
}
