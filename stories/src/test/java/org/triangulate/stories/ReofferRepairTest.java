package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;

class ReofferRepairTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

  /**
   * A short follow-up of the Veldra dam failure that shares little with the first report (no mayor,
   * no toll), but much with the later ones (shelters, inquiry, the dam's owner).
   */
  private static Article straggler() {
    return straggler("2026-03-03");
  }

  private static Article straggler(String day) {
    return Fixtures.article(
        "late",
        "Shelters fill up",
        day,
        "Families whose homes were flooded moved into shelters on Wednesday while Ostrin Hydro"
            + " prepared for an inquiry next week.");
  }

  /** The first Veldra report, the straggler, five more Veldra reports, one Marrowby report. */
  private static List<Article> stream() {
    List<Article> out = new ArrayList<>();
    out.add(Fixtures.veldra("v0", "2026-03-03", 0));
    out.add(straggler());
    for (int i = 1; i < 6; i++) {
      out.add(Fixtures.veldra("v" + i, "2026-03-03", i));
    }
    out.add(Fixtures.marrowby("m0", "2026-03-04", 0));
    return out;
  }

  private static StoryClusterer run(ClusterSettings settings) {
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(settings).build();
    for (Article a : stream()) {
      Assignment assigned = c.assign(a);
      if (a.id().equals("late")) {
        // refused by the one-article story of the first report: it opens a story of its own
        assertThat(assigned.outcome()).isEqualTo(Assignment.Outcome.OPENED);
      }
    }
    return c;
  }

  @Test
  void aStragglerJoinsItsEventsStoryAtRepairOnceThatStoryHasFormed() {
    StoryClusterer c = run(ClusterSettings.builder().repairEvery(0).build());
    String veldra = c.storyOf("v0").orElseThrow().id();
    assertThat(c.storyOf("late").orElseThrow().id()).isNotEqualTo(veldra);
    assertThat(c.storyOf("v5").orElseThrow().id()).isEqualTo(veldra);

    assertThat(c.repair()).isEqualTo(1);

    assertThat(c.storyOf("late").orElseThrow().id()).isEqualTo(veldra);
    assertThat(c.storyIdOf("late")).contains(veldra);
    assertThat(c.storyOf("v0").orElseThrow().articleIds())
        .containsExactlyInAnyOrder("v0", "late", "v1", "v2", "v3", "v4", "v5");
    // the other dam failure, a story of one article too, is offered as well but stays apart
    assertThat(c.storyOf("m0").orElseThrow().articleIds()).containsExactly("m0");
    assertThat(c.storyCount()).isEqualTo(2);
  }

  @Test
  void withoutTheReofferTheStragglerStaysApart() {
    StoryClusterer c = run(ClusterSettings.builder().repairEvery(0).reofferMaxMembers(0).build());
    assertThat(c.repair()).isZero();
    assertThat(c.storyOf("late").orElseThrow().articleIds()).containsExactly("late");
    assertThat(c.storyCount()).isEqualTo(3);
  }

  @Test
  void aStragglerDoesNotJoinAStorySmallerThanTheMinimumTarget() {
    StoryClusterer c = run(ClusterSettings.builder().repairEvery(0).reofferMinTarget(7).build());
    assertThat(c.repair()).isZero();
    assertThat(c.storyOf("late").orElseThrow().articleIds()).containsExactly("late");
  }

  /**
   * The straggler arrives while its event's story is still too small to take it; it does not change
   * afterwards, but the story grows: the next repair offers it again.
   */
  private static StoryClusterer lateGrowth(int rounds, List<Integer> repairsAfterGrowth) {
    StoryClusterer c =
        StoryClusterer.builder()
            .clock(CLOCK)
            .settings(ClusterSettings.builder().repairEvery(0).reofferRounds(rounds).build())
            .build();
    c.assign(Fixtures.veldra("v0", "2026-03-03", 0));
    c.assign(straggler());
    c.assign(Fixtures.veldra("v1", "2026-03-03", 1));
    c.assign(Fixtures.veldra("v2", "2026-03-03", 2));
    c.assign(Fixtures.marrowby("m0", "2026-03-04", 0));
    // the Veldra story has 3 members, fewer than the 5 a re-offered story needs
    assertThat(c.repair()).isZero();
    assertThat(c.storyOf("late").orElseThrow().articleIds()).containsExactly("late");
    for (int i = 3; i < 6; i++) {
      c.assign(Fixtures.veldra("v" + i, "2026-03-03", i));
    }
    repairsAfterGrowth.add(c.repair());
    return c;
  }

  @Test
  void aStragglerIsOfferedAgainAtTheNextRepairWithoutChanging() {
    List<Integer> merges = new ArrayList<>();
    StoryClusterer c = lateGrowth(5, merges);
    assertThat(merges).containsExactly(1);
    String veldra = c.storyOf("v0").orElseThrow().id();
    assertThat(c.storyIdOf("late")).contains(veldra);
    assertThat(c.storyOf("v0").orElseThrow().articleIds()).hasSize(7);
    // the other dam failure, offered again too, stays apart
    assertThat(c.storyOf("m0").orElseThrow().articleIds()).containsExactly("m0");
  }

  @Test
  void withOneRoundAStragglerIsOfferedOnlyAtTheRepairAfterItChanged() {
    List<Integer> merges = new ArrayList<>();
    StoryClusterer c = lateGrowth(1, merges);
    assertThat(merges).containsExactly(0);
    assertThat(c.storyOf("late").orElseThrow().articleIds()).containsExactly("late");
  }

  /**
   * Six Veldra reports, then a one-line report of another dam failure (Corrowin, the Tessel dam)
   * that shares only the kind of event and the death toll with them: it opens its own story.
   */
  private static StoryClusterer veldraThenCorrowin(ClusterSettings settings) {
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(settings).build();
    for (int i = 0; i < 6; i++) {
      c.assign(Fixtures.veldra("v" + i, "2026-03-03", i));
    }
    Assignment other =
        c.assign(
            Fixtures.article(
                "c0",
                "14 dead in Corrowin",
                "2026-03-03",
                "The Tessel dam failed above Corrowin; 14 people died, Governor Abel Mirre said."));
    assertThat(other.outcome()).isEqualTo(Assignment.Outcome.OPENED);
    return c;
  }

  @Test
  void aReportOfAnotherEventSharingOnlyTheTollIsNotReofferedIntoTheStory() {
    StoryClusterer c = veldraThenCorrowin(ClusterSettings.builder().repairEvery(0).build());
    assertThat(c.repair()).isZero();
    assertThat(c.storyOf("c0").orElseThrow().articleIds()).containsExactly("c0");
    assertThat(c.storyOf("v0").orElseThrow().articleIds()).hasSize(6);
  }

  @Test
  void withoutTheHandSetScoreFloorTheSharedTollAloneWouldMergeIt() {
    // why reofferMinScore exists: the model alone puts the centroid of the one-line report above
    // the re-offer probability on the shared number
    StoryClusterer c =
        veldraThenCorrowin(ClusterSettings.builder().repairEvery(0).reofferMinScore(0).build());
    assertThat(c.repair()).isEqualTo(1);
    assertThat(c.storyOf("c0").orElseThrow().articleIds()).hasSize(7);
  }

  /** The straggler, published three days after the Veldra reports, then the six reports. */
  private static StoryClusterer lateStraggler(ClusterSettings settings) {
    StoryClusterer c = StoryClusterer.builder().clock(CLOCK).settings(settings).build();
    c.assign(Fixtures.veldra("v0", "2026-03-03", 0));
    c.assign(straggler("2026-03-06"));
    for (int i = 1; i < 6; i++) {
      c.assign(Fixtures.veldra("v" + i, "2026-03-03", i));
    }
    return c;
  }

  @Test
  void aStragglerDaysAwayFromTheStorysSpanIsNotReoffered() {
    // beyond the grace of one day the re-offer does not reach (without this rule the straggler
    // joins here too: its probability stays above the bar after three days of decay)
    StoryClusterer c = lateStraggler(ClusterSettings.builder().repairEvery(0).build());
    assertThat(c.storyOf("late").orElseThrow().articleIds()).containsExactly("late");
    assertThat(c.repair()).isZero();
    assertThat(c.storyOf("late").orElseThrow().articleIds()).containsExactly("late");

    StoryClusterer wideGrace =
        lateStraggler(ClusterSettings.builder().repairEvery(0).graceDays(5).build());
    assertThat(wideGrace.repair()).isEqualTo(1);
    assertThat(wideGrace.storyIdOf("late")).isEqualTo(wideGrace.storyIdOf("v0"));
  }

  @Test
  void rejectsNonsenseInTheReofferSettings() {
    assertThatThrownBy(() -> ClusterSettings.builder().reofferMaxMembers(-1).build())
        .hasMessageContaining("reofferMaxMembers")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> ClusterSettings.builder().reofferMinTarget(0).build())
        .hasMessageContaining("reofferMinTarget")
        .hasMessageContaining("0");
  }

  @Test
  void rejectsNonsenseInTheReofferRoundsAndProbability() {
    assertThatThrownBy(() -> ClusterSettings.builder().reofferRounds(0).build())
        .hasMessageContaining("reofferRounds")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> ClusterSettings.builder().reofferProbability(1.0).build())
        .hasMessageContaining("reofferProbability")
        .hasMessageContaining("1.0");
    assertThatThrownBy(() -> ClusterSettings.builder().reofferProbability(0).build())
        .hasMessageContaining("reofferProbability");
    assertThatThrownBy(() -> ClusterSettings.builder().reofferMinScore(-0.1).build())
        .hasMessageContaining("reofferMinScore")
        .hasMessageContaining("-0.1");
  }

  @Test
  void theCalibratedSettingsReofferStoriesOfTwoIntoStoriesOfFive() {
    ClusterSettings s = ClusterSettings.calibrated();
    assertThat(s.reofferMaxMembers()).isEqualTo(2);
    assertThat(s.reofferMinTarget()).isEqualTo(5);
    assertThat(s.reofferRounds()).isEqualTo(5);
    assertThat(s.reofferProbability()).isEqualTo(0.5);
    assertThat(s.reofferMinScore()).isEqualTo(0.1);
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }
}
