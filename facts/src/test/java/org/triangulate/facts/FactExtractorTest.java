package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Claim;

class FactExtractorTest {
  private final FactExtractor facts = FactExtractor.builder().build();

  private static final String WIRE =
      "Anna Vell said 31 people were killed in Gaziantep on Thursday.";

  @Test
  void copiesShareTheirRepresentativesFacts() {
    Article original = Fixtures.article("orig", WIRE);
    Article copy = Fixtures.article("copy", "Advertisement", WIRE, "Read more: FAQs");
    Article rewrite = Fixtures.article("rewrite", "Twelve people died in Kilis on Thursday.");
    FactExtractor.Batch batch =
        facts.extractAll(
            List.of(original, copy, rewrite), Map.of("copy", "orig", "rewrite", "orig"));
    assertThat(batch.computed()).isEqualTo(2);
    assertThat(batch.shared()).isEqualTo(1);
    ArticleFacts shared = batch.facts().get("copy");
    Claim claim = shared.claims().get(0);
    assertThat(claim.article()).isEqualTo("copy");
    assertThat(copy.text().substring(claim.start(), claim.end())).isEqualTo(claim.text());
    assertThat(batch.facts().get("rewrite").claims().get(0).unit()).isEqualTo("people killed");
  }

  @Test
  void rendererShowsEachKind() {
    String text =
        FactsRenderer.render(
            facts.resolve(
                List.of(
                    facts.extract(
                        Fixtures.article("r", "\u201CWe hold the port,\u201D " + WIRE)))));
    assertThat(text)
        .contains("Entities", "Anna Vell", "Quotes", "Claims", "31", "Dates", "2025-03-13");
  }
}
