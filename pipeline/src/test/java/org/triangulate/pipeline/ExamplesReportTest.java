package org.triangulate.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.embed.OnnxPassageEmbedder;
import org.triangulate.report.Analysis;
import org.triangulate.report.JsonReport;
import org.triangulate.report.MarkdownReport;
import org.triangulate.report.Report;

/**
 * The whole {@code analyze} on the bundled example corpus: golden files pin {@code report.json} and
 * {@code report.md}, and the planted truths of {@code examples/README.md} that the stages find are
 * checked by content (texts, sites, numbers), never by file or article names.
 */
class ExamplesReportTest {
  /**
   * Run with -Dtriangulate.updateGolden=true to rewrite the golden files after a deliberate change.
   */
  private static final boolean UPDATE = Boolean.getBoolean("triangulate.updateGolden");

  static final Path EXAMPLES = Path.of("../examples");
  static final Clock FIXED = Clock.fixed(Instant.parse("2025-05-01T00:00:00Z"), ZoneOffset.UTC);

  static Analysis analysis;
  static JsonNode json;
  static Map<String, String> texts = new HashMap<>();

  /** As {@code triangulate analyze examples} runs it: with the bundled sentence-embedding model. */
  static Analysis analyzeExamples() {
    return Pipeline.builder()
        .passageEmbedder(new OnnxPassageEmbedder())
        .clock(FIXED)
        .threads(2)
        .build()
        .analyze(List.of(EXAMPLES.toString()), PipelineListener.NONE)
        .analysis();
  }

  @BeforeAll
  static void analyze() throws IOException {
    analysis = analyzeExamples();
    json = new ObjectMapper().readTree(render(new JsonReport(), analysis));
    for (JsonNode a : json.get("articles")) {
      texts.put(a.get("id").asText(), a.get("text").asText());
    }
  }

  @Test
  void reportsMatchTheirGoldenFiles() throws IOException {
    for (Report report : List.of(new JsonReport(), new MarkdownReport())) {
      String actual = render(report, analysis);
      Path golden = Path.of("src/test/resources/golden/examples", report.fileName());
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, UTF_8);
      }
      assertThat(actual).as(report.fileName()).isEqualTo(Files.readString(golden, UTF_8));
    }
  }

  @Test
  void aSecondRunGivesTheSameReports() throws IOException {
    Analysis again = analyzeExamples();
    assertThat(render(new JsonReport(), again)).isEqualTo(render(new JsonReport(), analysis));
    assertThat(render(new MarkdownReport(), again))
        .isEqualTo(render(new MarkdownReport(), analysis));
  }

  @Test
  void theReportsHoldNoAbsolutePathsOrRunTimes() throws IOException {
    String md = render(new MarkdownReport(), analysis);
    String all = json.toString() + md;
    assertThat(all).doesNotContain(Path.of("").toAbsolutePath().toString());
    assertThat(all).doesNotContain("2025-05-01"); // the clock of the run is never written
  }

  @Test
  void theSchemaHasEveryKey() {
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "schemaVersion",
            "articles",
            "stories",
            "lineage",
            "entities",
            "quotes",
            "claims",
            "dates",
            "disputes",
            "timeline",
            "brief",
            "problems");
    JsonNode story = json.get("stories").get(0);
    assertThat(story.fieldNames())
        .toIterable()
        .contains(
            "id",
            "articles",
            "label",
            "firstSeen",
            "lastSeen",
            "size",
            "languages",
            "origins",
            "independentSources",
            "claims",
            "disputes",
            "timeline",
            "brief");
    JsonNode edge = json.get("lineage").get(0);
    assertThat(edge.fieldNames())
        .toIterable()
        .contains(
            "copy",
            "source",
            "kind",
            "score",
            "direction",
            "evidence",
            "attributionLoss",
            "injectedContent");
    assertThat(json.get("claims").get(0).fieldNames())
        .toIterable()
        .contains("id", "article", "text", "value", "unit", "approximate", "scope", "start", "end");
    assertThat(json.get("quotes").get(0).fieldNames())
        .toIterable()
        .contains("article", "text", "speaker", "cue", "start", "end", "links");
    assertThat(json.get("dates").get(0).fieldNames())
        .toIterable()
        .contains("article", "text", "value", "start", "end");
    assertThat(json.get("disputes").get(0).get("sides").get(0).fieldNames())
        .toIterable()
        .contains("value", "scope", "articles");
    assertThat(json.get("timeline").get(0).fieldNames())
        .toIterable()
        .contains("story", "date", "text", "articles");
    assertThat(json.get("brief").get(0).fieldNames())
        .toIterable()
        .contains("story", "text", "articles");
    assertThat(json.get("brief")).hasSize(json.get("stories").size());
    assertThat(json.get("entities").get(0).fieldNames())
        .toIterable()
        .contains("id", "name", "type", "aliases", "mentions");
  }

  @Test
  void everyOffsetIsInsideItsArticleAndTextsMatchTheirSpans() {
    List<String> checked = new ArrayList<>();
    walk(json.get("stories"), checked);
    for (String key : List.of("entities", "quotes", "claims", "dates")) {
      walk(json.get(key), checked);
    }
    for (JsonNode edge : json.get("lineage")) {
      for (JsonNode pair : edge.get("evidence")) {
        inside(edge.get("copy").asText(), pair.get("copy").get(0), pair.get("copy").get(1));
        inside(edge.get("source").asText(), pair.get("source").get(0), pair.get("source").get(1));
        checked.add("lineage");
      }
    }
    // mentions, claims, dates and story evidence carry the words they point at
    for (String key : List.of("claims", "dates")) {
      for (JsonNode n : json.get(key)) {
        assertThat(slice(n)).as(key).isEqualTo(n.get("text").asText());
      }
    }
    for (JsonNode e : json.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertThat(slice(m)).isEqualTo(m.get("text").asText());
      }
    }
    assertThat(checked).hasSizeGreaterThan(200);
  }

  @Test
  void syndicatedCopiesCollapseOntoTheWireOrigin() {
    String wire = articleIdBySite("Meridian Press");
    JsonNode story = storyOf(wire);
    JsonNode origin = null;
    for (JsonNode o : story.get("origins")) {
      if (strings(o.get("members")).contains(wire)) {
        origin = o;
      }
    }
    assertThat(origin).isNotNull();
    assertThat(origin.get("name").asText()).isEqualTo("Meridian Press");
    // every article that carries the wire's lead sentence word for word is a copy in that lineage
    String lead = "sending a wall of water through the village of Pellvar";
    List<String> carriers =
        texts.entrySet().stream()
            .filter(e -> e.getValue().contains(lead))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(carriers).hasSizeGreaterThanOrEqualTo(4);
    assertThat(strings(origin.get("members"))).containsAll(carriers);
    // so the story has far fewer independent sources than articles
    int sources = story.get("independentSources").asInt();
    assertThat(sources).isLessThan(story.get("size").asInt() - 4).isGreaterThanOrEqualTo(3);
    assertThat(sources).isEqualTo(story.get("origins").size());
    // and the lineage has syndicated edges from those copies, with evidence
    long syndicated = 0;
    for (JsonNode edge : json.get("lineage")) {
      if (edge.get("kind").asText().equals("syndicated")
          && carriers.contains(edge.get("copy").asText())) {
        assertThat(edge.get("evidence")).isNotEmpty();
        syndicated++;
      }
    }
    assertThat(syndicated).isGreaterThanOrEqualTo(3);
  }

  @Test
  void thePellvarTollIsAContradictionAndTreskOnlyAScopeDifference() {
    JsonNode story = storyOf(articleIdBySite("Meridian Press"));
    JsonNode contradiction = null;
    for (JsonNode d : story.get("disputes")) {
      List<String> values = new ArrayList<>();
      d.get("sides").forEach(s -> values.add(s.get("value").asText()));
      if (d.get("status").asText().equals("contradiction")
          && values.contains("23")
          && values.contains("31")) {
        contradiction = d;
      }
    }
    assertThat(contradiction).as("a 23 vs 31 contradiction").isNotNull();
    for (JsonNode side : contradiction.get("sides")) {
      for (JsonNode e : side.get("evidence")) {
        String article = e.get("article").asText();
        assertThat(texts.get(article)).contains("Pellvar");
        assertThat(slice(e)).isEqualTo(e.get("text").asText());
      }
    }
    // Tresk's nine dead never take a side in a contradiction
    for (JsonNode d : story.get("disputes")) {
      if (d.get("status").asText().equals("contradiction")) {
        d.get("sides").forEach(s -> assertThat(s.get("value").asText()).isNotEqualTo("9"));
      }
    }
    // and the brief shows the disputed point, citing both sides
    boolean briefShowsIt = false;
    for (JsonNode s : story.get("brief").get("sentences")) {
      if (s.has("dispute") && s.get("text").asText().contains("31")) {
        briefShowsIt = s.get("citations").size() >= 2;
      }
    }
    assertThat(briefShowsIt).isTrue();
  }

  @Test
  void theSameKindOfEventElsewhereIsAnotherStory() {
    String event = storyOf(articleIdBySite("Meridian Press")).get("id").asText();
    List<String> otherDam =
        texts.entrySet().stream()
            .filter(e -> e.getValue().contains("Brenlow"))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(otherDam).hasSizeGreaterThanOrEqualTo(3);
    Set<String> stories = new HashSet<>();
    otherDam.forEach(id -> stories.add(storyOf(id).get("id").asText()));
    assertThat(stories).hasSize(1).doesNotContain(event);
  }

  @Test
  void quotesHaveSpeakersThatAreEntitiesOfTheReport() {
    Map<String, String> names = new HashMap<>();
    for (JsonNode e : json.get("entities")) {
      names.put(e.get("id").asText(), e.get("name").asText());
    }
    int withSpeaker = 0;
    String forgotten = null;
    for (JsonNode q : json.get("quotes")) {
      if (!q.get("speaker").isNull()) {
        assertThat(names).containsKey(q.get("speaker").asText());
        withSpeaker++;
      }
      if (q.get("text").asText().contains("forgotten for six hours")) {
        forgotten = names.get(q.get("speaker").asText(null));
      }
    }
    assertThat(withSpeaker).isGreaterThan(10);
    assertThat(forgotten).contains("Halvard Ince");
  }

  @Test
  void anAcronymDefinedInTheTextIsAnAliasOfItsName() {
    boolean found = false;
    for (JsonNode e : json.get("entities")) {
      List<String> all = new ArrayList<>(strings(e.get("aliases")));
      all.add(e.get("name").asText());
      if (all.contains("REA") && all.contains("Regional Emergency Authority")) {
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  /** Checks every object with "article", "start" and "end" under {@code node}. */
  private static void walk(JsonNode node, List<String> checked) {
    if (node.isObject()) {
      if (node.has("article")
          && node.has("start")
          && node.has("end")
          && node.get("article").isTextual()) {
        inside(node.get("article").asText(), node.get("start"), node.get("end"));
        checked.add(node.get("article").asText());
      }
      node.fields().forEachRemaining(f -> walk(f.getValue(), checked));
    } else if (node.isArray()) {
      node.forEach(n -> walk(n, checked));
    }
  }

  private static void inside(String article, JsonNode start, JsonNode end) {
    String text = texts.get(article);
    assertThat(text).as("article " + article + " is in the report").isNotNull();
    assertThat(start.asInt()).isBetween(0, end.asInt());
    assertThat(end.asInt()).as("end in " + article).isLessThanOrEqualTo(text.length());
  }

  private static String slice(JsonNode n) {
    return texts
        .get(n.get("article").asText())
        .substring(n.get("start").asInt(), n.get("end").asInt());
  }

  private static String articleIdBySite(String site) {
    for (JsonNode a : json.get("articles")) {
      if (site.equals(a.get("site").asText(null))) {
        return a.get("id").asText();
      }
    }
    throw new AssertionError("no article from " + site);
  }

  private static JsonNode storyOf(String articleId) {
    for (JsonNode s : json.get("stories")) {
      if (strings(s.get("articles")).contains(articleId)) {
        return s;
      }
    }
    throw new AssertionError("article " + articleId + " is in no story");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static String render(Report report, Analysis analysis) throws IOException {
    var out = new StringWriter();
    report.write(analysis, out);
    return out.toString();
  }
}
