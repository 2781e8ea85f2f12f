package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.Quote;

class QuoteExtractorTest {
  private final FactExtractor facts = FactExtractor.builder().build();

  private ArticleFacts run(String... paragraphs) {
    return facts.extract(Fixtures.article("q", paragraphs));
  }

  private static String speakerName(ArticleFacts f, Quote q) {
    return f.entities().stream()
        .filter(e -> e.id().equals(q.speakerEntityId()))
        .map(Entity::name)
        .findFirst()
        .orElse(null);
  }

  @Test
  void curlyQuoteWithSpeakerAfter() {
    ArticleFacts f = run("\u201CThe harbour will reopen within days,\u201D Anna Vell said.");
    Quote q = f.quotes().get(0);
    assertThat(q.text()).isEqualTo("The harbour will reopen within days,");
    assertThat(q.direct()).isTrue();
    assertThat(q.cue()).isEqualTo("said");
    assertThat(speakerName(f, q)).isEqualTo("Anna Vell");
  }

  @Test
  void straightQuoteWithCueFirst() {
    ArticleFacts f = run("\"We found nothing at the depot,\" said Tomas Derrin, a police officer.");
    Quote q = f.quotes().get(0);
    assertThat(q.text()).isEqualTo("We found nothing at the depot,");
    assertThat(speakerName(f, q)).isEqualTo("Tomas Derrin");
  }

  @Test
  void quoteSpanningParagraphsAndNestedQuote() {
    ArticleFacts f =
        run(
            "Mayor Ilse Marrow told reporters: \u201CThe river rose in one night. We said \u2018go"
                + " now\u2019 to everyone.",
            "\u201CNobody listened until the water reached the square.\u201D");
    assertThat(f.quotes()).hasSize(1);
    Quote q = f.quotes().get(0);
    assertThat(q.text()).startsWith("The river rose").endsWith("reached the square.");
    assertThat(q.text()).contains("\u2018go now\u2019");
    assertThat(speakerName(f, q)).isEqualTo("Ilse Marrow");
  }

  @Test
  void officeStatementAndSpokesperson() {
    ArticleFacts f =
        run(
            "Premier Oskar Halvey's office said in a statement that the border would stay open.",
            "A spokesperson for the Velran Coast Guard said the search had been called off.");
    assertThat(f.quotes()).hasSize(2);
    assertThat(speakerName(f, f.quotes().get(0))).isEqualTo("Oskar Halvey");
    assertThat(f.quotes().get(0).text()).isEqualTo("the border would stay open");
    assertThat(speakerName(f, f.quotes().get(1))).isEqualTo("Velran Coast Guard");
  }

  @Test
  void secondHandAttributionKeepsTheAgency() {
    ArticleFacts f =
        run(
            "Commander Rafe Ostrin was quoted by Norpress as saying: \u201CWe hold the pass.\u201D");
    Quote q = f.quotes().get(0);
    assertThat(speakerName(f, q)).isEqualTo("Rafe Ostrin");
    assertThat(q.via()).isEqualTo("Norpress");
  }

  @Test
  void reportedSpeechWithAccordingToAndDescribedAs() {
    ArticleFacts f =
        run(
            "According to Lena Farrow, the dam was never inspected after the storm.",
            "Farrow described the report as a whitewash written by friends.");
    assertThat(f.quotes()).hasSize(2);
    assertThat(f.quotes().get(0).cue()).isEqualTo("according to");
    assertThat(f.quotes().get(0).text()).isEqualTo("the dam was never inspected after the storm");
    assertThat(f.quotes().get(1).cue()).isEqualTo("described as");
    assertThat(speakerName(f, f.quotes().get(1))).isEqualTo("Lena Farrow");
  }

  @Test
  void pronounSpeakerResolvesToTheLastPerson() {
    ArticleFacts f =
        run(
            "Judge Petra Lindqvist opened the hearing.",
            "\u201CThis court is not a stage,\u201D she said.");
    assertThat(speakerName(f, f.quotes().get(0))).isEqualTo("Petra Lindqvist");
  }

  @Test
  void scareQuotesWithoutSpeakerAreNoQuotes() {
    assertThat(run("The so-called \u201Cpeace\u201D plan was rejected.").quotes()).isEmpty();
  }

  @Test
  void sameQuoteInTwoArticlesIsLinked() {
    ArticleFacts one = run("\u201CWe will rebuild every house in Kalvor,\u201D Anna Vell said.");
    ArticleFacts two =
        facts.extract(
            Fixtures.article(
                "q2", "Anna Vell said: \u201CWe will rebuild every house in Kalvor.\u201D"));
    List<Quote> linked = facts.resolve(List.of(one, two)).articles().get(1).quotes();
    assertThat(linked.get(0).links())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.article()).isEqualTo("q");
              assertThat(ref.similarity()).isEqualTo(1.0);
            });
  }
}
