package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextTermsTest {
  @Test
  void findsNamesRunsOfNamesAndNumbers() {
    TextTerms t =
        TextTerms.of(
            "Veldra dam fails",
            "The dam failed on Tuesday, and Mayor Ilse Brandvik said 1,400 homes in Veldra were"
                + " flooded. Brandvik asked for help from Harlow County and quoted a 7.5 metre"
                + " surge.");

    assertThat(t.entities())
        .containsKeys("ilse_brandvik", "mayor_ilse_brandvik", "brandvik", "veldra", "harlow_county")
        .containsKeys("#1400", "#7.5")
        // sentence-initial "The" and weekday names are not names
        .doesNotContainKeys("the", "tuesday");
    // a name first seen at the start of a sentence counts once it is confirmed inside one
    assertThat(t.entities().get("brandvik")).isEqualTo(2);
    assertThat(t.words())
        .containsKeys("dam", "flooded", "home", "veldra")
        .doesNotContainKeys("the", "said");
    assertThat(t.titleWords()).containsOnlyKeys("veldra", "dam", "fail");
    assertThat(t.contentWords()).isGreaterThan(10);
  }

  @Test
  void foldsSimplePlurals() {
    assertThat(TextTerms.fold("floods")).isEqualTo("flood");
    assertThat(TextTerms.fold("casualties")).isEqualTo("casualty");
    assertThat(TextTerms.fold("press")).isEqualTo("press");
    assertThat(TextTerms.fold("virus")).isEqualTo("virus");
  }

  @Property(tries = 200)
  void neverFailsAndCountsOnlyNonBlankTerms(@ForAll String title, @ForAll String text) {
    TextTerms t = TextTerms.of(title, text);

    assertThat(t.words().keySet()).allMatch(w -> !w.isBlank());
    assertThat(t.entities().keySet()).allMatch(e -> !e.isBlank());
    assertThat(t.words().values()).allMatch(n -> n > 0);
    assertThat(t.contentWords()).isGreaterThanOrEqualTo(0);
  }
}
