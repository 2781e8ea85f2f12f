package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.Story;

class SplitRepairTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

  /** Loose joining, so that one bridging article drags the second dam failure into the first. */
  private static final ClusterSettings DRIFTING =
      ClusterSettings.builder()
          .joinThreshold(0.05)
          .repairEvery(0)
          .splitThreshold(0.3)
          .splitMinMembers(6)
          .build();

  private static Article bridge(String id) {
    return Fixtures.article(
        id,
        "Second dam failure in a month: after Veldra, Marrowby",
        "2026-03-04",
        "Days after the Kessmoor dam breach killed 14 in Veldra, the Pellucid dam collapsed above"
            + " Marrowby on the Sarn river.",
        "Mayor Ilse Brandvik and Governor Tomas Quillan both asked for federal help with the"
            + " flooded streets.");
  }

  private static List<Article> driftedStream() {
    return List.of(
        Fixtures.veldra("v0", "2026-03-03", 0),
        Fixtures.veldra("v1", "2026-03-03", 1),
        Fixtures.veldra("v2", "2026-03-03", 2),
        bridge("b"),
        Fixtures.marrowby("m0", "2026-03-04", 0),
        Fixtures.marrowby("m1", "2026-03-04", 1),
        Fixtures.marrowby("m2", "2026-03-04", 2));
  }

  @Test
  void aStoryOfTwoEventsJoinedByABridgeIsSplitAlongTheEvents() {
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(DRIFTING).build();
    for (Article a : driftedStream()) {
      c.assign(a);
    }
    String drifted = c.storyOf("v0").orElseThrow().id();
    assertThat(c.storyOf("m2").orElseThrow().id()).isEqualTo(drifted);
    assertThat(c.storyCount()).isEqualTo(1);

    assertThat(c.repair()).isEqualTo(1);

    Story veldra = c.storyOf("v0").orElseThrow();
    Story marrowby = c.storyOf("m0").orElseThrow();
    assertThat(veldra.id()).isEqualTo(drifted);
    assertThat(marrowby.id()).isNotEqualTo(drifted);
    assertThat(veldra.articleIds()).contains("v0", "v1", "v2").doesNotContain("m0", "m1", "m2");
    assertThat(marrowby.articleIds()).contains("m0", "m1", "m2").doesNotContain("v0", "v1", "v2");
    assertThat(veldra.size() + marrowby.size()).isEqualTo(7);
    assertThat(veldra.label()).containsAnyOf("Veldra", "Kessmoor");
    assertThat(marrowby.label()).containsAnyOf("Marrowby", "Pellucid");
    assertThat(marrowby.firstSeen()).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
    assertThat(c.splitCount()).isEqualTo(1);
    for (String id : List.of("v0", "v1", "v2", "m0", "m1", "m2")) {
      assertThat(c.storyIdOf(id)).as(id).contains(c.storyOf(id).orElseThrow().id());
    }
    assertThat(c.storyIdOf("never-assigned")).isEmpty();
    // the halves now attract their own event's articles
    assertThat(c.assign(Fixtures.marrowby("m3", "2026-03-05", 0)).storyId())
        .isEqualTo(marrowby.id());
    assertThat(c.assign(Fixtures.veldra("v3", "2026-03-05", 0)).storyId()).isEqualTo(drifted);
  }

  @Test
  void aCoherentStoryIsNotSplit() {
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(DRIFTING).build();
    for (int i = 0; i < 8; i++) {
      c.assign(Fixtures.veldra("v" + i, "2026-03-0" + (3 + i % 3), i));
    }
    assertThat(c.storyCount()).isEqualTo(1);

    assertThat(c.repair()).isZero();

    assertThat(c.storyCount()).isEqualTo(1);
    assertThat(c.splitCount()).isZero();
    assertThat(c.storyOf("v7").orElseThrow().size()).isEqualTo(8);
  }

  @Test
  void splittingIsOffAtThresholdZeroAndForStoriesBelowTheMinimumSize() {
    StoryClusterer off =
        StoryClusterer.builder()
            .clock(CLOCK)
            .settings(DRIFTING.toBuilder().splitThreshold(0).build())
            .build();
    StoryClusterer tooSmall =
        StoryClusterer.builder()
            .clock(CLOCK)
            .settings(DRIFTING.toBuilder().splitMinMembers(8).build())
            .build();
    for (Article a : driftedStream()) {
      off.assign(a);
      tooSmall.assign(a);
    }
    off.repair();
    tooSmall.repair();

    assertThat(off.storyCount()).isEqualTo(1);
    assertThat(tooSmall.storyCount()).isEqualTo(1);
  }

  @Test
  void membershipAfterASplitIsConsistentAcrossRuns(@TempDir Path folder) {
    StoryClusterer first = StoryClusterer.builder().clock(CLOCK).settings(DRIFTING).open(folder);
    for (Article a : driftedStream()) {
      first.assign(a);
    }
    first.save(); // save runs repair, which splits
    String veldra = first.storyOf("v0").orElseThrow().id();
    String marrowby = first.storyOf("m0").orElseThrow().id();
    assertThat(veldra).isNotEqualTo(marrowby);

    StoryClusterer second = StoryClusterer.builder().clock(CLOCK).settings(DRIFTING).open(folder);
    assertThat(second.storyCount()).isEqualTo(2);
    assertThat(second.articleCount()).isEqualTo(7);
    Set<String> seen = new HashSet<>();
    for (Story s : second.stories()) {
      for (String id : s.articleIds()) {
        assertThat(seen.add(id)).as("article %s in one story only", id).isTrue();
        assertThat(second.storyOf(id).orElseThrow().id()).isEqualTo(s.id());
      }
    }
    assertThat(second.story(veldra).orElseThrow().articleIds())
        .isEqualTo(first.story(veldra).orElseThrow().articleIds());
    assertThat(second.story(marrowby).orElseThrow().articleIds())
        .isEqualTo(first.story(marrowby).orElseThrow().articleIds());
    // repeats stay where they are, new articles join their event's half
    assertThat(second.assign(Fixtures.marrowby("m1", "2026-03-04", 1)).storyId())
        .isEqualTo(marrowby);
    assertThat(second.assign(Fixtures.marrowby("m4", "2026-03-05", 1)).storyId())
        .isEqualTo(marrowby);
    second.save();
    StoryClusterer third = StoryClusterer.builder().clock(CLOCK).settings(DRIFTING).open(folder);
    assertThat(third.storyOf("m4").orElseThrow().id()).isEqualTo(marrowby);
    assertThat(third.articleCount()).isEqualTo(8);
  }

  @Test
  void aStateFileOfTheFormerVersionIsReadAndItsStoriesKeepWorking(@TempDir Path folder) {
    StoryClusterer old = StoryClusterer.builder().clock(CLOCK).settings(DRIFTING).build();
    for (Article a : driftedStream()) {
      old.assign(a);
    }
    StoryFile.write(old, folder, 1);

    StoryClusterer reopened = StoryClusterer.builder().clock(CLOCK).settings(DRIFTING).open(folder);

    assertThat(reopened.storyCount()).isEqualTo(1);
    assertThat(reopened.articleCount()).isEqualTo(7);
    String id = reopened.storyOf("v0").orElseThrow().id();
    // without member vectors the old story cannot be split, but it keeps taking articles
    assertThat(reopened.repair()).isZero();
    assertThat(reopened.assign(Fixtures.veldra("v9", "2026-03-05", 0)).storyId()).isEqualTo(id);
    reopened.save();
    assertThat(
            StoryClusterer.builder()
                .clock(CLOCK)
                .settings(DRIFTING)
                .open(folder)
                .storyOf("v9")
                .orElseThrow()
                .id())
        .isEqualTo(id);
  }
}
