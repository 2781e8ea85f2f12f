package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.reuse.Attribution;

class AttributionsTest {

  private static List<String> names(String text, boolean strong) {
    return Attributions.find("x", text).stream()
        .filter(a -> a.strong() == strong)
        .map(Attribution::name)
        .toList();
  }

  @Test
  void strongCreditsNameTheOutletOfTheWholeArticle() {
    assertThat(names("Rain fell all day.\nSource: Kestrel Wire", true))
        .containsExactly("Kestrel Wire");
    assertThat(names("VELDRA (Kestrel Wire) - Rain fell all day.", true))
        .containsExactly("Kestrel Wire");
    assertThat(names("HARLOW, Ostmark (Kestrel Wire) — Rain fell all day.", true))
        .containsExactly("Kestrel Wire");
    assertThat(names("Harlow said (Kestrel Wire) - nothing", true)).isEmpty();
    assertThat(names("This story was originally published by the Valley Courier.", true))
        .containsExactly("Valley Courier");
  }

  @Test
  void passageCreditsNeedAnOutletNotAPerson() {
    assertThat(names("The Norther Post reported that the dam held.", false))
        .containsExactly("Norther Post");
    assertThat(names("He was quoted by Harbor Daily as saying the road was shut.", false))
        .containsExactly("Harbor Daily");
    assertThat(names("According to Ilse Marrow, the road was shut.", false)).isEmpty();
  }

  @Test
  void outletKeysIgnoreArticlesCaseAndDomains() {
    assertThat(Attributions.sameOutlet("The Kestrel Wire", "kestrelwire.com")).isTrue();
    assertThat(Attributions.sameOutlet("Kestrel Wire", "Harbor Daily Online")).isFalse();
  }

  @Test
  void creditSpansPointAtTheCredit() {
    String text = "Rain fell.\nSource: Kestrel Wire";
    Attribution a = Attributions.find("x", text).get(0);
    assertThat(a.span().of(text)).contains("Kestrel Wire");
  }
}
