package org.triangulate.eval.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.facts.TimexTagger;

class EvaluationParsersTest {
  private static final String TIMEML =
      "<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-03-14\""
          + " functionInDocument=\"CREATION_TIME\">03-14-25</TIMEX3></DCT><TEXT>The ferry of"
          + " Velra &amp; Kalvor sank <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-13\">"
          + "Thursday</TIMEX3> after <EVENT eid=\"e1\">storms</EVENT> lasting <TIMEX3 tid=\"t2\""
          + " type=\"DURATION\" value=\"P2D\">two days</TIMEX3>.</TEXT></TimeML>";

  @Test
  void timeMlTextAndSpans() {
    TimexEvaluation.Document d = TimexEvaluation.parse("x.tml", TIMEML);
    assertThat(d.creation()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(d.text())
        .isEqualTo("The ferry of Velra & Kalvor sank Thursday after storms lasting two days.");
    assertThat(d.gold())
        .extracting(TimexEvaluation.Span::text)
        .containsExactly("Thursday", "two days");
    assertThat(d.gold().get(0).start()).isEqualTo(d.text().indexOf("Thursday"));
  }

  @Test
  void timexScoresOnAParsedDocument() {
    TimexEvaluation.Totals totals =
        TimexEvaluation.evaluate(
            List.of(TimexEvaluation.parse("x.tml", TIMEML)), new TimexTagger(), 0);
    assertThat(totals.strict().f1()).isEqualTo(1.0);
    assertThat(totals.value().f1()).isEqualTo(1.0);
  }

  @Test
  void weekValuesCompareWithoutPadding() {
    assertThat(TimexEvaluation.canonical("2000-W07"))
        .isEqualTo(TimexEvaluation.canonical("2000-W7"));
  }

  @Test
  void bratAttributionsJoinContentAndSource() {
    List<QuoteEvaluation.Gold> gold =
        QuoteEvaluation.parse(
            List.of(
                "T1\tSource 0 9\tAnna Vell",
                "T2\tCue 10 14\tsaid",
                "T3\tContent 15 30;35 40\tthe port is shut",
                "T4\tAttribution 10 14\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"));
    assertThat(gold).containsExactly(new QuoteEvaluation.Gold(15, 40, 0, 9));
  }
}
