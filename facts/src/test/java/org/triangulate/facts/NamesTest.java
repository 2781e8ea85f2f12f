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
    "Kalvor Shipping Corp., Kalvor Shipping",
    "Velra Mining Inc, Velra Mining",
    "U.N., UN",
  })
  void variantsShareAKey(String a, String b) {
    assertThat(Names.key(a)).isEqualTo(Names.key(b));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"Anna Vell, Oskar Halvey", "Kalvor, Velra", "Farrow, Marrow", "IBO, WBO"})
  void differentNamesDiffer(String a, String b) {
    assertThat(Names.key(a)).isNotEqualTo(Names.key(b));
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @CsvSource({
    "Fred Halvey, Frederick C. Halvey, true",
    "Katie Dorn, Kathryn Dorn, true",
    "Bill Farrow, William Farrow, true",
    "Anna Vell, Anna M. Vell, true",
    "Piotr W. Dorn, Piotr H. W. Dorn, false",
    "Piotr W. Dorn, Piotr K. Dorn, false",
    "Anna Vell, Oskar Vell, false",
    "Vell, Anna Vell, false",
  })
  void personNameVariants(String a, String b, boolean same) {
    assertThat(Names.personVariants(a, b)).isEqualTo(same);
    assertThat(Names.personVariants(b, a)).isEqualTo(same);
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
