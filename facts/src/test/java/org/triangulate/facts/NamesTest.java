package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "Muhammad, Mohammed",
    "Mohamed, Muhammad",
    "Gaddafi, Qadhafi",
    "al-Sayed, El Sayed",
    "Organization, Organisation",
    "Houthis, Houthi",
    "Dr. Lena Farrow, Lena Farrow",
  })
  void variantsShareAKey(String a, String b) {
    assertThat(Names.key(a)).isEqualTo(Names.key(b));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"Anna Vell, Oskar Halvey", "Kalvor, Velra", "Farrow, Marrow"})
  void differentNamesDiffer(String a, String b) {
    assertThat(Names.key(a)).isNotEqualTo(Names.key(b));
  }

  @Test
  void acronyms() {
    assertThat(Names.acronymOf("IRGC", "Islamic Revolutionary Guard Corps")).isTrue();
    assertThat(Names.acronymOf("NLF", "Northern Liberation Front")).isTrue();
    assertThat(Names.acronymOf("UN", "Northern Liberation Front")).isFalse();
  }

  @Test
  void nearExactQuotesAreSimilarAndShortOnesAreNot() {
    List<String> a =
        QuoteSimilarity.words("We will rebuild every single house in Kalvor by winter.");
    List<String> b = QuoteSimilarity.words("we will rebuild every house in Kalvor by winter");
    assertThat(QuoteSimilarity.similarity(a, b)).isBetween(0.7, 0.99);
    assertThat(QuoteSimilarity.similarity(QuoteSimilarity.words("no"), QuoteSimilarity.words("no")))
        .isEqualTo(1.0);
    assertThat(
            QuoteSimilarity.similarity(
                QuoteSimilarity.words("the port is shut"),
                QuoteSimilarity.words("the port is open")))
        .isLessThan(0.7);
  }
}
