package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunkLinesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "window.dataLayer = window.dataLayer || [];",
        "gtag('config', 'G-XXXX');",
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "Share this article",
        "Facebook Twitter WhatsApp E-Mail",
        "Subscribe to our newsletter",
        "Support our journalism: donate today",
        "Follow us on Twitter",
        "Short link: https://example.org/?p=123",
        "bit.ly/3xAbCd",
        "Tags: flood, Veldra",
        "Schlagwörter: Messe, Lindmar",
        "Photo: Tomas Ilves / Kestrel Wire",
        "Foto: imago images",
        "Diesen Artikel teilen",
        "Kommentar schreiben",
        "Das könnte Sie auch interessieren",
        "This website uses cookies to improve your experience.",
        "Impressum",
        "By Mira Oskarsdottir",
        "19:49",
        "31. Mai"
      })
  void recognisesFurniture(String line) {
    assertThat(JunkLines.isJunk(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Water from the swollen river Brine flowed into the old town of Veldra on Thursday.",
        "Mayor Ansel Drummond said the town had never seen the Brine this high.",
        "Die Veranstalter hatten mit höchstens 6.500 Gästen gerechnet.",
        "By the evening, the water had reached the market square of Veldra.",
        "Von den 8.000 Gästen kamen die meisten aus dem Umland."
      })
  void keepsArticleText(String line) {
    assertThat(JunkLines.isJunk(line)).isFalse();
  }
}
