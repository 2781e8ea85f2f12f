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
  void everyCreditFormIsFoundWhateverTheCaseOfItsKeyword() {
    // Each pattern is only run when the text holds one of its keywords: one case per keyword.
    assertThat(names("Rain.\nSOURCE: Kestrel Wire", true)).containsExactly("Kestrel Wire");
    assertThat(names("Rain.\nVIA Kestrel Wire", true)).containsExactly("Kestrel Wire");
    assertThat(names("Rain.\nCredit: Kestrel Wire", true)).containsExactly("Kestrel Wire");
    assertThat(names("Rain.\nCopyright Kestrel Wire", true)).containsExactly("Kestrel Wire");
    assertThat(names("Rain.\n© Kestrel Wire", true)).containsExactly("Kestrel Wire");
    assertThat(names("Rain.\n(C) Kestrel Wire", true)).containsExactly("Kestrel Wire");
    assertThat(names("It first appeared in the Valley Courier.", true))
        .containsExactly("Valley Courier");
    assertThat(names("This report was provided by Kestrel Wire.", true))
        .containsExactly("Kestrel Wire");
    assertThat(names("The Norther Post reports that the dam held.", false))
        .containsExactly("Norther Post");
    assertThat(names("The figure was cited by Harbor Daily.", false))
        .containsExactly("Harbor Daily");
    assertThat(names("ACCORDING to the Norther Post, it held.", false)).isEmpty();
    assertThat(names("According to the Norther Post, it held.", false))
        .containsExactly("Norther Post");
    assertThat(names("She said in an interview with Harbor Daily that it held.", false))
        .containsExactly("Harbor Daily");
    assertThat(names("Rain fell all day and the dam held.", false)).isEmpty();
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
