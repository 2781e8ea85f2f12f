package org.triangulate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Property(tries = 500)
  void sentencesAreOrderedDisjointTrimmedAndInsideTheText(@ForAll String text) {
    List<Sentences.Range> ranges = Sentences.split(text);
    int previousEnd = 0;
    for (Sentences.Range r : ranges) {
      assertThat(r.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(r.end()).isGreaterThan(r.start()).isLessThanOrEqualTo(text.length());
      assertThat(Character.isWhitespace(text.charAt(r.start()))).isFalse();
      assertThat(Character.isWhitespace(text.charAt(r.end() - 1))).isFalse();
      previousEnd = r.end();
    }
  }

  @Test
  void splitsAtSentenceEndsButNotAfterTitles() {
    String text =
        "Gov. Ilka Marr spoke at 9 a.m. today. \"We will rebuild.\" She left.\n\nNew paragraph";
    assertThat(Sentences.split(text).stream().map(r -> r.of(text)).toList())
        .containsExactly(
            "Gov. Ilka Marr spoke at 9 a.m. today.",
            "\"We will rebuild.\"",
            "She left.",
            "New paragraph");
  }
}
