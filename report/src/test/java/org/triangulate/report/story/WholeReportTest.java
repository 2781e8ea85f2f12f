package org.triangulate.report.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.Story;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.EntityType;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.QuoteRef;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.report.Analysis;
import org.triangulate.report.HtmlReport;
import org.triangulate.report.JsonReport;
import org.triangulate.report.MarkdownReport;
import org.triangulate.report.Report;

/**
 * The three reports of an analysis with every stage's results, built from hostile fictional
 * articles: scraped strings in names, aliases, quotes and speakers stay inert, and the JSON names
 * entities report-wide.
 */
class WholeReportTest {
  private static final String PAYLOAD = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  private final StoryRenderersTest fixture = new StoryRenderersTest();

  private Analysis analysis() {
    Article wire = fixture.articles.get(0);
    int at = wire.text().indexOf(PAYLOAD);
    Entity mayor =
        new Entity(
            "e1",
            "Mayor " + PAYLOAD,
            EntityType.PERSON,
            List.of("<b>Bold</b> alias"),
            List.of(new Mention("w1", PAYLOAD, at, at + PAYLOAD.length())));
    Quote quote =
        new Quote(
            "w1",
            PAYLOAD,
            true,
            "the <i>mayor</i>",
            "e1",
            "<u>Wire</u>",
            "said",
            at,
            at + PAYLOAD.length(),
            List.of(new QuoteRef("c1", 55, 55 + PAYLOAD.length(), 1.0)));
    StoryFacts facts =
        new StoryFacts(
            List.of(mayor),
            List.of(
                new ArticleFacts("w1", List.of(), List.of(quote), List.of(), List.of(), List.of()),
                new ArticleFacts("c1", List.of(), List.of(), List.of(), List.of(), List.of()),
                new ArticleFacts("o1", List.of(), List.of(), List.of(), List.of(), List.of())));
    Story story = new Story("s1", List.of("w1", "c1", "o1")).withIndependentSources(2);
    return Analysis.of(fixture.articles)
        .withStories(List.of(story))
        .withLineages(Map.of("s1", fixture.lineage))
        .withFacts(Map.of("s1", facts))
        .withComparisons(Map.of("s1", fixture.comparison()));
  }

  @Test
  void htmlKeepsEveryScrapedStringInert() throws IOException {
    String html = render(new HtmlReport());
    String ownSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\"";
    String lower = html.replace(ownSvg, "").toLowerCase(Locale.ROOT);
    assertThat(lower)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .doesNotContain("<i>")
        .doesNotContain("<u>")
        .doesNotContain("<svg")
        .doesNotContain("href=\"javascript:");
    assertThat(html)
        .contains("<h4>Quotes</h4>")
        .contains("<h4>Entities</h4>")
        .contains("<h4>Copies</h4>")
        .contains("Mayor &lt;script&gt;")
        .contains("&lt;b&gt;Bold&lt;/b&gt; alias")
        .contains("(via &lt;u&gt;Wire&lt;/u&gt;)");
    // the quote links to its words, which the article section anchors and marks
    String target = "article-1-p" + fixture.articles.get(0).text().indexOf(PAYLOAD);
    assertThat(html).contains("href=\"#" + target).contains("id=\"" + target);
  }

  @Test
  void markdownKeepsEveryScrapedStringInert() throws IOException {
    String md = render(new MarkdownReport());
    assertThat(md.replace("\\<", "")).doesNotContain("<");
    assertThat(md)
        .contains("#### Quotes")
        .contains("#### Entities")
        .contains("### Who copied whom")
        .contains("**Mayor \\<script\\>")
        .contains("**2 independent sources**");
  }

  @Test
  void jsonNamesEntitiesReportWideAndQuotesPointAtThem() throws IOException {
    JsonNode root = new ObjectMapper().readTree(render(new JsonReport()));
    JsonNode entity = root.get("entities").get(0);
    assertThat(entity.get("id").asText()).isEqualTo("s1/e1");
    assertThat(entity.get("type").asText()).isEqualTo("person");
    JsonNode quote = root.get("quotes").get(0);
    assertThat(quote.get("speaker").asText()).isEqualTo("s1/e1");
    assertThat(quote.get("speakerText").asText()).isEqualTo("the <i>mayor</i>");
    assertThat(quote.get("links").get(0).get("article").asText()).isEqualTo("c1");
    JsonNode story = root.get("stories").get(0);
    assertThat(story.get("independentSources").asInt()).isEqualTo(2);
    assertThat(story.get("origins")).hasSize(2);
    assertThat(story.get("disputes").get(0).get("status").asText()).isEqualTo("contradiction");
    JsonNode edge = root.get("lineage").get(0);
    assertThat(edge.get("copy").asText()).isEqualTo("c1");
    assertThat(edge.get("source").asText()).isEqualTo("w1");
    assertThat(edge.get("direction").asText()).isEqualTo("known");
  }

  private String render(Report report) throws IOException {
    var out = new StringWriter();
    report.write(analysis(), out);
    return out.toString();
  }
}
