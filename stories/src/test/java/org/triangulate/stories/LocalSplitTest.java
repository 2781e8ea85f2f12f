package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.Story;

class LocalSplitTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

  /** The names of one fictional dam failure. */
  private record Event(
      String town, String dam, String river, String official, String county, String owner) {}

  private static final Event VELDRA =
      new Event("Veldra", "Kessmoor", "Ostrin", "Ilse Brandvik", "Harlow", "Ostrin Hydro");

  private static final Event MARROWBY =
      new Event("Marrowby", "Pellucid", "Sarn", "Tomas Quillan", "Eastfold", "Sarnwater");

  /** Six sentences of the same kind of report; every article tells three of them. */
  private static String sentence(Event e, int k) {
    return switch (k) {
      case 0 ->
          "The "
              + e.dam()
              + " dam on the "
              + e.river()
              + " river gave way and water reached "
              + e.town()
              + " before dawn.";
      case 1 ->
          "Rescue teams from "
              + e.county()
              + " searched flooded streets of "
              + e.town()
              + " with boats.";
      case 2 -> "Officials said " + e.official() + " asked residents to move to higher ground.";
      case 3 ->
          "The owner, " + e.owner() + ", said engineers would inspect the " + e.dam() + " wall.";
      case 4 ->
          "Families from "
              + e.town()
              + " spent the night in shelters opened by "
              + e.county()
              + " volunteers.";
      default ->
          "Critics asked why warnings about the "
              + e.dam()
              + " dam were ignored, and "
              + e.official()
              + " promised an inquiry.";
    };
  }

  /** Report {@code n} of an event: three of the six sentences, a different trio per report. */
  private static Article report(Event e, String id, int n) {
    int[][] trios = {
      {0, 1, 2}, {0, 3, 4}, {1, 3, 5}, {0, 2, 5}, {2, 3, 4}, {1, 4, 5}, {0, 4, 5}, {1, 2, 3},
      {0, 1, 5}, {2, 4, 5}, {0, 2, 3}, {1, 2, 4}, {3, 4, 5}, {0, 1, 4}, {0, 3, 5}
    };
    int[] t = trios[n % trios.length];
    return Fixtures.article(
        id,
        "Dam breach floods " + e.town(),
        "2026-03-03",
        sentence(e, t[0]),
        sentence(e, t[1]),
        sentence(e, t[2]));
  }

  private static final ClusterSettings SETTINGS = ClusterSettings.calibrated();

  /** {@link LocalSplit#of} over the articles' member vectors, with idf over these articles. */
  private static boolean[] split(List<Article> articles, double link, int minSide) {
    TermTable names = new TermTable();
    return LocalSplit.of(members(articles, names), link, minSide, names, SETTINGS);
  }

  /** The articles' member vectors, with idf over these articles; {@code names} gets their names. */
  private static List<MemberVector> members(List<Article> articles, TermTable names) {
    TermTable words = new TermTable();
    List<TermVector[]> raw = new ArrayList<>();
    for (Article a : articles) {
      TextTerms t = TextTerms.of(a.title(), a.text());
      TermVector w = TermVector.of(t.words(), words);
      TermVector n = TermVector.of(t.entities(), names);
      words.countDocument(w.ids);
      names.countDocument(n.ids);
      raw.add(new TermVector[] {w, n});
    }
    List<MemberVector> members = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      members.add(
          MemberVector.of(
              articles.get(i).title(), "en", raw.get(i)[0], raw.get(i)[1], null, words, names));
    }
    return members;
  }

  private static boolean[] split(List<Article> articles) {
    return split(articles, SETTINGS.localSplitLink(), SETTINGS.localSplitMinSide());
  }

  @Test
  void twoEventsOfTheSameKindWithDifferentNamesFallApart() {
    List<Article> mixed = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      mixed.add(report(VELDRA, "v" + n, n));
      mixed.add(report(MARROWBY, "m" + n, n + 3));
    }
    boolean[] side = split(mixed);
    assertThat(side).isNotNull();
    for (int i = 0; i < mixed.size(); i++) {
      // member 0 is a Veldra report: its side is false
      assertThat(side[i]).as(mixed.get(i).id()).isEqualTo(mixed.get(i).id().startsWith("m"));
    }
  }

  @Test
  void oneEventToldInVariedWordsStaysWhole() {
    List<Article> one = new ArrayList<>();
    for (int n = 0; n < 15; n++) {
      one.add(report(VELDRA, "v" + n, n));
    }
    assertThat(split(one)).isNull();
  }

  @Test
  void syndicatedCopiesOfTwoReportsOfOneEventAreNotTwoEvents() {
    List<Article> copies = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      copies.add(Fixtures.veldra("a" + n, "2026-03-03", 0));
      copies.add(Fixtures.veldra("b" + n, "2026-03-03", 1));
    }
    assertThat(split(copies)).isNull();
  }

  @Test
  void tooFewMembersForTwoSidesIsNoSplit() {
    List<Article> few = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      few.add(report(VELDRA, "v" + n, n));
      few.add(report(MARROWBY, "m" + n, n));
    }
    assertThat(split(few, 1.0, 7)).isNull();
    assertThat(split(few, 1.0, 6)).isNotNull();
  }

  @Test
  void averageLinkStopsAtTheThreshold() {
    double[][] sim = {
      {1, 0.9, 0.1, 0.0},
      {0.9, 1, 0.0, 0.1},
      {0.1, 0.0, 1, 0.8},
      {0.0, 0.1, 0.8, 1}
    };
    int[] groups = LocalSplit.averageLink(sim, 0.5);
    assertThat(groups[0]).isEqualTo(groups[1]);
    assertThat(groups[2]).isEqualTo(groups[3]);
    assertThat(groups[0]).isNotEqualTo(groups[2]);
    // mean link between the pairs is 0.05: they join only at a lower threshold
    int[] all = LocalSplit.averageLink(sim, 0.05);
    assertThat(all[0]).isEqualTo(all[3]);
  }

  /**
   * Two events of five reports each (similarity 0.5 within, 0.1 across), except that report 4 of
   * the first event is very close to report 5 of the second (0.9): average link joins 4 and 5 first
   * and keeps 4 on the second event's side.
   */
  private static double[][] bridged() {
    int n = 10;
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sim[i][j] = i == j ? 1 : (i < 5) == (j < 5) ? 0.5 : 0.1;
      }
    }
    sim[4][5] = 0.9;
    sim[5][4] = 0.9;
    return sim;
  }

  @Test
  void averageLinkAloneKeepsTheBridgingReportWithItsNearestNeighbour() {
    int[] groups = LocalSplit.averageLink(bridged(), 0.3);
    assertThat(groups[4]).isEqualTo(groups[5]).isNotEqualTo(groups[0]);
  }

  @Test
  void refineMovesAReportToTheEventItIsCloserToAsAWhole() {
    // the sides average link gives: report 4 with the second event
    boolean[] side = {false, false, false, false, true, true, true, true, true, true};
    LocalSplit.refine(bridged(), side, 2);
    // 4 is on average closer to 0-3 (0.5) than to 5-9 (0.26)
    assertThat(side)
        .containsExactly(false, false, false, false, false, true, true, true, true, true);
  }

  @Test
  void refineLeavesNoSideBelowTheLeastSize() {
    boolean[] side = {false, false, false, false, true, true, true, true, true, true};
    LocalSplit.refine(bridged(), side, 6);
    // moving 4 back would leave the second side with 5 < 6 members
    assertThat(side[4]).isTrue();
    boolean[] good = {false, false, false, false, false, true, true, true, true, true};
    LocalSplit.refine(bridged(), good, 2);
    // the event sides are a fixed point: nothing moves
    assertThat(good)
        .containsExactly(false, false, false, false, false, true, true, true, true, true);
  }

  @Test
  void aReportSharingAParagraphWithTheOtherEventEndsOnItsOwnEventsSide() {
    // the last Veldra report and the first three Marrowby reports quote the same weather warning
    String warning =
        "Forecaster Odile Fenwarth of the Quarrow weather bureau warned that storms over the Hallin"
            + " hills and the Brisk valley would return on Friday.";
    List<Article> mixed = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      Article v = report(VELDRA, "v" + n, n);
      Article m = report(MARROWBY, "m" + n, n + 3);
      mixed.add(n == 7 ? withParagraph(v, warning) : v);
      mixed.add(n <= 2 ? withParagraph(m, warning) : m);
    }
    TermTable names = new TermTable();
    List<MemberVector> members = members(mixed, names);
    double[][] sim = LocalSplit.similarities(members, SETTINGS);
    int[] groups =
        LocalSplit.averageLink(sim, SETTINGS.localSplitLink() * LocalSplit.meanSimilarity(sim));
    // average link alone keeps v7 (index 14) with the Marrowby reports that share its warning
    assertThat(groups[14]).isEqualTo(groups[1]).isNotEqualTo(groups[0]);
    boolean[] side =
        LocalSplit.of(
            members, SETTINGS.localSplitLink(), SETTINGS.localSplitMinSide(), names, SETTINGS);
    assertThat(side).isNotNull();
    for (int i = 0; i < mixed.size(); i++) {
      assertThat(side[i]).as(mixed.get(i).id()).isEqualTo(mixed.get(i).id().startsWith("m"));
    }
  }

  private static Article withParagraph(Article a, String paragraph) {
    return Fixtures.article(a.id(), a.title(), "2026-03-03", a.text(), paragraph);
  }

  @Test
  void repairSplitsAStoryHoldingTwoEventsAndTheHalvesKeepTheirArticles() {
    // a loose hand-set decision that lets the second event's reports into the first's story
    ClusterSettings loose =
        ClusterSettings.builder()
            .mergeModel(MergeModel.NONE)
            .nameGate(0)
            .joinThreshold(0.01)
            .repairEvery(0)
            .splitThreshold(0)
            .build();
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(loose).build();
    List<Article> stream = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      stream.add(report(VELDRA, "v" + n, n));
      stream.add(report(MARROWBY, "m" + n, n + 3));
    }
    for (Article a : stream) {
      c.assign(a);
    }
    assertThat(c.storyCount()).isEqualTo(1);

    assertThat(c.repair()).isEqualTo(1);

    assertThat(c.storyCount()).isEqualTo(2);
    Story veldra = c.storyOf("v0").orElseThrow();
    Story marrowby = c.storyOf("m0").orElseThrow();
    Set<String> v = new HashSet<>(veldra.articleIds());
    Set<String> m = new HashSet<>(marrowby.articleIds());
    for (int n = 0; n < 8; n++) {
      assertThat(v).contains("v" + n).doesNotContain("m" + n);
      assertThat(m).contains("m" + n).doesNotContain("v" + n);
    }
    assertThat(c.splitCount()).isEqualTo(1);
  }

  @Test
  void rejectsNonsenseInTheLocalSplitSettings() {
    assertThatThrownBy(() -> ClusterSettings.builder().localSplitLink(-0.5).build())
        .hasMessageContaining("localSplitLink")
        .hasMessageContaining("-0.5");
    assertThatThrownBy(() -> ClusterSettings.builder().localSplitMinSide(1).build())
        .hasMessageContaining("localSplitMinSide")
        .hasMessageContaining("1");
    assertThat(ClusterSettings.builder().localSplitLink(0).build().localSplitLink()).isZero();
  }

  @Test
  void theMergeStepDoesNotUndoASplit() {
    // merge threshold 0: any candidate would be merged, except the story it was split from
    ClusterSettings loose =
        ClusterSettings.builder()
            .mergeModel(MergeModel.NONE)
            .nameGate(0)
            .joinThreshold(0.01)
            .mergeThreshold(0)
            .repairEvery(0)
            .splitThreshold(0)
            .build();
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(loose).build();
    for (int n = 0; n < 8; n++) {
      c.assign(report(VELDRA, "v" + n, n));
      c.assign(report(MARROWBY, "m" + n, n + 3));
    }
    c.repair();
    assertThat(c.storyCount()).isEqualTo(2);
    assertThat(c.storyIdOf("v0")).isNotEqualTo(c.storyIdOf("m0"));
    // a later repair of both halves keeps them apart too
    c.assign(report(VELDRA, "v8", 8));
    c.assign(report(MARROWBY, "m8", 11));
    c.repair();
    assertThat(c.storyIdOf("v8")).isEqualTo(c.storyIdOf("v0"));
    assertThat(c.storyIdOf("m8")).isEqualTo(c.storyIdOf("m0"));
    assertThat(c.storyIdOf("v0")).isNotEqualTo(c.storyIdOf("m0"));
  }

  /** Merges any two candidate stories (threshold 0), except the halves of a split. */
  private static final ClusterSettings MERGE_ANYTHING =
      ClusterSettings.builder()
          .mergeModel(MergeModel.NONE)
          .nameGate(0)
          .joinThreshold(0.01)
          .mergeThreshold(0)
          .repairEvery(0)
          .splitThreshold(0)
          .build();

  /** A folder whose saved state holds the two events as the halves of one split story. */
  private static void saveASplit(Path folder, int version) {
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(MERGE_ANYTHING).open(folder);
    for (int n = 0; n < 8; n++) {
      c.assign(report(VELDRA, "v" + n, n));
      c.assign(report(MARROWBY, "m" + n, n + 3));
    }
    c.repair();
    assertThat(c.splitCount()).isEqualTo(1);
    assertThat(c.storyIdOf("v0")).isNotEqualTo(c.storyIdOf("m0"));
    StoryFile.write(c, folder, version);
  }

  @Test
  void theHalvesOfASplitStayApartAfterTheStateIsReopened(@TempDir Path folder) {
    saveASplit(folder, StoryFile.VERSION);

    StoryClusterer reopened =
        StoryClusterer.builder().clock(CLOCK).settings(MERGE_ANYTHING).open(folder);
    assertThat(reopened.storyCount()).isEqualTo(2);
    String veldra = reopened.storyIdOf("v0").orElseThrow();
    String marrowby = reopened.storyIdOf("m0").orElseThrow();
    // new reports touch both halves, so that repair compares them with each other
    reopened.assign(report(VELDRA, "v8", 8));
    reopened.assign(report(MARROWBY, "m8", 11));
    reopened.repair();

    assertThat(reopened.storyCount()).isEqualTo(2);
    assertThat(reopened.storyIdOf("v8")).contains(veldra);
    assertThat(reopened.storyIdOf("m8")).contains(marrowby);
    assertThat(reopened.storyIdOf("v0")).isNotEqualTo(reopened.storyIdOf("m0"));

    // and again after the next run's save (which repairs) and reopen
    reopened.save();
    StoryClusterer third =
        StoryClusterer.builder().clock(CLOCK).settings(MERGE_ANYTHING).open(folder);
    third.assign(report(VELDRA, "v9", 9));
    third.assign(report(MARROWBY, "m9", 12));
    third.save();
    assertThat(third.storyCount()).isEqualTo(2);
    assertThat(third.storyIdOf("v9")).contains(veldra);
    assertThat(third.storyIdOf("m9")).contains(marrowby);
  }

  @Test
  void aVersionTwoFileOpensWithItsStoriesAndIsSavedInTheCurrentVersion(@TempDir Path folder)
      throws IOException {
    saveASplit(folder, 2);
    assertThat(versionOf(folder)).isEqualTo(2);

    StoryClusterer reopened =
        StoryClusterer.builder().clock(CLOCK).settings(MERGE_ANYTHING).open(folder);

    assertThat(reopened.storyCount()).isEqualTo(2);
    assertThat(reopened.articleCount()).isEqualTo(16);
    Set<String> v = new HashSet<>(reopened.storyOf("v0").orElseThrow().articleIds());
    Set<String> m = new HashSet<>(reopened.storyOf("m0").orElseThrow().articleIds());
    for (int n = 0; n < 8; n++) {
      assertThat(v).contains("v" + n).doesNotContain("m" + n);
      assertThat(m).contains("m" + n).doesNotContain("v" + n);
    }
    // a version 2 file knows no split-from ids
    for (StoryState s : reopened.live.values()) {
      assertThat(s.splitFrom).as(s.id).isEmpty();
    }
    reopened.save();
    assertThat(versionOf(folder)).isEqualTo(StoryFile.VERSION);
    StoryClusterer again =
        StoryClusterer.builder().clock(CLOCK).settings(MERGE_ANYTHING).open(folder);
    assertThat(again.articleCount()).isEqualTo(16);
  }

  @Test
  void savingKeepsOnlySiblingsThatAreLiveStoriesAsTheyAreNow(@TempDir Path folder) {
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(MERGE_ANYTHING).open(folder);
    for (int n = 0; n < 8; n++) {
      c.assign(report(VELDRA, "v" + n, n));
      c.assign(report(MARROWBY, "m" + n, n + 3));
    }
    c.repair();
    String veldra = c.storyIdOf("v0").orElseThrow();
    String marrowby = c.storyIdOf("m0").orElseThrow();
    // a sibling that no longer exists, and one that was merged away into the other half
    c.live.get(veldra).splitFrom.add("story-gone");
    c.live.get(veldra).splitFrom.add("story-merged");
    c.mergedInto.put("story-merged", marrowby);
    StoryFile.write(c, folder);

    StoryClusterer reopened =
        StoryClusterer.builder().clock(CLOCK).settings(MERGE_ANYTHING).open(folder);

    assertThat(reopened.live.get(veldra).splitFrom).containsExactly(marrowby);
    assertThat(reopened.live.get(marrowby).splitFrom).containsExactly(veldra);
  }

  @Test
  void aSiblingThatIsNotAStoryOfTheFileIsReportedAsDamage(@TempDir Path folder) throws IOException {
    saveASplit(folder, StoryFile.VERSION);
    Path file = folder.resolve(StoryFile.NAME);
    byte[] bytes = Files.readAllBytes(file);
    // the last string of the body is the second story's sibling: the first story's id
    byte[] body = Arrays.copyOf(bytes, bytes.length - 8);
    String sibling =
        StoryClusterer.builder()
            .clock(CLOCK)
            .settings(MERGE_ANYTHING)
            .open(folder)
            .storyIdOf("v0")
            .orElseThrow();
    byte[] id = sibling.getBytes(StandardCharsets.UTF_8);
    int at = body.length - id.length;
    assertThat(Arrays.copyOfRange(body, at, body.length)).isEqualTo(id);
    body[body.length - 1] = (byte) 'x'; // now names a story that the file does not hold
    CRC32 crc = new CRC32();
    crc.update(body);
    Files.write(
        file, ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array());

    assertThatThrownBy(
            () -> StoryClusterer.builder().clock(CLOCK).settings(MERGE_ANYTHING).open(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("damaged")
        .hasMessageContaining(
            "split from unknown story " + sibling.substring(0, sibling.length() - 1) + "x");
  }

  private static int versionOf(Path folder) throws IOException {
    byte[] bytes = Files.readAllBytes(folder.resolve(StoryFile.NAME));
    return ByteBuffer.wrap(bytes, 4, 4).getInt();
  }
}
