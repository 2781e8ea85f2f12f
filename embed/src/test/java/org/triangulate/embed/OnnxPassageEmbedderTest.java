package org.triangulate.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.MatchKind;
import org.triangulate.reuse.Aligner;
import org.triangulate.reuse.ParaphraseWeights;
import org.triangulate.reuse.PassageEmbedder;

class OnnxPassageEmbedderTest {
  private static final OnnxPassageEmbedder MODEL = new OnnxPassageEmbedder();

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    List<float[]> v =
        MODEL.embed(
            List.of(
                "Floodwaters cut the main road into Veldra on Monday.",
                "On Monday the road to Veldra was cut off by floods.",
                "The chess club bought six new clocks for its junior section."));
    assertThat(v).hasSize(3).allMatch(x -> x.length == 384);
    double para = PassageEmbedder.cosine(v.get(0), v.get(1));
    double other = PassageEmbedder.cosine(v.get(0), v.get(2));
    assertThat(para).isGreaterThan(0.6).isGreaterThan(other + 0.3);
    assertThat(PassageEmbedder.cosine(v.get(0), v.get(0)))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void alignerWithTheModelFindsAParaphrasedSentence() {
    Article a =
        Article.builder("a.txt")
            .id("a")
            .language("en")
            .paragraph(
                "Rescue crews reached 340 stranded people by nightfall, Mayor Ilse Marrow said.")
            .paragraph("The chess club in Brannock elected a treasurer.")
            .build();
    Article b =
        Article.builder("b.txt")
            .id("b")
            .language("en")
            .paragraph(
                "By evening, emergency teams had got to 340 people cut off by the water, said mayor Ilse Marrow.")
            .paragraph("A bakery in Tolm opened a second shop.")
            .build();
    Alignment alignment = Aligner.builder().embedder(MODEL).build().align(a, b);
    assertThat(alignment.pairs())
        .anySatisfy(
            p -> {
              assertThat(p.match()).isEqualTo(MatchKind.PARAPHRASE);
              assertThat(p.first().of(a.text())).contains("340");
              assertThat(p.second().of(b.text())).contains("340");
            });
  }

  @Test
  void theDefaultIsBgeWithItsOwnCalibration() {
    assertThat(MODEL.model()).isEqualTo(OnnxPassageEmbedder.Model.BGE_SMALL_EN_V15_Q);
    assertThat(MODEL.name()).isEqualTo("bge-small-en-v1.5-q");
    assertThat(MODEL.paraphraseWeights()).isEqualTo(ParaphraseWeights.BGE_SMALL_EN_V15_Q);
    assertThat(OnnxPassageEmbedder.Model.of("e5-small-v2-q"))
        .isEqualTo(OnnxPassageEmbedder.Model.E5_SMALL_V2_Q);
    assertThat(OnnxPassageEmbedder.Model.of("all_minilm_l6_v2_q"))
        .isEqualTo(OnnxPassageEmbedder.Model.ALL_MINILM_L6_V2_Q);
    assertThatThrownBy(() -> OnnxPassageEmbedder.Model.of("gpt-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gpt-9'")
        .hasMessageContaining("bge-small-en-v1.5-q");
  }

  @Test
  void aPassageEmbeddedAgainGivesTheSameVectorAndCallersCannotSpoilTheCache() {
    String text = "The ferry to Ostrel Island resumed on Friday after three days of storms.";
    float[] first = MODEL.embed(List.of(text)).get(0);
    float[] expected = first.clone();
    java.util.Arrays.fill(first, 0f);
    List<float[]> again = MODEL.embed(List.of("", text, text));
    assertThat(again.get(1)).containsExactly(expected);
    assertThat(again.get(2)).containsExactly(expected);
    assertThat(again.get(0)).hasSize(384);
    assertThat(MODEL.embed(List.of())).isEmpty();
  }

  @Test
  void declinesScriptsItDoesNotKnow() {
    assertThat(MODEL.understands("LATIN")).isTrue();
    assertThat(MODEL.understands("TAMIL")).isFalse();
  }
}
