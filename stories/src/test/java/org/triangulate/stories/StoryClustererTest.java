package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;

class StoryClustererTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

  private static StoryClusterer clusterer() {
    return StoryClusterer.builder().clock(CLOCK).build();
  }

  @Test
  void articlesAboutOneEventJoinOneStory() {
    StoryClusterer c = clusterer();
    Assignment first = c.assign(Fixtures.veldra("v1", "2026-03-03", 0));
    Assignment second = c.assign(Fixtures.veldra("v2", "2026-03-03", 1));
    Assignment third = c.assign(Fixtures.veldra("v3", "2026-03-04", 2));

    assertThat(first.outcome()).isEqualTo(Assignment.Outcome.OPENED);
    assertThat(second.outcome()).isEqualTo(Assignment.Outcome.JOINED);
    assertThat(third.outcome()).isEqualTo(Assignment.Outcome.JOINED);
    assertThat(second.storyId()).isEqualTo(first.storyId());
    assertThat(third.storyId()).isEqualTo(first.storyId());
    assertThat(second.score()).isGreaterThanOrEqualTo(c.settings().joinThreshold());
    Story story = c.story(first.storyId()).orElseThrow();
    assertThat(story.articleIds()).containsExactly("v1", "v2", "v3");
    assertThat(story.size()).isEqualTo(3);
    assertThat(story.languages()).containsExactly("en");
    assertThat(story.firstSeen()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(story.lastSeen()).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
    assertThat(story.label()).contains("Veldra");
    assertThat(story.independentSourceCount()).isEmpty();
    assertThat(story.problems()).isEmpty();
  }

  @Test
  void anUnrelatedArticleOpensANewStory() {
    StoryClusterer c = clusterer();
    Assignment dam = c.assign(Fixtures.veldra("v1", "2026-03-03", 0));
    Assignment vote = c.assign(Fixtures.election("e1", "2026-03-03"));

    assertThat(vote.outcome()).isEqualTo(Assignment.Outcome.OPENED);
    assertThat(vote.storyId()).isNotEqualTo(dam.storyId());
    assertThat(vote.score()).isLessThan(c.settings().joinThreshold());
    assertThat(c.storyCount()).isEqualTo(2);
  }

  @Test
  void twoDamFailuresAtTheSameTimeStayTwoStories() {
    StoryClusterer c = clusterer();
    for (int i = 0; i < 3; i++) {
      c.assign(Fixtures.veldra("v" + i, "2026-03-03", i));
      c.assign(Fixtures.marrowby("m" + i, "2026-03-03", i));
    }
    c.repair();

    Story veldra = c.storyOf("v0").orElseThrow();
    Story marrowby = c.storyOf("m0").orElseThrow();
    assertThat(veldra.id()).isNotEqualTo(marrowby.id());
    assertThat(veldra.articleIds()).containsExactlyInAnyOrder("v0", "v1", "v2");
    assertThat(marrowby.articleIds()).containsExactlyInAnyOrder("m0", "m1", "m2");
    assertThat(c.storyCount()).isEqualTo(2);
  }

  @Test
  void theScoreDecaysWithTheTimeGapAndOldStoriesLeaveTheWindow() {
    ClusterSettings handSet = ClusterSettings.builder().mergeModel(MergeModel.NONE).build();
    ClusterSettings learned = ClusterSettings.calibrated();
    for (ClusterSettings s : List.of(handSet, learned)) {
      StoryClusterer sameDay = StoryClusterer.builder().clock(CLOCK).settings(s).build();
      sameDay.assign(Fixtures.veldra("v1", "2026-03-01", 0));
      Assignment near = sameDay.assign(Fixtures.veldra("v2", "2026-03-01", 1));

      StoryClusterer weeksLater = StoryClusterer.builder().clock(CLOCK).settings(s).build();
      weeksLater.assign(Fixtures.veldra("v1", "2026-01-10", 0));
      Assignment far = weeksLater.assign(Fixtures.veldra("v2", "2026-01-31", 1));

      StoryClusterer monthsLater = StoryClusterer.builder().clock(CLOCK).settings(s).build();
      Assignment old = monthsLater.assign(Fixtures.veldra("v1", "2025-11-01", 0));
      Assignment late = monthsLater.assign(Fixtures.veldra("v2", "2026-03-01", 1));

      assertThat(near.outcome()).isEqualTo(Assignment.Outcome.JOINED);
      if (s == handSet) {
        // 21 days apart: the same texts score lower by the decay factor
        assertThat(far.score())
            .isCloseTo(near.score() * s.decay(21), org.assertj.core.data.Offset.offset(1e-6));
      } else {
        // the learned decision: the decay scales the odds of a join
        assertThat(odds(far.score()))
            .isCloseTo(odds(near.score()) * s.decay(21), org.assertj.core.data.Offset.offset(1e-6));
      }
      assertThat(far.score()).isLessThan(near.score());
      // 120 days apart: beyond the active window, no candidate at all
      assertThat(late.outcome()).isEqualTo(Assignment.Outcome.OPENED);
      assertThat(late.storyId()).isNotEqualTo(old.storyId());
      assertThat(late.score()).isZero();
    }
  }

  private static double odds(double p) {
    return p / (1 - p);
  }

  @Test
  void storiesPersistAcrossRunsAndNewArticlesJoinThem(@TempDir Path folder) {
    StoryClusterer first = StoryClusterer.builder().clock(CLOCK).open(folder);
    String veldra = first.assign(Fixtures.veldra("v1", "2026-03-03", 0)).storyId();
    String marrowby = first.assign(Fixtures.marrowby("m1", "2026-03-03", 0)).storyId();
    first.save();
    assertThat(folder.resolve(StoryFile.NAME)).exists();
    assertThat(folder.resolve(StoryFile.NAME + ".tmp")).doesNotExist();

    StoryClusterer second = StoryClusterer.builder().clock(CLOCK).open(folder);
    assertThat(second.storyCount()).isEqualTo(2);
    assertThat(second.articleCount()).isEqualTo(2);
    Assignment v2 = second.assign(Fixtures.veldra("v2", "2026-03-04", 1));
    Assignment m2 = second.assign(Fixtures.marrowby("m2", "2026-03-04", 1));
    Assignment repeat = second.assign(Fixtures.veldra("v1", "2026-03-03", 0));
    Assignment e1 = second.assign(Fixtures.election("e1", "2026-03-04"));
    second.save();

    assertThat(v2.storyId()).isEqualTo(veldra);
    assertThat(m2.storyId()).isEqualTo(marrowby);
    assertThat(repeat.outcome()).isEqualTo(Assignment.Outcome.REPEAT);
    assertThat(e1.outcome()).isEqualTo(Assignment.Outcome.OPENED);
    assertThat(e1.storyId()).isNotIn(veldra, marrowby);

    StoryClusterer third = StoryClusterer.builder().clock(CLOCK).open(folder);
    assertThat(third.story(veldra).orElseThrow().articleIds()).containsExactly("v1", "v2");
    assertThat(third.story(marrowby).orElseThrow().articleIds()).containsExactly("m1", "m2");
    assertThat(third.stories()).hasSize(3);
    assertThat(third.assign(Fixtures.veldra("v3", "2026-03-05", 2)).storyId()).isEqualTo(veldra);
  }

  @Test
  void aDamagedStateFileIsReportedNotSilentlyReplaced(@TempDir Path folder) throws Exception {
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).open(folder);
    c.assign(Fixtures.veldra("v1", "2026-03-03", 0));
    c.save();
    Path file = folder.resolve(StoryFile.NAME);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);

    assertThatThrownBy(() -> StoryClusterer.builder().open(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged");
    Files.write(file, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> StoryClusterer.builder().open(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void saveWithoutAFolderSaysHowToGetOne() {
    assertThatThrownBy(() -> clusterer().save())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("open(folder)");
  }

  @Test
  void undatedArticlesGetTheIngestTimeAndAFlag() {
    StoryClusterer c = clusterer();
    Assignment a = c.assign(Fixtures.veldra("v1", null, 0));

    assertThat(a.time()).isEqualTo(CLOCK.instant());
    assertThat(a.problems()).extracting(Problem::code).containsExactly("undated");
    assertThat(c.story(a.storyId()).orElseThrow().problems())
        .extracting(Problem::document)
        .containsExactly("v1");
  }

  @Test
  void futureAndDecadesOffDatesAreFlaggedAndReplaced() {
    StoryClusterer c = clusterer();
    Assignment normal = c.assign(Fixtures.veldra("v1", "2026-03-18", 0));
    Assignment future = c.assign(Fixtures.veldra("v2", "2031-03-18", 1));
    Assignment typo = c.assign(Fixtures.veldra("v3", "1926-03-18", 2));

    assertThat(normal.problems()).isEmpty();
    assertThat(future.problems()).extracting(Problem::code).containsExactly("future-date");
    assertThat(future.time()).isEqualTo(CLOCK.instant());
    assertThat(typo.problems()).extracting(Problem::code).containsExactly("date-outlier");
    assertThat(typo.time()).isEqualTo(CLOCK.instant());
    // replaced times keep them in the story instead of opening far-off ones
    assertThat(future.storyId()).isEqualTo(normal.storyId());
    assertThat(typo.storyId()).isEqualTo(normal.storyId());
  }

  @Test
  void nearEmptyTextsGetTheirOwnFlaggedStoryAndAttractNothing() {
    StoryClusterer c = clusterer();
    Assignment empty = c.assign(Fixtures.article("x1", null, "2026-03-03", "Veldra dam."));
    Assignment blank = c.assign(Fixtures.article("x2", null, "2026-03-03"));
    Assignment full = c.assign(Fixtures.veldra("v1", "2026-03-03", 0));

    assertThat(empty.problems()).extracting(Problem::code).containsExactly("near-empty");
    assertThat(blank.problems()).extracting(Problem::code).containsExactly("near-empty");
    assertThat(List.of(empty.storyId(), blank.storyId(), full.storyId())).doesNotHaveDuplicates();
    assertThat(full.outcome()).isEqualTo(Assignment.Outcome.OPENED);
  }

  @Test
  void theSameArticleTwiceIsOneMember() {
    StoryClusterer c = clusterer();
    Article v1 = Fixtures.veldra("v1", "2026-03-03", 0);
    Assignment first = c.assign(v1);
    Assignment again = c.assign(v1);
    c.assign(Fixtures.veldra("v2", "2026-03-03", 1));
    Assignment third = c.assign(v1);

    assertThat(again.outcome()).isEqualTo(Assignment.Outcome.REPEAT);
    assertThat(third.outcome()).isEqualTo(Assignment.Outcome.REPEAT);
    assertThat(again.storyId()).isEqualTo(first.storyId());
    assertThat(c.story(first.storyId()).orElseThrow().articleIds()).containsExactly("v1", "v2");
    assertThat(c.articleCount()).isEqualTo(2);
  }

  @Test
  void repairMergesStoriesThatConverged() {
    ClusterSettings strict =
        ClusterSettings.builder()
            .mergeModel(MergeModel.NONE)
            .joinThreshold(0.99)
            .mergeThreshold(0.3)
            .repairEvery(0)
            .build();
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(strict).build();
    String a = c.assign(Fixtures.veldra("v1", "2026-03-03", 0)).storyId();
    String b = c.assign(Fixtures.veldra("v2", "2026-03-03", 1)).storyId();
    c.assign(Fixtures.marrowby("m1", "2026-03-03", 0));
    assertThat(c.storyCount()).isEqualTo(3);

    assertThat(c.repair()).isEqualTo(1);

    assertThat(c.storyCount()).isEqualTo(2);
    assertThat(c.story(a).orElseThrow().articleIds()).containsExactlyInAnyOrder("v1", "v2");
    // the id of the story merged away resolves to the survivor
    assertThat(c.story(b).orElseThrow().id()).isEqualTo(c.story(a).orElseThrow().id());
    assertThat(c.storyOf("m1").orElseThrow().articleIds()).containsExactly("m1");
  }
}
