package org.triangulate.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.compare.Fixtures.article;
import static org.triangulate.compare.Fixtures.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.compare.BriefSentence;
import org.triangulate.core.compare.Citation;
import org.triangulate.core.compare.ClaimGroup;
import org.triangulate.core.compare.ClaimKind;
import org.triangulate.core.compare.ClaimStatus;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.compare.DateProvenance;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeSide;
import org.triangulate.core.compare.DisputeStatus;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.compare.TimelineEntry;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Direction;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.Origin;
import org.triangulate.core.reuse.RelationKind;

class StoryComparatorTest {
  private final StoryComparator comparator = StoryComparator.builder().briefSentences(3).build();

  private static Comparison compare(
      List<Article> articles, Lineage lineage, ArticleFacts... facts) {
    return StoryComparator.builder()
        .briefSentences(3)
        .build()
        .compare(
            new StoryInput("s1", articles, lineage, new StoryFacts(List.of(), List.of(facts))));
  }

  private static List<ClaimGroup> quantities(Comparison c) {
    return c.claims().stream().filter(g -> g.kind() == ClaimKind.QUANTITY).toList();
  }

  private static void assertEvidenceIsInText(Comparison c, List<Article> articles) {
    for (ClaimGroup g : c.claims()) {
      for (Evidence e : g.evidence()) {
        Article a =
            articles.stream().filter(x -> x.id().equals(e.article())).findFirst().orElseThrow();
        assertThat(e.span().of(a.text())).isEqualTo(e.text());
      }
    }
  }

  @Test
  void twoIndependentSourcesWithTheSameNumberCorroborateIt() {
    Article a =
        article(
            "a",
            "Orrin Courier",
            "2031-05-02",
            "The flood killed 23 people in Pellmoor on Tuesday.");
    Article b =
        article("b", "Weir Times", "2031-05-02", "Officials said 23 people died in Pellmoor.");
    Comparison c =
        compare(
            List.of(a, b),
            null,
            facts(a).claim("23 people", 23, "people killed", null, "Pellmoor", null).build(),
            facts(b).claim("23 people", 23, "people dead", null, "Pellmoor", null).build());
    assertThat(quantities(c)).hasSize(1);
    ClaimGroup g = quantities(c).get(0);
    assertThat(g.status()).isEqualTo(ClaimStatus.CORROBORATED);
    assertThat(g.independentSources()).isEqualTo(2);
    assertThat(g.articles()).containsExactly("a", "b");
    assertThat(g.subject()).isEqualTo("killed · in pellmoor");
    assertThat(c.disputes()).isEmpty();
    assertEvidenceIsInText(c, List.of(a, b));
  }

  @Test
  void incompatibleExactFiguresForTheSameScopeAreAContradiction() {
    Article a =
        article("a", "Orrin Courier", "2031-05-02", "The flood killed 23 people in Pellmoor.");
    Article b =
        article(
            "b",
            "Weir Times",
            "2031-05-03",
            "The mayor said the flood killed 31 people in the village of Pellmoor.");
    Comparison c =
        compare(
            List.of(a, b),
            null,
            facts(a).claim("23 people", 23, "people killed", null, "Pellmoor", null).build(),
            facts(b)
                .claim("31 people", 31, "people killed", null, "the village of Pellmoor", null)
                .build());
    assertThat(c.disputes()).hasSize(1);
    Dispute d = c.disputes().get(0);
    assertThat(d.status()).isEqualTo(DisputeStatus.CONTRADICTION);
    assertThat(d.sides()).extracting(DisputeSide::value).containsExactly("23", "31");
    assertThat(d.sides().get(0).evidence()).extracting(Evidence::text).containsExactly("23 people");
    assertThat(d.sides().get(1).evidence()).extracting(Evidence::article).containsExactly("b");
    assertThat(quantities(c))
        .allSatisfy(g -> assertThat(g.status()).isEqualTo(ClaimStatus.DISPUTED));
    assertThat(quantities(c)).allSatisfy(g -> assertThat(g.disputes()).containsExactly(d.id()));
    assertThat(d.claims())
        .containsExactlyElementsOf(quantities(c).stream().map(ClaimGroup::id).toList());
    // The brief names both sides and cites both sources.
    BriefSentence point =
        c.brief().sentences().stream()
            .filter(s -> d.id().equals(s.dispute()) && !s.extracted())
            .findFirst()
            .orElseThrow();
    assertThat(point.text()).contains("23").contains("31");
    assertThat(point.articles()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void differentPlacesAreADifferenceOfScopeNotAContradiction() {
    Article a =
        article("a", "Orrin Courier", "2031-05-02", "The flood killed 23 people in Pellmoor.");
    Article b =
        article(
            "b",
            "Tressel Voice",
            "2031-05-02",
            "Nine people were killed in Tressel, the council said.");
    Comparison c =
        compare(
            List.of(a, b),
            null,
            facts(a).claim("23 people", 23, "people killed", null, "Pellmoor", null).build(),
            facts(b).claim("Nine people", 9, "people killed", null, "Tressel", null).build());
    assertThat(c.disputes()).hasSize(1);
    Dispute d = c.disputes().get(0);
    assertThat(d.status()).isEqualTo(DisputeStatus.SCOPE_DIFFERENCE);
    assertThat(d.sides())
        .extracting(DisputeSide::scope)
        .containsExactly("in pellmoor", "in tressel");
    assertThat(quantities(c))
        .allSatisfy(g -> assertThat(g.status()).isEqualTo(ClaimStatus.SINGLE_SOURCE));
  }

  @Test
  void differentDaysAreAnUpdateNotAContradiction() {
    Article a = article("a", "Orrin Courier", "2031-05-02", "On Tuesday 41 people were missing.");
    Article b =
        article("b", "Weir Times", "2031-05-04", "By Thursday 38 people were still missing.");
    Comparison c =
        compare(
            List.of(a, b),
            null,
            facts(a)
                .claim("41 people", 41, "people missing", null, null, "On Tuesday (2031-04-29)")
                .build(),
            facts(b)
                .claim("38 people", 38, "people missing", null, null, "By Thursday (2031-05-01)")
                .build());
    assertThat(c.disputes())
        .extracting(Dispute::status)
        .containsExactly(DisputeStatus.SCOPE_DIFFERENCE);
    assertThat(c.disputes().get(0).explanation()).contains("times");
  }

  @Test
  void statedApproximationsAreHonoured() {
    Article a =
        article(
            "a",
            "Orrin Courier",
            "2031-05-02",
            "About 30 people died in Pellmoor. More than 20 homes fell.");
    Article b =
        article("b", "Weir Times", "2031-05-02", "31 people died in Pellmoor. 23 homes fell.");
    Article c3 =
        article("c", "Vale Post", "2031-05-02", "Nearly 40 soldiers came. Some 3,000 left.");
    Article d4 = article("d", "Hill Gazette", "2031-05-02", "41 soldiers came. 3,200 left.");
    Comparison c =
        compare(
            List.of(a, b, c3, d4),
            null,
            facts(a)
                .claim("About 30 people", 30, "people killed", "about", "Pellmoor", null)
                .claim("More than 20 homes", 20, "homes", "more than", null, null)
                .build(),
            facts(b)
                .claim("31 people", 31, "people killed", null, "Pellmoor", null)
                .claim("23 homes", 23, "homes", null, null, null)
                .build(),
            facts(c3)
                .claim("Nearly 40 soldiers", 40, "soldiers", "nearly", null, null)
                .claim("Some 3,000", 3000, "evacuated", "some", null, null)
                .build(),
            facts(d4)
                .claim("41 soldiers", 41, "troops", null, null, null)
                .claim("3,200", 3200, "evacuees", null, null, null)
                .build());
    ClaimGroup killed = group(c, "killed");
    assertThat(killed.value()).isEqualTo("31");
    assertThat(killed.status()).isEqualTo(ClaimStatus.CORROBORATED);
    assertThat(group(c, "home").articles()).containsExactly("a", "b");
    assertThat(group(c, "evacuated").independentSources()).isEqualTo(2);
    // "nearly 40" cannot be 41: a contradiction, and nothing else is.
    assertThat(c.disputes()).hasSize(1);
    assertThat(c.disputes().get(0).subject()).isEqualTo("soldiers");
    assertThat(c.disputes().get(0).sides())
        .extracting(DisputeSide::value)
        .containsExactlyInAnyOrder("41", "nearly 40");
  }

  private static ClaimGroup group(Comparison c, String subjectStart) {
    List<ClaimGroup> found =
        quantities(c).stream().filter(g -> g.subject().startsWith(subjectStart)).toList();
    assertThat(found).as("one group about " + subjectStart).hasSize(1);
    return found.get(0);
  }

  @Test
  void copiesAddNoSupport() {
    String wire =
        "The weir at Orrin gave way and 23 people were killed in Pellmoor, the authority said.";
    Article a1 = article("a1", "Kestrel Wire", "2031-05-02", wire);
    Article a2 = article("a2", "Valley Post", "2031-05-02", wire);
    Article a3 = article("a3", "Scrape Daily", "2031-05-03", wire);
    Article b =
        article(
            "b",
            "Weir Times",
            "2031-05-03",
            "Rescuers confirmed 23 people were killed in Pellmoor.");
    List<ArticleFacts> facts = new ArrayList<>();
    for (Article x : List.of(a1, a2, a3)) {
      facts.add(facts(x).claim("23 people", 23, "people killed", null, "Pellmoor", null).build());
    }
    Lineage lineage =
        new Lineage(
            List.of(edge("a2", "a1"), edge("a3", "a1")),
            List.of(new Origin("a1", "Kestrel Wire", false, true, List.of("a1", "a2", "a3"))),
            1);
    Comparison copiesOnly =
        compare(List.of(a1, a2, a3), lineage, facts.toArray(ArticleFacts[]::new));
    assertThat(copiesOnly.independentSources()).isEqualTo(1);
    assertThat(quantities(copiesOnly).get(0).status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
    assertThat(quantities(copiesOnly).get(0).evidence()).hasSize(3);
    assertThat(quantities(copiesOnly).get(0).lineages()).containsExactly("a1");

    facts.add(facts(b).claim("23 people", 23, "people killed", null, "Pellmoor", null).build());
    Comparison withIndependent =
        compare(List.of(a1, a2, a3, b), lineage, facts.toArray(ArticleFacts[]::new));
    assertThat(withIndependent.independentSources()).isEqualTo(2);
    assertThat(quantities(withIndependent).get(0).lineages()).containsExactly("a1", "b");
    assertThat(quantities(withIndependent).get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);

    // Without provenance every article is its own source.
    Comparison unknown =
        compare(List.of(a1, a2, a3), null, facts.subList(0, 3).toArray(ArticleFacts[]::new));
    assertThat(quantities(unknown).get(0).independentSources()).isEqualTo(3);
  }

  private static LineageEdge edge(String copy, String source) {
    return new LineageEdge(
        copy,
        source,
        RelationKind.SYNDICATED,
        1.0,
        Direction.KNOWN,
        List.of(),
        List.of(),
        false,
        false);
  }

  @Test
  void theSameQuoteGivenToDifferentSpeakersIsDisputed() {
    Article a =
        article(
            "a",
            "Orrin Courier",
            "2031-05-02",
            "\"We are still lifting people from rooftops,\" said a spokesperson for the authority, Mira Tolk.");
    Article b =
        article(
            "b",
            "Weir Times",
            "2031-05-03",
            "\"We are still lifting people from the rooftops,\" said the boat leader Jory Pask.");
    Article c3 =
        article(
            "c",
            "Vale Post",
            "2031-05-03",
            "Tolk said: \"We are still lifting people from rooftops.\"");
    Comparison c =
        compare(
            List.of(a, b, c3),
            null,
            facts(a)
                .quote(
                    "We are still lifting people from rooftops,",
                    "a spokesperson for the authority, Mira Tolk")
                .build(),
            facts(b)
                .quote(
                    "We are still lifting people from the rooftops,", "the boat leader Jory Pask")
                .build(),
            facts(c3).quote("We are still lifting people from rooftops.", "Tolk").build());
    List<ClaimGroup> quotes = c.claims().stream().filter(g -> g.kind() == ClaimKind.QUOTE).toList();
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).articles()).containsExactly("a", "c");
    assertThat(c.disputes()).hasSize(1);
    Dispute d = c.disputes().get(0);
    assertThat(d.kind()).isEqualTo(ClaimKind.QUOTE);
    assertThat(d.status()).isEqualTo(DisputeStatus.CONTRADICTION);
    assertThat(d.sides())
        .extracting(DisputeSide::value)
        .containsExactly(
            "a spokesperson for the authority, Mira Tolk", "the boat leader Jory Pask");
  }

  @Test
  void timelineIsInDateOrderWithProvenance() {
    Article a =
        article(
            "a",
            "Orrin Courier",
            "2031-05-02",
            "The weir gave way on Tuesday. Cracks were reported in March 2030.");
    Article b =
        article(
            "b",
            "Weir Times",
            "2031-05-03",
            "Inspectors walked the spillway last month. The weir gave way on 29 April 2031.");
    Comparison c =
        compare(
            List.of(a, b),
            null,
            facts(a).date("on Tuesday", "2031-04-29").date("in March 2030", "2030-03").build(),
            facts(b).date("last month", "2031-04").date("on 29 April 2031", "2031-04-29").build());
    List<TimelineEntry> t = c.timeline();
    assertThat(t)
        .extracting(TimelineEntry::date)
        .containsExactly("2030-03", "2031-04", "2031-04-29");
    TimelineEntry collapse = t.get(2);
    assertThat(collapse.articles()).containsExactly("a", "b");
    assertThat(collapse.lineages()).hasSize(2);
    assertThat(collapse.provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(t.get(1).provenance()).isEqualTo(DateProvenance.RELATIVE);
    assertThat(
            c.claims().stream()
                .filter(g -> g.kind() == ClaimKind.EVENT_DATE && g.value().equals("2031-04-29")))
        .singleElement()
        .satisfies(g -> assertThat(g.status()).isEqualTo(ClaimStatus.CORROBORATED));
  }

  @Test
  void conflictingDatesForOneEventAreAContradiction() {
    Article a =
        article(
            "a",
            "Orrin Courier",
            "2031-05-02",
            "The Orrin weir gave way before dawn on Tuesday, flooding Pellmoor.");
    Article b =
        article(
            "b",
            "Weir Times",
            "2031-05-03",
            "The Orrin weir gave way before dawn on Wednesday, flooding Pellmoor.");
    Comparison c =
        compare(
            List.of(a, b),
            null,
            facts(a).date("on Tuesday", "2031-04-29").build(),
            facts(b).date("on Wednesday", "2031-04-30").build());
    assertThat(c.disputes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(ClaimKind.EVENT_DATE);
              assertThat(d.sides())
                  .extracting(DisputeSide::value)
                  .containsExactly("2031-04-29", "2031-04-30");
            });
  }

  @Test
  void everyBriefSentenceCitesEveryLineageThatSupportsIt() {
    String shared = "The Orrin weir gave way before dawn and flooded the low streets of Pellmoor.";
    List<Article> articles = new ArrayList<>();
    List<String> sites = List.of("Orrin Courier", "Weir Times", "Vale Post", "Hill Gazette");
    for (int i = 0; i < 4; i++) {
      articles.add(
          article(
              "x" + i,
              sites.get(i),
              "2031-05-0" + (i + 2),
              i < 3 ? shared : "Farmers upstream counted lost sheep in the hills above the valley.",
              "Reporter number "
                  + i
                  + " wrote a closing line about local volunteers and boats on day "
                  + i
                  + "."));
    }
    Comparison c =
        StoryComparator.builder()
            .build()
            .compare(StoryInput.of("s", articles, new StoryFacts(List.of(), List.of())));
    assertThat(c.brief().sentences()).isNotEmpty();
    for (BriefSentence s : c.brief().sentences()) {
      assertThat(s.citations()).isNotEmpty();
      Set<String> citedLineages =
          new TreeSet<>(s.citations().stream().map(Citation::lineage).toList());
      Set<String> containing = new TreeSet<>();
      for (Article a : articles) {
        if (a.text().contains(s.text())) {
          containing.add(a.id());
        }
      }
      assertThat(citedLineages).containsAll(containing);
      for (Citation cit : s.citations()) {
        Article a =
            articles.stream().filter(x -> x.id().equals(cit.article())).findFirst().orElseThrow();
        assertThat(cit.span().of(a.text())).isNotBlank();
      }
    }
    BriefSentence first =
        c.brief().sentences().stream()
            .filter(s -> s.text().equals(shared))
            .findFirst()
            .orElseThrow();
    assertThat(first.articles()).containsExactly("x0", "x1", "x2");
    // Lengths are selectable.
    assertThat(
            comparator
                .compare(StoryInput.of("s", articles, new StoryFacts(List.of(), List.of())), 1)
                .brief()
                .sentences())
        .hasSize(1);
  }

  @Test
  void aOneArticleStoryWithoutFactsIsAProblemNotAnError() {
    Article a =
        article(
            "a",
            "Orrin Courier",
            "2031-05-02",
            "Rain fell. The river rose slowly through the valley towns overnight.");
    Comparison c =
        comparator.compare(StoryInput.of("s", List.of(a), new StoryFacts(List.of(), List.of())));
    assertThat(c.claims()).isEmpty();
    assertThat(c.timeline()).isEmpty();
    assertThat(c.problems()).extracting(p -> p.code()).containsExactly("single-article");
    assertThat(c.brief().sentences())
        .allSatisfy(s -> assertThat(s.articles()).containsExactly("a"));
  }

  @Test
  void factsPointingOutsideTheTextOrStoryBecomeProblems() {
    Article a = article("a", "Orrin Courier", "2031-05-02", "23 people died.");
    ArticleFacts bad =
        new ArticleFacts(
            "a",
            List.of(),
            List.of(),
            List.of(
                new org.triangulate.core.facts.Claim(
                    "c1",
                    "a",
                    "23 people",
                    23,
                    null,
                    "people killed",
                    false,
                    null,
                    null,
                    100,
                    109)),
            List.of(),
            List.of());
    ArticleFacts stranger =
        new ArticleFacts("zz", List.of(), List.of(), List.of(), List.of(), List.of());
    Comparison c =
        comparator.compare(
            StoryInput.of("s", List.of(a), new StoryFacts(List.of(), List.of(bad, stranger))));
    assertThat(c.claims()).isEmpty();
    assertThat(c.problems())
        .extracting(p -> p.code())
        .contains("fact-outside-text", "facts-outside-story");
  }

  @Test
  void aStoryOfThousandsOfArticlesIsComparedWithBoundedWork() {
    List<Article> articles = new ArrayList<>();
    List<ArticleFacts> facts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      int toll = i % 10 == 0 ? 31 : 23;
      Article a =
          article(
              "n" + i,
              "Site " + i,
              "2031-05-02",
              "The weir gave way on Tuesday and " + toll + " people were killed in Pellmoor.",
              "Volunteer crew "
                  + i
                  + " searched street "
                  + (i * 7)
                  + " with boat "
                  + (i % 13)
                  + ".");
      articles.add(a);
      facts.add(
          facts(a)
              .claim(toll + " people", toll, "people killed", null, "Pellmoor", null)
              .date("on Tuesday", "2031-04-29")
              .build());
    }
    Comparison c =
        comparator.compare(StoryInput.of("big", articles, new StoryFacts(List.of(), facts)));
    assertThat(quantities(c)).extracting(ClaimGroup::value).containsExactly("31", "23");
    assertThat(quantities(c).get(1).independentSources()).isEqualTo(1800);
    assertThat(c.disputes())
        .extracting(Dispute::status)
        .containsExactly(DisputeStatus.CONTRADICTION);
    assertThat(c.timeline()).hasSizeLessThanOrEqualTo(2);
    assertThat(c.brief().sentences()).isNotEmpty();
  }

  @Test
  void theTimeOfSayingIsNoScope() {
    Article a =
        article(
            "a",
            "Orrin Courier",
            "2031-05-01",
            "The flood killed 23 people in Pellmoor on Tuesday.");
    Article b =
        article(
            "b",
            "Weir Times",
            "2031-05-01",
            "The flood killed 31 people in Pellmoor, the mayor said on Wednesday.");
    Comparison c =
        compare(
            List.of(a, b),
            null,
            facts(a)
                .claim(
                    "23 people", 23, "people killed", null, "Pellmoor", "on Tuesday (2031-04-29)")
                .build(),
            facts(b)
                .claim(
                    "31 people", 31, "people killed", null, "Pellmoor", "on Wednesday (2031-04-30)")
                .build());
    assertThat(c.disputes())
        .extracting(Dispute::status)
        .containsExactly(DisputeStatus.CONTRADICTION);
  }

  @Test
  void oneSourceAndItsCopiesDoNotContradictThemselves() {
    Article a =
        article(
            "a",
            "Orrin Courier",
            "2031-05-01",
            "23 personnes sont mortes et 41 personnes sont disparues.");
    Comparison c =
        compare(
            List.of(a),
            null,
            facts(a)
                .claim("23 personnes", 23, "personnes", null, null, null)
                .claim("41 personnes", 41, "personnes", null, null, null)
                .build());
    assertThat(c.disputes()).isEmpty();
    assertThat(quantities(c))
        .extracting(ClaimGroup::status)
        .containsOnly(ClaimStatus.SINGLE_SOURCE);
  }
}
