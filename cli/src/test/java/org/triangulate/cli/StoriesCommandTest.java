package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.TriangulateTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.TriangulateTest.Run;
import org.triangulate.store.LuceneArticleStore;

/** {@code stories} and {@code show} on a store built by {@code ingest}. */
class StoriesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Path store;
  Path corpus;

  @BeforeEach
  void ingest() throws IOException {
    store = dir.resolve("data");
    corpus = dir.resolve("corpus");
    Fixtures.write(corpus, "a-wire.txt", Fixtures.WIRE);
    Fixtures.write(corpus, "b-copy.txt", Fixtures.COPY);
    Fixtures.write(corpus, "c-independent.txt", Fixtures.INDEPENDENT);
    Fixtures.write(corpus, "d-pumpkins.txt", Fixtures.UNRELATED);
    Run run = run("ingest", "--store", store.toString(), corpus.toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  @Test
  void listsStoriesWithSizesAndIndependentSources() throws IOException {
    Run json = run("stories", "--store", store.toString(), "--json");
    assertThat(json.code()).as(json.err()).isZero();
    List<JsonNode> stories = json.jsonLines();
    assertThat(stories).isNotEmpty();
    int articles = 0;
    JsonNode ferry = null;
    for (JsonNode story : stories) {
      int size = story.get("size").asInt();
      articles += size;
      assertThat(story.get("articleIds")).hasSize(size);
      assertThat(story.get("independentSources").asInt()).isBetween(1, size);
      if (story.get("label").asText().contains("Ferry")
          || story.get("label").asText().contains("Saint Velna")) {
        ferry = ferry == null || ferry.get("size").asInt() < size ? story : ferry;
      }
    }
    assertThat(articles).isEqualTo(4);
    // the wire story and its syndicated copy are one story, and one lineage
    assertThat(ferry).isNotNull();
    assertThat(ferry.get("size").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(ferry.get("independentSources").asInt()).isLessThan(ferry.get("size").asInt());
    // the pumpkin festival is a story of its own
    assertThat(stories)
        .anySatisfy(
            s -> {
              assertThat(s.get("label").asText()).contains("Pumpkin");
              assertThat(s.get("size").asInt()).isEqualTo(1);
            });
    assertThat(json.err()).contains(stories.size() + " stories in the store");

    // newest first by default, largest first when asked
    List<String> newest = lastSeen(stories);
    List<String> sorted = new ArrayList<>(newest);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertThat(newest).isEqualTo(sorted);
    List<JsonNode> largest =
        run("stories", "--store", store.toString(), "--json", "--sort", "largest").jsonLines();
    assertThat(largest.get(0).get("size").asInt()).isEqualTo(ferry.get("size").asInt());
    assertThat(run("stories", "--store", store.toString(), "--json", "-n", "1").jsonLines())
        .hasSize(1);

    Run table = run("stories", "--store", store.toString());
    assertThat(table.code()).isZero();
    assertThat(table.out()).startsWith("STORY").contains("INDEP").contains("Pumpkin");

    Run filtered = run("stories", "--store", store.toString(), "--json", "-q", "pumpkins");
    assertThat(filtered.jsonLines()).hasSize(1);
    assertThat(filtered.err()).contains("1 story match, of " + stories.size());
  }

  @Test
  void showPrintsOneStoryWithLineageAndFacts() throws IOException {
    List<JsonNode> stories =
        run("stories", "--store", store.toString(), "--json", "--sort", "largest").jsonLines();
    String id = stories.get(0).get("id").asText();
    Run show = run("show", "--store", store.toString(), id);
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("story      " + id)
        .contains("lineage    ")
        .contains("independent source")
        .contains("Ferry fire on Lake Orrin")
        .contains("Brief")
        .contains("Maren Toller");

    Run json = run("show", "--store", store.toString(), "--json", id);
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode detail = JSON.readTree(json.out());
    assertThat(detail.get("story").get("id").asText()).isEqualTo(id);
    assertThat(detail.get("articles")).hasSize(stories.get(0).get("size").asInt());
    assertThat(detail.get("lineage").get("edges")).isNotEmpty();
    JsonNode edge = detail.get("lineage").get("edges").get(0);
    assertThat(edge.has("copy") && edge.has("source") && edge.has("kind")).isTrue();
    assertThat(detail.get("facts").get("entities")).isNotEmpty();
    assertThat(detail.has("comparison")).isTrue();
  }

  @Test
  void newlyIngestedArticlesJoinTheirStories() throws IOException {
    int before = count(run("stories", "--store", store.toString(), "--json").jsonLines());
    Path more =
        Fixtures.write(
            dir.resolve("more"),
            "pumpkins-again.txt",
            "Hollin Vale pumpkin festival crowns its heaviest pumpkin\n"
                + "date 2024-10-13\n\n"
                + "A pumpkin weighing 412 kilograms won the prize at the pumpkin festival of the"
                + " fictional village of Hollin Vale on Saturday, organisers said. About 300"
                + " pumpkins were shown and the lantern parade drew families from the valley.\n");
    assertThat(run("ingest", "--store", store.toString(), more.toString()).code()).isZero();
    List<JsonNode> after = run("stories", "--store", store.toString(), "--json").jsonLines();
    assertThat(count(after)).as("the new article joins a story").isEqualTo(before);
    assertThat(after)
        .anySatisfy(
            s -> {
              assertThat(s.get("label").asText()).containsIgnoringCase("pumpkin");
              assertThat(s.get("size").asInt()).isEqualTo(2);
            });
  }

  @Test
  void badArgumentsAndMissingStores() {
    assertThat(run("stories", "--help").out()).contains("Usage: triangulate stories");
    assertThat(run("show", "--help").out()).contains("Usage: triangulate show");
    Run nowhere = run("stories", "--store", dir.resolve("nowhere").toString());
    assertThat(nowhere.code()).isEqualTo(2);
    assertThat(nowhere.err()).contains("no store at");
    assertThat(dir.resolve("nowhere")).doesNotExist();
    Run sort = run("stories", "--store", store.toString(), "--sort", "oldest");
    assertThat(sort.code()).isEqualTo(2);
    assertThat(sort.err()).contains("oldest");
    assertThat(run("stories", "--store", store.toString(), "-n", "0").code()).isEqualTo(2);
    Run dates =
        run("stories", "--store", store.toString(), "--from", "2025-05-07", "--to", "2025-05-01");
    assertThat(dates.code()).isEqualTo(2);
    assertThat(dates.err()).contains("must not be before");
    assertThat(run("stories", "--store", store.toString(), "--from", "May 7").code()).isEqualTo(2);
    Run noStory = run("show", "--store", store.toString(), "no-such-story");
    assertThat(noStory.code()).isEqualTo(2);
    assertThat(noStory.err()).contains("no story no-such-story").contains("triangulate stories");
    assertThat(run("show", "--store", store.toString()).code()).isEqualTo(2);
    try (var holder = LuceneArticleStore.open(store)) {
      Run locked = run("stories", "--store", store.toString());
      assertThat(locked.code()).isEqualTo(2);
      assertThat(locked.err()).contains("in use by another process");
      assertThat(holder.size()).isEqualTo(4);
    }
  }

  private static List<String> lastSeen(List<JsonNode> stories) {
    List<String> times = new ArrayList<>();
    for (JsonNode s : stories) {
      times.add(s.get("lastSeen").asText());
    }
    return times;
  }

  private static int count(List<JsonNode> stories) {
    return stories.size();
  }
}
