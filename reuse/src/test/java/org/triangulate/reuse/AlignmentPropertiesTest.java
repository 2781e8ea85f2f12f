package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.PassagePair;

class AlignmentPropertiesTest {
  private final Aligner aligner = Aligner.builder().build();

  @Property(tries = 60)
  void passagesStayInsideBothTextsAndSurviveTheCodec(
      @ForAll @Size(min = 1, max = 6) List<@StringLength(max = 80) String> paragraphs,
      @ForAll @IntRange(min = 0, max = 5) int cut) {
    Article a = Fixtures.article("p-a", "A", null, "en", paragraphs);
    List<String> copied =
        new java.util.ArrayList<>(
            paragraphs.subList(Math.min(cut, paragraphs.size()), paragraphs.size()));
    copied.add("Residents of Veldra said the river rose above their doorsteps within an hour.");
    Article b = Fixtures.article("p-b", "B", null, "en", copied);
    Alignment alignment = aligner.align(a, b);
    for (PassagePair p : alignment.pairs()) {
      assertThat(p.first().end()).isLessThanOrEqualTo(a.text().length());
      assertThat(p.second().end()).isLessThanOrEqualTo(b.text().length());
      assertThat(p.first().start()).isLessThan(p.first().end());
    }
    assertThat(AlignmentCodec.decode(AlignmentCodec.encode(alignment))).isEqualTo(alignment);
  }
}
