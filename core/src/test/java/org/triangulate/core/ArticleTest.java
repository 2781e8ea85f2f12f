package org.triangulate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleTest {
  @Test
  void builderJoinsBlocksWithBlankLinesAndComputesOffsets() {
    Article a =
        Article.builder("veldra.txt")
            .title("Flood in Veldra")
            .block(BlockKind.HEADING, "  Flood  ")
            .paragraph("Rivers rose on Monday.")
            .paragraph("   ")
            .build();
    assertThat(a.text()).isEqualTo("Flood\n\nRivers rose on Monday.");
    assertThat(a.blocks()).hasSize(2);
    assertThat(a.blocks().get(1).of(a.text())).isEqualTo("Rivers rose on Monday.");
    assertThat(a.id())
        .hasSize(16)
        .isEqualTo(ContentHash.of("flood in  veldra", "FLOOD\n\nRivers rose on Monday."));
  }

  @Test
  void rejectsBlocksOutsideTheText() {
    assertThatThrownBy(
            () ->
                Article.builder("x.txt")
                    .text("short", java.util.List.of(new Block(BlockKind.PARAGRAPH, 0, 10)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inside the text of length 5")
        .hasMessageContaining("x.txt");
  }

  @Test
  void problemCodesMustBeStable() {
    assertThatThrownBy(() -> Problem.failure("a.html", "Bad Code", "x"))
        .hasMessageContaining("'Bad Code'");
    assertThat(Problem.failure("a.html", "empty", "no text").toString())
        .isEqualTo("a.html: error [empty] no text");
  }
}
