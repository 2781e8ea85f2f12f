package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;

class AnalyserTest {
  private final Analyser analyser = new Analyser(200_000, 2_000);

  private AnalysedArticle analyse(String... paragraphs) {
    Article article = Fixtures.article("a", "Test Post", null, "en", List.of(paragraphs));
    return analyser.analyse(article);
  }

  @Test
  void aSentenceAboutAdvertisementsIsKeptAndAnAdvertisementLineIsNot() {
    AnalysedArticle a =
        analyse(
            "The Brannock council voted to ban advertisements for sugary drinks on city buses.",
            "Advertisement",
            "Councillor Ilse Varga said the ban would start in March.");
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.sentences().get(0).words()).contains("advertisements");
    assertThat(a.junkSentences()).isEqualTo(1);
  }

  @Test
  void aCapitalisedFirstWordIsANameUnlessItIsACommonWord() {
    AnalysedArticle a =
        analyse(
            "Orvelle met Tamsin Kade at the harbour office.",
            "Police closed the quay for two hours.",
            "Flooding cut the coast road, and the flooding lasted until Friday.");
    assertThat(a.sentences().get(0).anchors()).containsExactlyInAnyOrder("tamsin", "kade");
    assertThat(a.sentences().get(0).initialNames()).containsExactly("orvelle");
    assertThat(a.sentences().get(1).anchors()).doesNotContain("police");
    assertThat(a.sentences().get(1).initialNames()).isEmpty();
    // written in lower case elsewhere in the article: an ordinary word
    assertThat(a.sentences().get(2).anchors()).doesNotContain("flooding");
    assertThat(a.sentences().get(2).initialNames()).isEmpty();
  }

  @Test
  void aFirstWordTheArticleCapitalisesElsewhereIsASureName() {
    AnalysedArticle a =
        analyse("Kade chaired the meeting.", "The ferry board thanked Tamsin Kade for her work.");
    assertThat(a.sentences().get(0).anchors()).contains("kade");
    assertThat(a.sentences().get(0).initialNames()).isEmpty();
  }

  @Test
  void numbersWrittenInDifferentStylesGetTheSameKey() {
    assertThat(numbersOf("Ozone reached .20 parts per million over the valley."))
        .containsExactly("020");
    assertThat(numbersOf("Ozone reached 0.20 parts per million over the valley."))
        .containsExactly("020");
    assertThat(numbersOf("The skipper, a 60-year-old from Corrin, steered home."))
        .containsExactly("60");
    assertThat(numbersOf("The harbour paid $US1.5 million for the new crane."))
        .containsExactly("15");
    assertThat(numbersOf("The harbour paid US$1.5 million for the new crane."))
        .containsExactly("15");
    // no glued currency symbol, no compound adjective: left as written
    assertThat(numbersOf("The Q2 figures came from route A12 and a 2-1 vote."))
        .containsExactlyInAnyOrder("q2", "a12", "2-1");
  }

  private java.util.Set<String> numbersOf(String sentence) {
    return analyse(sentence).sentences().get(0).numbers();
  }
}
