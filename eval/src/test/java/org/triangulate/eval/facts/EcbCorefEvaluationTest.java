package org.triangulate.eval.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triangulate.facts.FactExtractor;

class EcbCorefEvaluationTest {
  private static String token(int id, int sentence, String text) {
    return "<token t_id=\"" + id + "\" sentence=\"" + sentence + "\">" + text + "</token>\n";
  }

  // A fictional two-sentence CAT document: "Anna Vell's aide, ``Mr. K. T. Dorn'' ..."
  private static final String CAT =
      "<Document doc_name=\"9_1ecb.xml\">\n"
          + token(1, 0, "Anna")
          + token(2, 0, "Vell")
          + token(3, 0, "'s")
          + token(4, 0, "aide")
          + token(5, 0, ",")
          + token(6, 0, "``")
          + token(7, 0, "Dorn")
          + token(8, 0, "''")
          + token(9, 0, ",")
          + token(10, 0, "left")
          + token(11, 0, "the")
          + token(12, 0, "U")
          + token(13, 0, ".")
          + token(14, 0, "S")
          + token(15, 0, ".")
          + token(16, 1, "Vell")
          + token(17, 1, "stayed")
          + token(18, 1, "in")
          + token(19, 1, "Kal")
          + token(20, 1, "-")
          + token(21, 1, "vor")
          + token(22, 1, ".")
          + "<Markables>\n"
          + "<HUMAN_PART_PER m_id=\"1\"><token_anchor t_id=\"1\"/><token_anchor t_id=\"2\"/>"
          + "</HUMAN_PART_PER>\n"
          + "<HUMAN_PART_PER m_id=\"2\"><token_anchor t_id=\"16\"/></HUMAN_PART_PER>\n"
          + "<LOC_GEO m_id=\"3\" comment=\"x\"><token_anchor t_id=\"18\"/>"
          + "<token_anchor t_id=\"19\"/><token_anchor t_id=\"20\"/><token_anchor t_id=\"21\"/>"
          + "</LOC_GEO>\n"
          + "<ACTION_OCCURRENCE m_id=\"4\"><token_anchor t_id=\"17\"/></ACTION_OCCURRENCE>\n"
          + "<HUMAN_PART_PER m_id=\"9\" RELATED_TO=\"\" instance_id=\"HUM1\"/>\n"
          + "</Markables>\n<Relations>\n"
          + "<CROSS_DOC_COREF r_id=\"1\"><source m_id=\"1\"/><source m_id=\"2\"/>"
          + "<target m_id=\"9\"/></CROSS_DOC_COREF>\n"
          + "</Relations></Document>";

  @Test
  void tokensAreJoinedAsWrittenAndMentionsKeepTheirClusters() {
    EcbCorefEvaluation.Document d =
        EcbCorefEvaluation.parse(
            Path.of("9", "9_1ecb.xml"), CAT, false, Set.of("9_1ecb#0", "9_1ecb#1"));
    assertThat(d.text())
        .isEqualTo("Anna Vell's aide, “Dorn”, left the U.S.\n\nVell stayed in Kal-vor.");
    assertThat(d.mentions())
        .extracting(EcbCorefEvaluation.GoldMention::text)
        .containsExactly("Anna Vell", "Vell", "in Kal-vor");
    assertThat(d.mentions().get(0).cluster()).isEqualTo("HUM1");
    assertThat(d.mentions().get(1).cluster()).isEqualTo("HUM1");
    assertThat(d.mentions().get(2).cluster()).startsWith("single:");
  }

  @Test
  void unselectedSentencesAreNotScored() {
    EcbCorefEvaluation.Document d =
        EcbCorefEvaluation.parse(Path.of("9", "9_1ecb.xml"), CAT, false, Set.of("9_1ecb#1"));
    assertThat(d.mentions())
        .extracting(EcbCorefEvaluation.GoldMention::text)
        .containsExactly("Vell", "in Kal-vor");
  }

  @Test
  void ourClusteringJoinsTheFullNameAndTheSurname() {
    EcbCorefEvaluation.Document d =
        EcbCorefEvaluation.parse(
            Path.of("9", "9_1ecb.xml"), CAT, false, Set.of("9_1ecb#0", "9_1ecb#1"));
    EcbCorefEvaluation.Run run =
        EcbCorefEvaluation.run(
            List.of(new EcbCorefEvaluation.Topic("9", List.of(d))),
            FactExtractor.builder().build());
    Map<EcbCorefEvaluation.GoldMention, String> ours =
        run.responses().get(EcbCorefEvaluation.Clustering.TRIANGULATE);
    assertThat(ours.get(d.mentions().get(0))).isEqualTo(ours.get(d.mentions().get(1)));
    assertThat(ours.get(d.mentions().get(2))).isNotEqualTo(ours.get(d.mentions().get(0)));
    assertThat(CorefScores.muc(run.gold(), ours).f1()).isEqualTo(1.0);
    Map<EcbCorefEvaluation.GoldMention, String> text =
        run.responses().get(EcbCorefEvaluation.Clustering.SAME_TEXT);
    assertThat(text.get(d.mentions().get(0))).isNotEqualTo(text.get(d.mentions().get(1)));
  }
}
