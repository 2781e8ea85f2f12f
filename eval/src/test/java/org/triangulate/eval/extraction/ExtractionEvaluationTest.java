package org.triangulate.eval.extraction;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.extract.ArticleExtractor;

/** The runner on tiny synthetic datasets laid out like the real ones. */
class ExtractionEvaluationTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final ExtractionEvaluation evaluation =
      new ExtractionEvaluation(ArticleExtractor.standard(), new PrintStream(printed, true, UTF_8));

  @Test
  void missingDatasetsAreSkippedNotFailed() {
    assertThat(evaluation.trafilaturaEval(Optional.empty())).isNull();
    assertThat(evaluation.l3s(Optional.empty())).isNull();
    assertThat(evaluation.cleanPortalEval(Optional.empty())).isNull();
    assertThat(printed.toString(UTF_8)).contains("skipped: dataset not found");
  }

  @Test
  void scoresATrafilaturaStyleDataset(@TempDir Path dir) throws IOException {
    Path tests = Files.createDirectories(dir.resolve("tests/eval"));
    Files.writeString(
        tests.resolve("p.html"),
        "<html><body><nav><a href='/'>Home</a> <a href='/x'>Impressum</a></nav><article><p>The"
            + " Brine rose at Veldra on Thursday and flooded the old town, the crisis office"
            + " said.</p><p>Tags: flood</p></article></body></html>",
        UTF_8);
    Files.writeString(
        dir.resolve("tests/evaldata.json"),
        "{\"https://courier.example/a\": {\"file\": \"p.html\", \"with\": [\"The Brine rose at"
            + " Veldra\"], \"without\": [\"Impressum\", \"Tags: flood\"]}}",
        UTF_8);
    SegmentMatch.Counts counts = evaluation.trafilaturaEval(Optional.of(dir));
    assertThat(counts.truePositives()).isEqualTo(1);
    assertThat(counts.falsePositives()).isZero();
    assertThat(counts.f1()).isEqualTo(1.0);
    assertThat(printed.toString(UTF_8)).contains("trafilatura 2.2.0 standard", "0.924");
  }

  @Test
  void l3sGoldIsTheTextWhoseNearestLabelIsSel2() {
    String annotated =
        "<html><body><span class=\"x-nc-sel1\">Headline</span><span class=\"x-nc-sel2\">Body"
            + " text <b>bold</b> <span class=\"x-nc-sel3\">caption</span> more</span>"
            + "<span class=\"x-nc-sel0\">menu</span></body></html>";
    String gold = ExtractionEvaluation.l3sGold(annotated.getBytes(UTF_8));
    assertThat(TokenOverlap.tokens(gold)).containsExactly("body", "text", "bold", "more");
  }

  @Test
  void scoresACleanEvalStyleDataset(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("input"));
    Files.createDirectories(dir.resolve("GoldStandard"));
    Files.writeString(
        dir.resolve("input/page_01.html"),
        "<html><body><div class='menu'><a href='/'>Home</a></div><div><p>The harbour wall of"
            + " Brennmoor will be repaired next spring, the council decided on Tuesday"
            + " evening.</p></div></body></html>",
        UTF_8);
    Files.writeString(
        dir.resolve("GoldStandard/page_01.txt"),
        "URL: http://brennmoor.example/a\n<p>The harbour wall of Brennmoor will be repaired next"
            + " spring, the council decided on Tuesday evening.\n",
        UTF_8);
    double[] scores = evaluation.cleanPortalEval(Optional.of(dir));
    assertThat(scores[2]).isEqualTo(1.0);
    assertThat(scores[5]).isEqualTo(1.0);
  }
}
