package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.Direction;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.MatchKind;
import org.triangulate.core.reuse.PassagePair;
import org.triangulate.core.reuse.RelationKind;

class AlignerTest {
  private final Aligner aligner = Aligner.builder().build();

  @Test
  void syndicatedCopyWithCreditIsKnownToComeFromTheWire() {
    Alignment a = aligner.align(Fixtures.syndicated(), Fixtures.wire());
    assertThat(a.kind()).isEqualTo(RelationKind.SYNDICATED);
    assertThat(a.direction()).isEqualTo(Direction.KNOWN);
    assertThat(a.sourceId()).isEqualTo("wire");
    assertThat(a.reasons()).anyMatch(r -> r.contains("credits Kestrel Wire"));
    assertThat(a.attributionLoss()).isFalse();
    assertThat(a.injectedContent()).isTrue();
    LineageEdge edge = a.edge().orElseThrow();
    assertThat(edge.copy()).isEqualTo("harbor");
    assertThat(edge.source()).isEqualTo("wire");
  }

  @Test
  void passageOffsetsPointAtTheSameWordsInBothArticles() {
    Article copy = Fixtures.syndicated();
    Article wire = Fixtures.wire();
    Alignment a = aligner.align(copy, wire);
    assertThat(a.pairs()).isNotEmpty();
    for (PassagePair p : a.pairs()) {
      String left = p.first().of(copy.text());
      String right = p.second().of(wire.text());
      assertThat(left).isNotBlank();
      if (p.match() == MatchKind.EXACT) {
        assertThat(left).isEqualTo(right);
      }
    }
    assertThat(a.pairs().get(a.pairs().size() - 1).second().of(wire.text()))
        .contains("4 million crowns");
  }

  @Test
  void spunRewriteIsARewriteThatLostAQuoteAndAddedAnFaq() {
    Alignment a = aligner.align(Fixtures.rewrite(), Fixtures.wire());
    assertThat(a.kind()).isEqualTo(RelationKind.REWRITE);
    assertThat(a.sourceId()).isEqualTo("wire");
    assertThat(a.injectedContent()).isTrue();
    assertThat(a.attributionLoss()).isTrue();
    assertThat(a.reasons()).anyMatch(r -> r.contains("FAQ"));
    assertThat(a.pairs()).anyMatch(p -> p.match() == MatchKind.PARAPHRASE);
  }

  @Test
  void partialReuseWithWeakCreditIsPartial() {
    Alignment a = aligner.align(Fixtures.partial(), Fixtures.wire());
    assertThat(a.kind()).isEqualTo(RelationKind.PARTIAL);
    assertThat(a.attributions()).anyMatch(c -> c.name().equals("Kestrel Wire") && !c.strong());
    assertThat(a.sourceId()).isEqualTo("wire");
    assertThat(a.attributionLoss()).isFalse();
    assertThat(a.firstCoverage()).isLessThan(0.5);
  }

  /**
   * A wire story that credits itself in a dateline with a region and in a passage ("told Kestrel
   * Wire"), and quotes a weather service: the kind of source whose verbatim copy can drop the
   * agency while keeping the passage credits it took over.
   */
  private static List<String> creditedWire() {
    List<String> body = new java.util.ArrayList<>(Fixtures.WIRE);
    body.set(
        0,
        Fixtures.WIRE
            .get(0)
            .replace("VELDRA (Kestrel Wire) - ", "VELDRA, Ostmark (Kestrel Wire) - "));
    body.set(
        5,
        "Residents of the Lindqvist quarter told Kestrel Wire that the water rose within an hour.");
    body.add(
        "More rain is expected on Wednesday, according to the Ostmark Weather Service, which"
            + " issued a red warning for the valley.");
    return body;
  }

  @Test
  void verbatimCopyThatDropsTheAgencyButKeepsPassageCreditsLosesAttribution() {
    Article wire =
        Fixtures.article("wire", "Kestrel Wire", "2026-03-02T08:00:00Z", "en", creditedWire());
    List<String> body = new java.util.ArrayList<>(creditedWire());
    body.set(0, body.get(0).replace("VELDRA, Ostmark (Kestrel Wire) - ", "VELDRA, Ostmark - "));
    body.set(5, body.get(5).replace("told Kestrel Wire that", "said that"));
    Article scrape = Fixtures.article("scrape", "Lowmoor News", "2026-03-03T09:00:00Z", "en", body);

    Alignment a = aligner.align(scrape, wire);

    assertThat(a.kind()).isEqualTo(RelationKind.SYNDICATED);
    assertThat(a.sourceId()).isEqualTo("wire");
    assertThat(a.attributions()).anyMatch(c -> c.name().equals("Kestrel Wire") && c.strong());
    assertThat(a.attributionLoss()).isTrue();
    assertThat(a.reasons()).anyMatch(r -> r.contains("scrape does not credit Kestrel Wire"));
  }

  @Test
  void verbatimCopyThatKeepsTheDatelineCreditKeepsAttribution() {
    Article wire =
        Fixtures.article("wire", "Kestrel Wire", "2026-03-02T08:00:00Z", "en", creditedWire());
    Article copy =
        Fixtures.article("copy", "Lowmoor News", "2026-03-03T09:00:00Z", "en", creditedWire());

    Alignment a = aligner.align(copy, wire);

    assertThat(a.kind()).isEqualTo(RelationKind.SYNDICATED);
    assertThat(a.sourceId()).isEqualTo("wire");
    assertThat(a.attributionLoss()).isFalse();
  }

  @Test
  void ownReportingOfTheSameStoryIsIndependent() {
    Alignment a = aligner.align(Fixtures.independent(), Fixtures.wire());
    assertThat(a.kind()).isEqualTo(RelationKind.INDEPENDENT);
    assertThat(a.direction()).isEqualTo(Direction.UNKNOWN);
    assertThat(a.edge()).isPresent();
  }

  @Test
  void germanVersionIsATranslation() {
    Alignment a = aligner.align(Fixtures.translation(), Fixtures.wire());
    assertThat(a.kind()).isEqualTo(RelationKind.TRANSLATION);
    assertThat(a.pairs()).allMatch(p -> p.match() == MatchKind.TRANSLATED);
    assertThat(a.sourceId()).isEqualTo("wire");
  }

  @Test
  void copiesPublishedTogetherWithoutOtherEvidenceHaveUnknownDirection() {
    Article one = Fixtures.article("one", "Site One", "2026-03-02T08:00:00Z", "en", Fixtures.WIRE);
    Article two = Fixtures.article("two", "Site Two", "2026-03-02T08:02:00Z", "en", Fixtures.WIRE);
    Alignment a = aligner.align(one, two);
    assertThat(a.kind()).isEqualTo(RelationKind.SYNDICATED);
    assertThat(a.score()).isEqualTo(1.0);
    assertThat(a.direction()).isEqualTo(Direction.UNKNOWN);
    assertThat(a.sourceId()).isNull();
    assertThat(a.reasons()).anyMatch(r -> r.contains("does not decide"));
  }

  @Test
  void unrelatedArticlesAreUnrelated() {
    Article other =
        Fixtures.article(
            "chess",
            "Board Weekly",
            null,
            "en",
            List.of(
                "The Brannock chess club elected a new treasurer at its spring meeting.",
                "Members voted to buy six new clocks for the junior section."));
    Alignment a = aligner.align(other, Fixtures.wire());
    assertThat(a.kind()).isEqualTo(RelationKind.UNRELATED);
    assertThat(a.edge()).isEmpty();
  }

  @Test
  void fakeEmbedderAddsParaphraseEvidence() {
    Aligner withModel = Aligner.builder().embedder(new HashingEmbedder(256)).build();
    Alignment a = withModel.align(Fixtures.rewrite(), Fixtures.wire());
    assertThat(a.kind()).isEqualTo(RelationKind.REWRITE);
    assertThat(a.firstCoverage()).isGreaterThan(0.5);
  }

  @Test
  void rendererFitsTheWidthAndShowsBothSides() {
    Article copy = Fixtures.syndicated();
    Article wire = Fixtures.wire();
    String out = new AlignmentRenderer(80).render(aligner.align(copy, wire), copy, wire);
    assertThat(out).contains("kind: syndicated").contains("direction: known");
    assertThat(out.lines()).allMatch(l -> l.length() <= 80);
    assertThat(out).contains("Tarrow Dam");
  }

  @Test
  void wrappingKeepsEveryWord() {
    String text = "one two three fourfivesixseveneightnineten eleven";
    assertThat(String.join(" ", AlignmentRenderer.wrap(text, 10)).replace(" ", ""))
        .isEqualTo(text.replace(" ", ""));
  }

  private static Article oneSentence(String id, String text) {
    return Fixtures.article(id, id + " Post", null, "en", List.of(text));
  }

  private boolean matched(String first, String second) {
    return !aligner.align(oneSentence("x", first), oneSentence("y", second)).pairs().isEmpty();
  }

  @Test
  void aParaphraseOpeningWithTheOtherNameIsMatched() {
    // Each sentence opens with a different one of the two names: their anchors overlap only when
    // a capitalised first word can be a name.
    assertThat(
            matched(
                "Orvelle met Tamsin Kade at the harbour office on Tuesday to discuss the ferry"
                    + " contract.",
                "Kade and Orvelle discussed the ferry contract during a meeting at the harbour"
                    + " office on Tuesday."))
        .isTrue();
  }

  @Test
  void anUncertainFirstWordNeverRefutesAParaphrase() {
    // "Trawlermen" is no common word, yet nothing says it is a name: it must not make the names
    // disjoint.
    assertThat(
            matched(
                "Trawlermen from Corrin rescued nine sailors after their boat sank in heavy seas.",
                "Nine sailors were rescued by trawlermen from Corrin after their boat sank in"
                    + " heavy seas."))
        .isTrue();
  }

  @Test
  void theSameUncertainFirstWordDoesNotMakeDifferentPlacesAgree() {
    assertThat(
            matched(
                "Trawlermen from Corrin rescued nine sailors after their boat sank in heavy seas.",
                "Trawlermen from Anselm rescued nine sailors after their boat sank in heavy seas."))
        .isFalse();
  }

  @Test
  void aNationalityAndItsCountryAreTheSameName() {
    assertThat(Aligner.anchorDice(java.util.Set.of("veldran"), java.util.Set.of("veldra")))
        .isEqualTo(1.0);
    assertThat(Aligner.anchorDice(java.util.Set.of("kade"), java.util.Set.of("kadet")))
        .isEqualTo(0.0);
    assertThat(
            matched(
                "Coastguard crews from Veldra rescued nine fishermen after their trawler sank in"
                    + " heavy seas.",
                "Nine fishermen were rescued by Veldran coastguard crews after their trawler sank"
                    + " in heavy seas."))
        .isTrue();
  }

  @Test
  void theSameFigureWrittenDifferentlyIsNoDisagreement() {
    assertThat(
            matched(
                "Harbour officials said the 60-year-old skipper steered the damaged ferry back to"
                    + " Port Anselm.",
                "The skipper, 60, steered the damaged ferry back to Port Anselm, harbour officials"
                    + " said."))
        .isTrue();
    assertThat(
            matched(
                "The Anselm port authority said ozone reached .20 parts per million near the"
                    + " quay.",
                "Ozone near the quay reached 0.20 parts per million, the Anselm port authority"
                    + " said."))
        .isTrue();
    assertThat(
            matched(
                "The Anselm port authority agreed to pay $US1.5 million for the damaged crane.",
                "The Anselm port authority agreed to pay $1.5 million for the damaged crane, it"
                    + " said."))
        .isTrue();
    // a different figure is still a different fact
    assertThat(
            matched(
                "Harbour officials said the 60-year-old skipper steered the damaged ferry back to"
                    + " Port Anselm.",
                "The skipper, 61, steered the damaged ferry back to Port Anselm, harbour officials"
                    + " said."))
        .isFalse();
  }

  @Test
  void aSentenceAboutAdvertisementsCanBeMatched() {
    assertThat(
            matched(
                "The Brannock council voted to ban advertisements for sugary drinks on city"
                    + " buses.",
                "Advertisements for sugary drinks will be banned on city buses after a vote of the"
                    + " Brannock council."))
        .isTrue();
  }
}
