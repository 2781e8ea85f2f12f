package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.triangulate.core.facts.ArticleFacts;

class BadInputTest {
  // Guards against runaway (catastrophic backtracking takes hours), not a speed claim: generous so
  // that a loaded CI machine never trips it; speed is measured in FactsBench.
  private static final Duration LIMIT = Duration.ofSeconds(120);
  private final FactExtractor facts = FactExtractor.builder().build();

  private ArticleFacts run(String text) {
    return assertTimeoutPreemptively(LIMIT, () -> facts.extract(Fixtures.article("bad", text)));
  }

  @Test
  void textWithoutNames() {
    ArticleFacts f = run("it rained. then it stopped. nothing else happened here at all.");
    assertThat(f.entities()).isEmpty();
    assertThat(f.quotes()).isEmpty();
  }

  @Test
  void allCapitals() {
    ArticleFacts f =
        run("BREAKING: TWELVE KILLED AS STORM HITS KALVOR COAST, OFFICIALS SAY THE PORT IS SHUT");
    assertThat(f.entities()).isEmpty();
  }

  @Test
  void tenThousandQuotationMarks() {
    ArticleFacts f = run("\"".repeat(10_000) + " said Anna Vell " + "\u201C".repeat(10_000));
    assertThat(f.problems()).extracting(p -> p.code()).contains("unbalanced-quote");
  }

  @Test
  void quotesAndWordsInterleaved() {
    run("\"a\" b ".repeat(5_000) + "said Vell.");
  }

  @Test
  void unbalancedQuoteIsReported() {
    ArticleFacts f = run("\u201CThe port is closed, Anna Vell said.\n\nThe ferry left at noon.");
    assertThat(f.problems()).extracting(p -> p.code()).contains("unbalanced-quote");
    assertThat(f.quotes()).isEmpty();
  }

  @Test
  void oddNumbersAndImpossibleDates() {
    ArticleFacts f =
        run(
            "Some 1,2,3 and 2.500.000.0 or 9,99,999 items were seen on 31 April 2025 and on"
                + " 2025-13-45.");
    assertThat(f.problems()).extracting(p -> p.code()).contains("impossible-date", "odd-number");
  }

  @Test
  void longRunsWithoutSentenceBreaks() {
    String text =
        "said Anna Vell, according to ".repeat(4_000) + "12 people in 2014 ".repeat(2_000);
    ArticleFacts f = run(text);
    assertThat(f.claims()).allSatisfy(c -> assertThat(c.end()).isLessThanOrEqualTo(text.length()));
    assertThat(f.dates()).allSatisfy(d -> assertThat(d.end()).isLessThanOrEqualTo(text.length()));
  }

  @Test
  void missingPublicationDateIsAProblemNotACrash() {
    ArticleFacts f =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                facts.extract(
                    Fixtures.article(
                        "nodate", (java.time.LocalDate) null, "The ferry sank on Thursday.")));
    assertThat(f.dates()).singleElement().satisfies(d -> assertThat(d.value()).startsWith("XXXX"));
    assertThat(f.problems()).extracting(p -> p.code()).contains("no-publication-date");
  }
}
