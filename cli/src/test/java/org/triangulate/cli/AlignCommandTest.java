package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.TriangulateTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.TriangulateTest.Run;

class AlignCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Path wire;
  Path copy;
  Path unrelated;

  @BeforeEach
  void documents() throws IOException {
    wire = Fixtures.write(dir, "wire.txt", Fixtures.WIRE);
    copy = Fixtures.write(dir, "copy.txt", Fixtures.COPY);
    unrelated = Fixtures.write(dir, "pumpkins.txt", Fixtures.UNRELATED);
  }

  @Test
  void showsACopySideBySideWithItsSource() {
    Run run = run("align", "--lexical", "--width", "100", wire.toString(), copy.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines[0]).startsWith("A  ").endsWith("wire.txt");
    assertThat(lines[1]).contains("Ferry fire").contains("2025-05-06");
    assertThat(lines[2]).startsWith("B  ").endsWith("copy.txt");
    assertThat(run.out())
        .contains("kind: syndicated")
        .contains("score: ")
        .contains("direction: ")
        .contains("Kestrel Wire")
        .contains("Maren Toller");
    // two columns that fit the width asked for
    assertThat(run.out().lines().filter(l -> l.contains(" | ")).count()).isGreaterThan(3);
    assertThat(run.out().lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(100);
  }

  @Test
  void jsonGivesTheEvidenceWithOffsetsIntoEachText() throws IOException {
    Run run = run("align", "--lexical", "--json", wire.toString(), copy.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines().count()).isEqualTo(1);
    JsonNode alignment = JSON.readTree(run.out());
    assertThat(alignment.get("kind").asText()).isEqualTo("syndicated");
    double score = alignment.get("score").asDouble();
    assertThat(score).isBetween(0.5, 1.0);
    assertThat(alignment.get("direction").asText()).isIn("known", "unknown");
    String firstId = alignment.get("first").get("id").asText();
    String secondId = alignment.get("second").get("id").asText();
    assertThat(firstId).isNotEqualTo(secondId);
    if (alignment.get("direction").asText().equals("known")) {
      assertThat(alignment.get("source").asText()).isIn(firstId, secondId);
      assertThat(alignment.get("copy").asText())
          .isIn(firstId, secondId)
          .isNotEqualTo(alignment.get("source").asText());
    } else {
      assertThat(alignment.get("source").isNull()).isTrue();
    }
    JsonNode evidence = alignment.get("evidence");
    assertThat(evidence.size()).isGreaterThan(0);
    // every passage's offsets cut exactly its text out of the article it names
    String wireText = text(wire);
    String copyText = text(copy);
    for (JsonNode pair : evidence) {
      for (String side : new String[] {"first", "second"}) {
        JsonNode span = pair.get(side);
        String articleText = span.get("article").asText().equals(firstId) ? wireText : copyText;
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertThat(start).isLessThan(end);
        assertThat(articleText.substring(start, end)).isEqualTo(span.get("text").asText());
      }
      assertThat(pair.get("similarity").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(alignment.get("attributions").toString()).contains("Kestrel Wire");
  }

  @Test
  void unrelatedDocumentsShareNoPassages() throws IOException {
    Run run = run("align", "--lexical", "--json", wire.toString(), unrelated.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode alignment = JSON.readTree(run.out());
    assertThat(alignment.get("kind").asText()).isIn("unrelated", "independent");
    assertThat(alignment.get("evidence").size()).isZero();
    assertThat(alignment.get("direction").asText()).isEqualTo("unknown");
  }

  @Test
  void theBundledModelAlignsToo() {
    Run run = run("align", wire.toString(), copy.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("kind: syndicated");
  }

  @Test
  void badArgumentsAreUsageErrors() throws IOException {
    assertThat(run("align", "--help").out())
        .contains("Usage: triangulate align")
        .contains("--json")
        .contains("--no-model");
    Run one = run("align", wire.toString());
    assertThat(one.code()).isEqualTo(2);
    assertThat(one.err()).contains("B");
    Run missing = run("align", wire.toString(), dir.resolve("nowhere.html").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.html").contains("no such file");
    Run folder = run("align", wire.toString(), dir.toString());
    assertThat(folder.code()).isEqualTo(2);
    assertThat(folder.err()).contains("is a folder");
    Run same = run("align", "--lexical", wire.toString(), wire.toString());
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("same article");
    Run narrow = run("align", "--width", "20", wire.toString(), copy.toString());
    assertThat(narrow.code()).isEqualTo(2);
    assertThat(narrow.err()).contains("--width must be at least 40");
    Path many =
        Fixtures.write(
            dir,
            "two.jsonl",
            "{\"id\":\"x1\",\"title\":\"One\",\"text\":\"The fictional town of Marrow held a"
                + " vote on Monday about its new bridge, officials said.\"}\n"
                + "{\"id\":\"x2\",\"title\":\"Two\",\"text\":\"The fictional town of Marrow"
                + " opened a library on Tuesday, the mayor said.\"}\n");
    Run several = run("align", wire.toString(), many.toString());
    assertThat(several.code()).isEqualTo(2);
    assertThat(several.err()).contains("gives 2 articles");
    assertThat(run("align", "--url-typo", wire.toString(), copy.toString()).code()).isEqualTo(2);
    Run unknownModel = run("align", "--model", "gpt-9", wire.toString(), copy.toString());
    assertThat(unknownModel.code()).isEqualTo(2);
    assertThat(unknownModel.err())
        .contains("unknown embedding model 'gpt-9'")
        .contains("bge-small-en-v1.5-q");
  }

  @Test
  void aBadDocumentIsNamedWithItsProblem() throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Run run = run("align", "--lexical", wire.toString(), empty.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("B").contains("empty.txt").contains("gives no article");
    assertThat(run.out()).isEmpty();
  }

  private static String text(Path document) {
    Run run = run("extract", document.toString());
    try {
      return JSON.readTree(run.out()).get("text").asText();
    } catch (IOException e) {
      throw new AssertionError(run.err(), e);
    }
  }
}
