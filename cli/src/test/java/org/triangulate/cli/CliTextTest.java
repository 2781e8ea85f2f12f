package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTextTest {
  @Test
  void cleanRemovesTerminalEscapesAndLineBreaks() {
    assertThat(CliText.clean(" Dam \u001b[2Jbreaks\nagain\t")).isEqualTo("Dam  [2Jbreaks again");
  }

  @Test
  void linesKeepsLineBreaksOnly() {
    assertThat(CliText.lines("a\u001b]0;title\u0007\nb\r\n")).isEqualTo("a ]0;title \nb \n");
  }

  @Test
  void fitCutsWithAnEllipsis() {
    assertThat(CliText.fit("abcdef", 6)).isEqualTo("abcdef");
    assertThat(CliText.fit("abcdefg", 6)).isEqualTo("abcde\u2026").hasSize(6);
  }

  @Test
  void markdownEscapesAreDroppedForTheTerminal() {
    assertThat(CliText.unescapeMarkdown("DUNMERE \\(Meridian Press\\) \\[a1 0\u2013232\\] \\*"))
        .isEqualTo("DUNMERE (Meridian Press) [a1 0\u2013232] *");
    assertThat(CliText.unescapeMarkdown("C:\\dir and \\\\")).isEqualTo("C:\\dir and \\");
  }
}
