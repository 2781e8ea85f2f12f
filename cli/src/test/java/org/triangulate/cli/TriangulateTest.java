package org.triangulate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triangulate.store.LuceneArticleStore;

class TriangulateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Path store;
  Path corpus;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {
    List<JsonNode> jsonLines() throws IOException {
      List<JsonNode> lines = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          lines.add(JSON.readTree(line));
        }
      }
      return lines;
    }
  }

  static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code =
        Triangulate.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  @BeforeEach
  void corpus() throws IOException {
    store = dir.resolve("data");
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("a-flood.txt"),
        "Flood waters recede in the fictional town of Marrow\n"
            + "date 2025-03-14\n\n"
            + "Flood waters in the fictional town of Marrow receded on Friday after three days of"
            + " rain, the Marrow River Authority said. About 400 residents had left their homes.\n\n"
            + "\u201cThe worst is behind us,\u201d said Mayor Odile Varn, who toured the levee.\n",
        UTF_8);
    Files.writeString(
        corpus.resolve("b-levee.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Marrow levee holds</title></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<article><h1>Marrow levee holds as river peaks</h1>"
            + "<p>The levee protecting the fictional town of Marrow held overnight as the river"
            + " peaked at six metres, engineers of the Marrow River Authority said on Thursday.</p>"
            + "<p>Some 400 people spent the night in the town hall and two schools, officials"
            + " said.</p></article></body></html>",
        UTF_8);
  }

  private void addBadDocuments() throws IOException {
    Files.write(corpus.resolve("c-empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    binary[200] = 0;
    Files.write(corpus.resolve("d-binary.txt"), binary);
    Files.writeString(
        corpus.resolve("e-records.jsonl"),
        "{\"id\":\"rec-1\",\"title\":\"Marrow shelters close\",\"text\":\"The fictional town of"
            + " Marrow closed its last flood shelter on Sunday as residents returned home, the"
            + " Marrow River Authority said.\",\"published\":\"2025-03-16\"}\n"
            + "{\"id\": \"rec-2\", \"title\": broken json\n",
        UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "extract", "ingest", "search", "analyze", "align", "stories", "show", "facts", "serve",
        "help"
      })
  void everyCommandHasHelp(String command) {
    Run run = command.isEmpty() ? run("--help") : run(command, "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: triangulate").contains("--help");
    if (!command.isEmpty() && !command.equals("help")) {
      assertThat(run.out()).contains("--store");
    }
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run().err()).contains("name a command");
    Run unknown = run("summarise", "x");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("summarise");
    assertThat(run("extract").code()).isEqualTo(2);
    assertThat(run("extract").err()).contains("PATH");
    assertThat(run("extract", "--no-such-option", "x").code()).isEqualTo(2);
    assertThat(run("search", "--store", store.toString(), "-n", "0", "levee").code()).isEqualTo(2);
    assertThat(run("search", "--store", store.toString(), "-n", "many", "levee").code())
        .isEqualTo(2);
    assertThat(run("search", "--store", store.toString(), "  ").code()).isEqualTo(2);
    Run threads = run("extract", "--threads", "0", corpus.toString());
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be at least 1");
  }

  @Test
  void extractPrintsOneJsonObjectPerArticle() throws IOException {
    Run run = run("extract", corpus.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> lines = run.jsonLines();
    assertThat(lines).hasSize(2);
    for (JsonNode line : lines) {
      assertThat(line.has("source") && line.has("title") && line.has("published")).isTrue();
      assertThat(line.has("language") && line.has("text") && line.get("problems").isArray())
          .isTrue();
    }
    JsonNode flood = lines.get(0);
    assertThat(flood.get("source").asText()).endsWith("a-flood.txt");
    assertThat(flood.get("text").asText()).contains("receded on Friday");
    assertThat(lines.get(1).get("text").asText()).contains("peaked at six metres");
    assertThat(run.err()).contains("extract: 2 documents: 2 new, 0 repeats, 0 failed");
  }

  @Test
  void badDocumentsInABatchAreReportedAndTheRestGoesOn() throws IOException {
    addBadDocuments();
    Run run = run("extract", corpus.toString(), dir.resolve("missing.html").toString());
    assertThat(run.code()).isEqualTo(1);
    List<String> sources = new ArrayList<>();
    for (JsonNode line : run.jsonLines()) {
      sources.add(line.get("source").asText());
    }
    assertThat(sources).hasSize(3);
    assertThat(sources.get(0)).endsWith("a-flood.txt");
    assertThat(sources.get(1)).endsWith("b-levee.html");
    assertThat(sources.get(2)).contains("e-records.jsonl");
    // every bad document is named on stderr, then a summary
    assertThat(run.err())
        .contains("c-empty.txt")
        .contains("d-binary.txt")
        .contains("e-records.jsonl#2")
        .contains("missing.html")
        .contains("7 documents: 3 new, 0 repeats, 4 failed")
        .contains("4 documents failed");
    assertThat(run.out()).doesNotContain("broken json");
  }

  @Test
  void ingestStoresOnceThenSearchFindsIt() throws IOException {
    Run first = run("ingest", "--store", store.toString(), corpus.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("2 new, 0 repeats").contains("holds 2 articles");
    Run second = run("--store", store.toString(), "ingest", corpus.toString());
    assertThat(second.code()).isZero();
    assertThat(second.err()).contains("0 new, 2 repeats").contains("holds 2 articles");

    Run search = run("search", "--store", store.toString(), "levee", "peaked");
    assertThat(search.code()).isZero();
    assertThat(search.out()).startsWith("1. ").contains("six metres").contains("b-levee.html");
    assertThat(search.err()).contains("1 hit in 2 stored articles");

    Run json = run("search", "--store", store.toString(), "--json", "Marrow");
    assertThat(json.code()).isZero();
    List<JsonNode> hits = json.jsonLines();
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).get("id").asText()).isNotBlank();
    assertThat(hits.get(0).get("snippet").asText()).contains("Marrow");
    assertThat(hits.get(0).get("score").asDouble())
        .isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());

    Run none = run("search", "--store", store.toString(), "zeppelin");
    assertThat(none.code()).isZero();
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("0 hits");
  }

  @Test
  void ingestWithBadDocumentsKeepsTheGoodOnes() throws IOException {
    addBadDocuments();
    Run run = run("ingest", "--store", store.toString(), corpus.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("c-empty.txt").contains("holds 3 articles");
    try (var reader = LuceneArticleStore.openReadOnly(store)) {
      assertThat(reader.size()).isEqualTo(3);
      assertThat(reader.get("rec-1")).isPresent();
    }
  }

  @Test
  void storeProblemsAreSetupErrorsThatSayWhatToDo() {
    Run missing = run("search", "--store", dir.resolve("nowhere").toString(), "levee");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no store at").contains("triangulate ingest");
    try (var holder = LuceneArticleStore.open(store)) {
      Run locked = run("ingest", "--store", store.toString(), corpus.toString());
      assertThat(locked.code()).isEqualTo(2);
      assertThat(locked.err()).contains("in use by another process").contains("write.lock");
      assertThat(holder.size()).isZero();
      // searching works while another process writes
      assertThat(run("search", "--store", store.toString(), "levee").code()).isZero();
    }
  }

  @Test
  void analyzeWritesTheThreeReports() throws IOException {
    Path out = dir.resolve("out");
    Run run =
        run("analyze", "--store", store.toString(), corpus.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            out.resolve("report.json").toString(),
            out.resolve("report.md").toString(),
            out.resolve("report.html").toString());
    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(report.get("articles")).hasSize(2);
    // every article is in exactly one story
    List<String> members = new ArrayList<>();
    List<String> storyIds = new ArrayList<>();
    for (JsonNode story : report.get("stories")) {
      storyIds.add(story.get("id").asText());
      story.get("articles").forEach(id -> members.add(id.asText()));
      assertThat(story.get("independentSources").asInt())
          .isBetween(1, story.get("articles").size());
    }
    assertThat(members)
        .containsExactlyInAnyOrder(
            report.get("articles").get(0).get("id").asText(),
            report.get("articles").get(1).get("id").asText());
    for (String key : new String[] {"lineage", "entities", "quotes", "claims", "dates"}) {
      assertThat(report.get(key).isArray()).as(key).isTrue();
    }
    assertThat(report.get("quotes").toString()).contains("The worst is behind us");
    assertThat(report.get("entities").toString()).contains("Odile Varn");
    assertThat(Files.readString(out.resolve("report.md"), UTF_8)).contains("2 articles in");
    assertThat(Files.readString(out.resolve("report.html"), UTF_8)).contains("Marrow levee holds");
    try (var reader = LuceneArticleStore.openReadOnly(store)) {
      assertThat(reader.size()).isEqualTo(2);
    }
    // the same run again gives the same reports
    String first = Files.readString(out.resolve("report.json"), UTF_8);
    assertThat(
            run("analyze", "--store", store.toString(), corpus.toString(), "--out", out.toString())
                .code())
        .isZero();
    assertThat(Files.readString(out.resolve("report.json"), UTF_8)).isEqualTo(first);

    // the stories analyze kept in the store are those 'stories' lists
    Run stories = run("stories", "--store", store.toString(), "--json");
    assertThat(stories.code()).as(stories.err()).isZero();
    List<String> listed = new ArrayList<>();
    for (JsonNode story : stories.jsonLines()) {
      listed.add(story.get("id").asText());
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(storyIds);
  }

  @Test
  void analyzeWithBadDocumentsStillReportsTheGoodOnes() throws IOException {
    addBadDocuments();
    Files.writeString(
        corpus.resolve("f-hostile.html"),
        "<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Marrow</title></head><body>"
            + "<article><h1>&lt;script&gt;alert(1)&lt;/script&gt; Marrow</h1><p>The fictional town"
            + " of Marrow &lt;img src=x onerror=alert(2)&gt; counted the cost of the flood on"
            + " Monday, officials of the Marrow River Authority said.</p></article></body></html>",
        UTF_8);
    Path out = dir.resolve("out");
    // Lexical provenance (--no-model) takes the same path through the pipeline as the model.
    Run run =
        run("analyze", "--no-store", "--no-model", corpus.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("d-binary.txt").contains("failed");
    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertThat(report.get("articles")).hasSize(4);
    String html =
        Files.readString(out.resolve("report.html"), UTF_8).toLowerCase(java.util.Locale.ROOT);
    assertThat(html).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img");
    assertThat(store).doesNotExist();
  }

  @Test
  void provenanceComparesDatedArticlesOnlyWithinTheWindow() throws IOException {
    Path copies = Files.createDirectories(dir.resolve("copies"));
    String body =
        "Ferry service to the fictional island of Quell resumed on Monday after a week of storms,"
            + " the Quell Harbour Board said. Seven crossings a day will run until the end of May.\n\n"
            + "\u201cWe have checked every berth twice,\u201d harbour master Ines Dorrel said.\n\n"
            + "The board said 1,200 travellers had waited for the crossing since the storms began.\n";
    Files.writeString(
        copies.resolve("a-wire.txt"),
        "Quell ferries sail again after storms\ndate 2025-03-01\n\n" + body,
        UTF_8);
    Files.writeString(
        copies.resolve("b-copy.txt"),
        "Quell ferries sail again after storms\ndate 2025-03-11\n\n"
            + body
            + "\nTickets for the crossing are sold at the harbour office.\n",
        UTF_8);
    Path wide = dir.resolve("wide");
    Path narrow = dir.resolve("narrow");
    assertThat(
            run("analyze", "--no-store", "--no-model", copies.toString(), "--out", wide.toString())
                .code())
        .isZero();
    assertThat(
            run(
                    "analyze",
                    "--no-store",
                    "--no-model",
                    "--window",
                    "5",
                    copies.toString(),
                    "--out",
                    narrow.toString())
                .code())
        .isZero();
    // ten days apart: inside the default window of 30 days, outside a window of 5
    JsonNode wideReport = JSON.readTree(wide.resolve("report.json").toFile());
    assertThat(wideReport.get("lineage")).hasSize(1);
    assertThat(wideReport.get("lineage").get(0).get("kind").asText()).isEqualTo("syndicated");
    assertThat(JSON.readTree(narrow.resolve("report.json").toFile()).get("lineage")).isEmpty();

    Run zero =
        run(
            "analyze",
            "--no-store",
            "--window",
            "0",
            copies.toString(),
            "--out",
            narrow.toString());
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--window must be at least 1 day, got 0");
  }

  @Test
  void anUnwritableOutputFolderIsASetupError() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "not a folder");
    Run run = run("analyze", "--no-store", corpus.toString(), "--out", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write the reports").contains(file.toString());
  }

  @Test
  void progressBarGoesToStderrOnlyWhenAsked() throws IOException {
    Run quiet = run("extract", corpus.toString());
    assertThat(quiet.err()).doesNotContain("docs");
    Run shown = run("extract", "--progress", corpus.toString());
    assertThat(shown.code()).isZero();
    assertThat(shown.err()).contains("/? docs"); // the bar counts documents of an unknown total
    assertThat(shown.jsonLines()).hasSize(2); // stdout stays clean JSON Lines
  }
}
