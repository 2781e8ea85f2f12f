package org.triangulate.eval.reuse;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.embed.OnnxPassageEmbedder;
import org.triangulate.eval.Datasets;
import org.triangulate.reuse.ParaphraseScorer;
import org.triangulate.reuse.PassageEmbedder;

/**
 * Paraphrase decision on the MSRP data (news sentence pairs): the {@link ParaphraseScorer} of the
 * provenance engine, with and without the ONNX model. No model is trained; the embedding weight and
 * the threshold are calibrated on the training file minus the dev pairs and reported on the 400 dev
 * pairs. All figures are dev figures (the official test split is not here).
 *
 * <p>Run: {@code ./mvnw -B -q -pl eval -am package -DskipTests && java -cp ... MsrpEvaluation}, or
 * {@code ./mvnw -B -q -pl eval exec:java
 * -Dexec.mainClass=org.triangulate.eval.reuse.MsrpEvaluation}.
 */
public final class MsrpEvaluation {
  private MsrpEvaluation() {}

  /** One labelled pair with its features. */
  record Pair(String id, boolean paraphrase, String a, String b, double lexical, double cosine) {}

  /** Precision, recall, F1 and accuracy of a decision. */
  record Score(double precision, double recall, double f1, double accuracy) {
    String format() {
      return String.format(
          Locale.ROOT,
          "acc %.1f  P %.1f  R %.1f  F1 %.1f",
          100 * accuracy,
          100 * precision,
          100 * recall,
          100 * f1);
    }
  }

  public static void main(String[] args) throws IOException {
    Path folder =
        Datasets.find("msrp")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "msrp not found under " + Datasets.archives() + "; nothing to evaluate"));
    List<String[]> dev = read(folder.resolve("msr_paraphrase_dev.txt"));
    Set<String> devIds = new HashSet<>();
    for (String[] r : dev) {
      devIds.add(r[1] + "/" + r[2]);
    }
    List<String[]> calibration = new ArrayList<>();
    for (String[] r : read(folder.resolve("msr_paraphrase_train.txt"))) {
      if (!devIds.contains(r[1] + "/" + r[2])) {
        calibration.add(r);
      }
    }
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : calibration.size();
    calibration = calibration.subList(0, Math.min(limit, calibration.size()));
    long t0 = System.nanoTime();
    PassageEmbedder model = new OnnxPassageEmbedder();
    List<Pair> cal = features(calibration, model);
    List<Pair> test = features(dev, model);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "MSRP paraphrase decision (dev figures): calibrated on %d pairs of the training file"
            + " (dev pairs removed), reported on the %d dev pairs; model %s; %.0f s for %d"
            + " sentence pairs%n",
        cal.size(),
        test.size(),
        model.name(),
        seconds,
        cal.size() + test.size());
    report("all pairs paraphrase (majority class)", new ParaphraseScorer(0, 0), test);
    ParaphraseScorer lexical = calibrate(cal, false);
    report("lexical only (content-word Dice)", lexical, test);
    ParaphraseScorer cosineOnly = calibrate(cal, true, 1.0);
    report("embedding cosine only", cosineOnly, test);
    ParaphraseScorer combined = calibrate(cal, true);
    report("embedding + lexical (engine)", combined, test);
    System.out.println(
        "published anchors on the official test split (F1): majority 79.9, word overlap about 81,"
            + " BERT-base about 88-89");
  }

  private static void report(String name, ParaphraseScorer scorer, List<Pair> test) {
    System.out.printf(
        Locale.ROOT,
        "%-40s weight %.2f threshold %.2f  dev: %s%n",
        name,
        scorer.embeddingWeight(),
        scorer.threshold(),
        score(scorer, test).format());
  }

  static ParaphraseScorer calibrate(List<Pair> pairs, boolean useModel, double... weights) {
    double[] grid =
        weights.length > 0
            ? weights
            : useModel ? new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9} : new double[] {0.0};
    ParaphraseScorer best = null;
    double bestF1 = -1;
    for (double w : grid) {
      for (int t = 0; t <= 100; t++) {
        ParaphraseScorer s = new ParaphraseScorer(w, t / 100.0);
        double f1 = score(s, pairs).f1();
        if (f1 > bestF1) {
          bestF1 = f1;
          best = s;
        }
      }
    }
    return best;
  }

  static Score score(ParaphraseScorer scorer, List<Pair> pairs) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Pair p : pairs) {
      boolean said = scorer.combineForEvaluation(p.lexical(), p.cosine()) >= scorer.threshold();
      if (said && p.paraphrase()) {
        tp++;
      } else if (said) {
        fp++;
      } else if (p.paraphrase()) {
        fn++;
      } else {
        tn++;
      }
    }
    double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, (tp + tn) / (double) pairs.size());
  }

  private static List<Pair> features(List<String[]> rows, PassageEmbedder model) {
    List<Pair> out = new ArrayList<>();
    int batch = 64;
    for (int from = 0; from < rows.size(); from += batch) {
      List<String[]> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
      List<String> texts = new ArrayList<>();
      for (String[] r : chunk) {
        texts.add(r[3]);
        texts.add(r[4]);
      }
      List<float[]> vectors = model.embed(texts);
      for (int k = 0; k < chunk.size(); k++) {
        String[] r = chunk.get(k);
        out.add(
            new Pair(
                r[1] + "/" + r[2],
                r[0].equals("1"),
                r[3],
                r[4],
                ParaphraseScorer.lexical(r[3], r[4]),
                PassageEmbedder.cosine(vectors.get(2 * k), vectors.get(2 * k + 1))));
      }
    }
    return out;
  }

  private static List<String[]> read(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, UTF_8);
    for (int k = 1; k < lines.size(); k++) {
      String[] f = lines.get(k).split("\t", -1);
      if (f.length == 5 && (f[0].equals("0") || f[0].equals("1"))) {
        rows.add(f);
      }
    }
    return rows;
  }
}
