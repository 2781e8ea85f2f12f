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
        "31. Mai",
        "Follow The Tarnby Courier on Twitter and Instagram @tarnbycourier",
        "Don't miss a thing: our YouTube channel has all the ferry videos!",
        "Receive our monthly newsletter with the week's news from the islands",
        "Anzeige, enthält Affiliate Links",
        "*Werbung. Dieser Beitrag enthält Werbung für eine Fähre.",
        "Kaufen Sie über diese Links, erhalten wir eine Provision vom Händler.",
        "This article is the copyrighted property of the Tarnby Courier.",
        "Written permission must be sought from the Veldra Courier before any reprint.",
        "To view the full story, please subscribe to the Tarnby Courier.",
        "If you enjoyed reading this post, tell your friends about us.",
        "Lesen Sie auch unsere Beiträge zur Fähre:",
        "Schon gelesen?",
        "Zum Weiterlesen:",
        "See also: the ferry timetable",
        "You are using an outdated browser. Please update it to see this page."
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
        "Von den 8.000 Gästen kamen die meisten aus dem Umland.",
        "Der Fährmann zeigt die Überfahrt seit Jahren auf seinem YouTube-Kanal.",
        "The two men entered the pier without permission late on Sunday night.",
        "Werbung für die Fähre hängt seit Montag in jedem Bus der Insel.",
        "She read also the older reports of the harbour board before the vote."
      })
  void keepsArticleText(String line) {
    assertThat(JunkLines.isJunk(line)).isFalse();
  }
}
