package org.triangulate.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.BlockKind;
import org.triangulate.core.DateSource;
import org.triangulate.core.Problem;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.Story;

class ReportsTest {
  /**
   * Run with -Dtriangulate.updateGolden=true to rewrite the golden files after a deliberate change.
   */
  private static final boolean UPDATE = Boolean.getBoolean("triangulate.updateGolden");

  @TempDir Path folder;

  static Analysis sample() {
    Article wire =
        Article.builder("examples/wire.html")
            .id("a1")
            .site("Meridian Press")
            .url("https://meridian.example/2025/03/14/dam")
            .canonicalUrl("https://meridian.example/dam")
            .title("Spillway gives way at the Tarn dam")
            .byline("Ada Quill")
            .published(
                new PublicationDate(
                    OffsetDateTime.of(2025, 3, 14, 8, 5, 0, 0, ZoneOffset.UTC),
                    false,
                    DateSource.JSON_LD,
                    0.95))
            .language("en")
            .block(BlockKind.HEADING, "What happened")
            .paragraph("The spillway of the fictional Tarn dam failed on Friday, officials said.")
            .block(BlockKind.QUOTE, "\u201cWe evacuated 1,200 people,\u201d said Governor Ren Osk.")
            .block(BlockKind.LIST_ITEM, "12 villages flooded")
            .block(BlockKind.LIST_ITEM, "3 bridges closed")
            .paragraph("# Not a heading, *not bold*, 1. not a list, [not](a link)")
            .build();
    Article copy =
        Article.builder("examples/copy.txt")
            .id("a2")
            .title("Tarn dam spillway fails")
            .published(
                PublicationDate.ofDay(LocalDate.of(2025, 3, 15), DateSource.TEXT_DATE_LINE, 0.6))
            .language("en")
            .paragraph("The spillway of the fictional Tarn dam failed on Friday.")
            .problem(
                Problem.warning(
                    "examples/copy.txt", "charset", "no charset declared; read as UTF-8"))
            .build();
    Article untitled =
        Article.builder("examples/feed.rss#2")
            .id("a3")
            .paragraph("Une digue a c\u00e9d\u00e9.")
            .language("fr")
            .build();
    return Analysis.of(List.of(wire, copy, untitled))
        .withStories(List.of(new Story("s1", List.of("a1", "a2")), new Story("s2", List.of("a3"))));
  }

  static Analysis hostile() {
    Article evil =
        Article.builder("evil.html")
            .id("\"><script>alert('id')</script>")
            .site("<b onmouseover=alert(1)>Site</b>")
            .url("javascript:alert('url')")
            .canonicalUrl("https://x.example/\"><script>alert(2)</script>")
            .title("<script>alert('title')</script> & friends")
            .byline("<img src=x onerror=alert('byline')>")
            .paragraph("Before <script>document.cookie</script> after <iframe src=//evil></iframe>")
            .block(BlockKind.QUOTE, "</blockquote><svg onload=alert(3)>")
            .problem(Problem.warning("evil.html", "junk", "<style>body{display:none}</style>"))
            .build();
    return Analysis.of(List.of(evil)).withStories(List.of(new Story("<s>", List.of(evil.id()))));
  }

  @Test
  void reportsMatchTheirGoldenFiles() throws IOException {
    for (Report report : Reports.standard()) {
      String actual = render(report, sample());
      Path golden = Path.of("src/test/resources/golden", report.fileName());
      if (UPDATE) {
        Files.writeString(golden, actual, UTF_8);
      }
      assertThat(actual).as(report.fileName()).isEqualTo(Files.readString(golden, UTF_8));
    }
  }

  @Test
  void outputIsDeterministic() throws IOException {
    for (Report report : Reports.standard()) {
      assertThat(render(report, sample())).isEqualTo(render(report, sample()));
    }
  }

  @Test
  void jsonHasTheDocumentedSchema() throws IOException {
    JsonNode root = new ObjectMapper().readTree(render(new JsonReport(), sample()));
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(JsonReport.SCHEMA_VERSION);
    JsonNode first = root.get("articles").get(0);
    assertThat(first.get("id").asText()).isEqualTo("a1");
    assertThat(first.get("source").asText()).isEqualTo("examples/wire.html");
    assertThat(first.get("title").asText()).isEqualTo("Spillway gives way at the Tarn dam");
    assertThat(first.get("published").asText()).isEqualTo("2025-03-14T08:05:00Z");
    assertThat(first.get("publishedSource").asText()).isEqualTo("json-ld");
    assertThat(first.get("publishedConfidence").asDouble()).isEqualTo(0.95);
    assertThat(first.get("language").asText()).isEqualTo("en");
    assertThat(first.get("blocks")).hasSize(6);
    assertThat(first.get("blocks").get(2).get("kind").asText()).isEqualTo("quote");
    int start = first.get("blocks").get(2).get("start").asInt();
    int end = first.get("blocks").get(2).get("end").asInt();
    assertThat(first.get("text").asText().substring(start, end)).startsWith("\u201cWe evacuated");
    JsonNode second = root.get("articles").get(1);
    assertThat(second.get("published").asText()).isEqualTo("2025-03-15");
    assertThat(second.get("site").isNull()).isTrue();
    assertThat(second.get("problems").get(0).get("code").asText()).isEqualTo("charset");
    assertThat(second.get("problems").get(0).get("fatal").asBoolean()).isFalse();
    JsonNode third = root.get("articles").get(2);
    assertThat(third.get("published").isNull()).isTrue();
    assertThat(third.get("title").isNull()).isTrue();
    assertThat(root.get("stories").get(0).get("id").asText()).isEqualTo("s1");
    assertThat(root.get("stories").get(0).get("articles").toString()).isEqualTo("[\"a1\",\"a2\"]");
    assertThat(root.get("stories")).hasSize(2);
  }

  @Test
  void htmlEscapesEveryScrapedString() throws IOException {
    String html = render(new HtmlReport(), hostile());
    // our own lineage graphs are the only SVG (with their own style) the page may hold
    String ownSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\"";
    int graphs = html.split(ownSvg, -1).length - 1;
    assertThat(graphs).isEqualTo(1);
    String lower = html.replace(ownSvg, "").toLowerCase(java.util.Locale.ROOT);
    assertThat(lower)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("<svg")
        .doesNotContain("<b ")
        .doesNotContain("<style>body")
        .doesNotContain("href=\"javascript:");
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends")
        .contains("&lt;/blockquote&gt;&lt;svg onload=alert(3)&gt;")
        .contains("javascript:alert(&#39;url&#39;)") // shown as text, not linked
        .contains("href=\"https://x.example/&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\"")
        .contains("script-src 'none'");
    // the page itself holds one style element (ours), one per graph, and no script element
    assertThat(lower.split("<style>", -1)).hasSize(2 + graphs);
    assertThat(lower).doesNotContain("http://").doesNotContain("src=\"");
  }

  @Test
  void markdownEscapesEveryScrapedString() throws IOException {
    String md = render(new MarkdownReport(), hostile());
    // Markdown shows a backslash-escaped character literally: no raw "<" may remain
    assertThat(md.replace("\\<", "")).doesNotContain("<");
    assertThat(md).contains("\\<script\\>alert('title')");
    String sample = render(new MarkdownReport(), sample());
    assertThat(sample)
        .contains("\\# Not a heading, \\*not bold\\*, 1. not a list, \\[not\\](a link)")
        .contains("#### What happened");
  }

  @Test
  void writeAllWritesTheThreeFilesAndNothingElse() throws IOException {
    List<Path> written = Reports.writeAll(sample(), folder.resolve("out"));
    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("report.json", "report.md", "report.html");
    try (var files = Files.list(folder.resolve("out"))) {
      assertThat(files.count()).isEqualTo(3); // no temporary files left behind
    }
    assertThat(Files.readString(folder.resolve("out/report.md"), UTF_8))
        .isEqualTo(render(new MarkdownReport(), sample()));
  }

  @Test
  void anUnwritableFolderIsNamedInTheError() throws IOException {
    Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> Reports.writeAll(sample(), file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("--out");
  }

  @Test
  void analysisRejectsInconsistentInput() {
    Article a =
        Article.builder("a.txt").id("x").paragraph("Text about the fictional Tarn.").build();
    assertThatThrownBy(() -> Analysis.of(List.of(a, a))).hasMessageContaining("x twice");
    assertThatThrownBy(
            () -> Analysis.of(List.of(a)).withStories(List.of(new Story("s", List.of("y")))))
        .hasMessageContaining("names article y");
    assertThat(Analysis.of(List.of(a)).article("x")).contains(a);
  }

  private static String render(Report report, Analysis analysis) throws IOException {
    var out = new StringWriter();
    report.write(analysis, out);
    return out.toString();
  }
}
