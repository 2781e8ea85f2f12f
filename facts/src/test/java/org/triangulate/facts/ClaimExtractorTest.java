package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Claim;

class ClaimExtractorTest {
  private final FactExtractor facts = FactExtractor.builder().build();

  private List<Claim> claims(String paragraph) {
    return facts.extract(Fixtures.article("c", paragraph)).claims();
  }

  @Test
  void numbersInOneSentenceKeepTheirOwnPlaces() {
    List<Claim> claims =
        claims("The ministry said 1,200 troops in Mali and 3,000 in Niger remain on alert.");
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).value()).isEqualTo(1200);
    assertThat(claims.get(0).unit()).isEqualTo("troops");
    assertThat(claims.get(0).scope().place()).isEqualTo("Mali");
    assertThat(claims.get(1).value()).isEqualTo(3000);
    assertThat(claims.get(1).unit()).isEqualTo("troops");
    assertThat(claims.get(1).scope().place()).isEqualTo("Niger");
  }

  @Test
  void victimsCarryTheVerbAndTheApproximation() {
    Claim claim = claims("At least 12 people were killed in Kilis on Thursday.").get(0);
    assertThat(claim.value()).isEqualTo(12);
    assertThat(claim.unit()).isEqualTo("people killed");
    assertThat(claim.approximate()).isTrue();
    assertThat(claim.qualifier()).isEqualTo("at least");
    assertThat(claim.scope().place()).isEqualTo("Kilis");
    assertThat(claim.scope().time()).contains("2025-03-13");
  }

  @Test
  void writtenNumbersAndDozens() {
    List<Claim> claims =
        claims("Nearly two dozen boats and three ferries were seized, and dozens of sailors fled.");
    assertThat(claims).extracting(Claim::value).containsExactly(24.0, 3.0, 24.0);
    assertThat(claims).extracting(Claim::unit).containsExactly("boats", "ferries", "sailors");
    assertThat(claims.get(0).approximate()).isTrue();
    assertThat(claims.get(2).approximate()).isTrue();
  }

  @Test
  void rangesMoneyAndPercentages() {
    List<Claim> claims =
        claims(
            "Between 40 and 60 volunteers raised $4.5 million, and turnout rose by more than 12%.");
    assertThat(claims).hasSize(3);
    assertThat(claims.get(0).value()).isEqualTo(40);
    assertThat(claims.get(0).upper()).isEqualTo(60.0);
    assertThat(claims.get(0).unit()).isEqualTo("volunteers");
    assertThat(claims.get(1).value()).isEqualTo(4_500_000);
    assertThat(claims.get(1).unit()).isEqualTo("USD");
    assertThat(claims.get(2).unit()).isEqualTo("%");
    assertThat(claims.get(2).qualifier()).isEqualTo("more than");
  }

  @Test
  void oddSeparatorsAreReadAndReported() {
    ArticleFacts result =
        facts.extract(
            Fixtures.article(
                "odd", "Some 2.500 soldiers and 2 500 police stood by; lots 1,2,3 were sold."));
    assertThat(result.claims()).extracting(Claim::value).contains(2500.0);
    assertThat(result.claims())
        .filteredOn(c -> c.unit().equals("police"))
        .singleElement()
        .extracting(Claim::value)
        .isEqualTo(2500.0);
    assertThat(result.problems())
        .extracting(p -> p.code())
        .contains("ambiguous-number", "odd-number");
  }

  @Test
  void yearsAndDatesAreNotClaims() {
    assertThat(claims("The bridge, opened on March 3, 2019, was closed in 2024.")).isEmpty();
  }
}
