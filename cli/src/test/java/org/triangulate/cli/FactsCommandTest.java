package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.TriangulateTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.TriangulateTest.Run;

class FactsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void printsEntitiesQuotesClaimsAndDates() throws IOException {
    Path wire = Fixtures.write(dir, "wire.txt", Fixtures.WIRE);
    Run run = run("facts", wire.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("article  ")
        .contains("Maren Toller")
        .contains("The crew did everything right")
        .contains("212");
  }

  @Test
  void jsonHasTheFourKindsWithOffsetsIntoTheText() throws IOException {
    Path wire = Fixtures.write(dir, "wire.txt", Fixtures.WIRE);
    String text = JSON.readTree(run("extract", wire.toString()).out()).get("text").asText();
    Run run = run("facts", "--json", wire.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode facts = JSON.readTree(run.out());
    String id = facts.get("article").asText();
    assertThat(facts.get("title").asText()).contains("Ferry fire");

    List<String> names = new ArrayList<>();
    for (JsonNode entity : facts.get("entities")) {
      names.add(entity.get("name").asText());
      for (JsonNode mention : entity.get("mentions")) {
        assertThat(mention.get("article").asText()).isEqualTo(id);
        assertThat(cut(text, mention)).isEqualTo(mention.get("text").asText());
      }
    }
    assertThat(names).anySatisfy(name -> assertThat(name).contains("Toller"));

    JsonNode quotes = facts.get("quotes");
    assertThat(quotes).isNotEmpty();
    JsonNode quote = null;
    for (JsonNode q : quotes) {
      if (q.get("direct").asBoolean()) {
        quote = q;
      }
    }
    assertThat(quote).as("the direct quote in %s", quotes).isNotNull();
    assertThat(quote.get("text").asText()).contains("every passenger was counted twice");
    assertThat(quote.get("speakerText").asText()).contains("Toller");
    String speaker = quote.get("speaker").asText();
    assertThat(facts.get("entities").findValuesAsText("id")).contains(speaker);
    assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt()))
        .contains("every passenger was counted twice");

    List<Double> values = new ArrayList<>();
    for (JsonNode claim : facts.get("claims")) {
      values.add(claim.get("value").asDouble());
      assertThat(cut(text, claim)).isEqualTo(claim.get("text").asText());
    }
    assertThat(values).contains(212.0, 14.0);

    List<String> dates = new ArrayList<>();
    int withEvent = 0;
    for (JsonNode date : facts.get("dates")) {
      dates.add(date.get("value").asText());
      assertThat(cut(text, date)).isEqualTo(date.get("text").asText());
      assertThat(date.has("event")).as("dates carry an event field: %s", date).isTrue();
      JsonNode event = date.get("event");
      if (!event.isNull()) {
        withEvent++;
        assertThat(cut(text, event)).isEqualTo(event.get("text").asText());
      }
    }
    assertThat(withEvent).as("dates with their event in %s", facts.get("dates")).isPositive();
    // "on Tuesday" in a story published on Tuesday 2025-05-06
    assertThat(dates).contains("2025-05-06");
    assertThat(facts.get("problems").isArray()).isTrue();
  }

  @Test
  void aDocumentWithNoNamesOrNumbersHasEmptyFacts() throws IOException {
    Path plain =
        Fixtures.write(
            dir,
            "plain.txt",
            "quiet evening\n\nthe wind dropped and the lake was calm again, and the boats stayed"
                + " in the harbour while the gulls slept on the pier.\n");
    Run run = run("facts", "--json", plain.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode facts = JSON.readTree(run.out());
    assertThat(facts.get("quotes")).isEmpty();
    assertThat(facts.get("claims")).isEmpty();
  }

  @Test
  void badInput() throws IOException {
    assertThat(run("facts", "--help").out()).contains("Usage: triangulate facts");
    Run none = run("facts");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("FILE");
    Run missing = run("facts", dir.resolve("gone.txt").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("gone.txt").contains("no such file");
    Run url = run("facts", "http://");
    assertThat(url.code()).isEqualTo(2);

    byte[] binary = new byte[4096];
    new Random(11).nextBytes(binary);
    binary[3] = 0;
    Path noise = dir.resolve("noise.txt");
    Files.write(noise, binary);
    Run bad = run("facts", noise.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("noise.txt").contains("gives no article");
    assertThat(bad.out()).isEmpty();
  }

  private static String cut(String text, JsonNode span) {
    return text.substring(span.get("start").asInt(), span.get("end").asInt());
  }
}
