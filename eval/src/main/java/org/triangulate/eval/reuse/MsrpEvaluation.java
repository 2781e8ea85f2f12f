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
import org.triangulate.reuse.ParaphraseFeatures;
import org.triangulate.reuse.ParaphraseScorer;
import org.triangulate.reuse.ParaphraseWeights;
import org.triangulate.reuse.PassageEmbedder;

/**
 * Paraphrase decision on the MSRP data (news sentence pairs): the {@link ParaphraseScorer} of the
 * provenance engine and the calibrated {@link ParaphraseWeights} over {@link ParaphraseFeatures},
 * with one of the bundled ONNX models (default bge-small-en-v1.5-q). No neural model is trained;
 * the few weights and thresholds are calibrated on the training file minus the dev pairs and
 * reported on the 400 dev pairs. All figures are dev figures (the official test split is not here).
 * The last line scores the weights the model ships with ({@link
 * PassageEmbedder#paraphraseWeights()}), i.e. what the engine decides.
 *
 * <p>Run: {@code ./mvnw -B -q -pl eval -am compile exec:java
 * -Dexec.mainClass=org.triangulate.eval.reuse.MsrpEvaluation}; arguments (with {@code
 * -Dexec.args="..."}): {@code --model NAME} (bge-small-en-v1.5-q, e5-small-v2-q,
 * all-minilm-l6-v2-q), {@code --dump FILE} (split, label, cosine and the two sentences per line,
 * for analysis outside the repository), and a number to calibrate on the first N pairs only.
 */
public final class MsrpEvaluation {
  private MsrpEvaluation() {}

  /** One labelled pair with its features. */
  record Pair(
      String id,
      boolean paraphrase,
      String a,
      String b,
      double lexical,
      double cosine,
      ParaphraseFeatures features) {}

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
    OnnxPassageEmbedder.Model which = OnnxPassageEmbedder.Model.BGE_SMALL_EN_V15_Q;
    Path dump = null;
    int limit = calibration.size();
    for (int k = 0; k < args.length; k++) {
      if (args[k].equals("--model") && k + 1 < args.length) {
        which = OnnxPassageEmbedder.Model.of(args[++k]);
      } else if (args[k].equals("--dump") && k + 1 < args.length) {
        dump = Path.of(args[++k]);
      } else if (args[k].matches("\\d+")) {
        limit = Integer.parseInt(args[k]);
      } else {
        throw new IllegalArgumentException(
            "unknown argument '" + args[k] + "'; use --model NAME, --dump FILE or a pair count");
      }
    }
    calibration = calibration.subList(0, Math.min(limit, calibration.size()));
    long t0 = System.nanoTime();
    PassageEmbedder model = new OnnxPassageEmbedder(which);
    List<Pair> cal = features(calibration, model);
    List<Pair> test = features(dev, model);
    if (dump != null) {
      List<String> lines = new ArrayList<>();
      for (Pair p : cal) {
        lines.add(
            "cal\t" + (p.paraphrase() ? 1 : 0) + "\t" + p.cosine() + "\t" + p.a() + "\t" + p.b());
      }
      for (Pair p : test) {
        lines.add(
            "dev\t" + (p.paraphrase() ? 1 : 0) + "\t" + p.cosine() + "\t" + p.a() + "\t" + p.b());
      }
      Files.write(dump, lines, UTF_8);
    }
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
    report("two-weight: cosine + lexical", combined, test);
    ParaphraseWeights fitted = fit(cal);
    System.out.printf(
        Locale.ROOT,
        "%-40s fitted on the calibration pairs  dev: %s%n",
        "features, logistic alone",
        score(fitted, test).format());
    System.out.printf(
        Locale.ROOT,
        "%-40s fitted, or %.2f / %.2f where facts agree  calibration F1 %.1f  dev: %s%n",
        "features, logistic + agreeing fallback",
        combined.embeddingWeight(),
        combined.threshold(),
        100 * score(fitted.withAgreeing(combined), cal).f1(),
        score(fitted.withAgreeing(combined), test).format());
    System.out.printf(
        Locale.ROOT,
        "  weights: new ParaphraseWeights(%.4f, %.4f, %.4f, %.4f, %.4f, %.2f); calibration F1 %.1f%n",
        fitted.bias(),
        fitted.cosine(),
        fitted.charDice(),
        fitted.numbers(),
        fitted.negation(),
        fitted.threshold(),
        100 * score(fitted, cal).f1());
    System.out.printf(
        Locale.ROOT,
        "%-40s as shipped for %s  dev: %s%n",
        "engine: shipped constants",
        model.name(),
        score(model.paraphraseWeights(), test).format());
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

  private static double[] row(ParaphraseFeatures f) {
    return new double[] {
      f.cosine(), f.charDice(), Math.log1p(f.numberMismatch()), f.negationMismatch() ? 1 : 0
    };
  }

  /**
   * Logistic regression of the four features by full-batch gradient descent on standardised inputs
   * (deterministic, no seed needed), folded back to raw weights; then the F1-best threshold on the
   * same calibration pairs.
   */
  static ParaphraseWeights fit(List<Pair> pairs) {
    int n = pairs.size();
    int d = 4;
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int i = 0; i < n; i++) {
      x[i] = row(pairs.get(i).features());
      y[i] = pairs.get(i).paraphrase() ? 1 : 0;
      for (int j = 0; j < d; j++) {
        mean[j] += x[i][j] / n;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        sd[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]) + 1e-9;
    }
    double[] w = new double[d + 1];
    for (int it = 0; it < 3000; it++) {
      double[] g = new double[d + 1];
      for (int i = 0; i < n; i++) {
        double z = w[d];
        for (int j = 0; j < d; j++) {
          z += w[j] * (x[i][j] - mean[j]) / sd[j];
        }
        double err = 1 / (1 + Math.exp(-z)) - y[i];
        for (int j = 0; j < d; j++) {
          g[j] += err * (x[i][j] - mean[j]) / sd[j] / n;
        }
        g[d] += err / n;
      }
      for (int j = 0; j <= d; j++) {
        w[j] -= 0.5 * (g[j] + (j < d ? 1e-3 * w[j] : 0));
      }
    }
    double[] raw = new double[d];
    double bias = w[d];
    for (int j = 0; j < d; j++) {
      raw[j] = w[j] / sd[j];
      bias -= w[j] * mean[j] / sd[j];
    }
    ParaphraseWeights best = null;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      ParaphraseWeights candidate =
          new ParaphraseWeights(bias, raw[0], raw[1], raw[2], raw[3], t / 100.0, null);
      double f1 = score(candidate, pairs).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = candidate;
      }
    }
    return best;
  }

  static Score score(ParaphraseWeights weights, List<Pair> pairs) {
    boolean[] said = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      said[i] = weights.paraphrase(pairs.get(i).features());
    }
    return score(said, pairs);
  }

  static Score score(ParaphraseScorer scorer, List<Pair> pairs) {
    boolean[] said = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      said[i] = scorer.combineForEvaluation(p.lexical(), p.cosine()) >= scorer.threshold();
    }
    return score(said, pairs);
  }

  private static Score score(boolean[] decisions, List<Pair> pairs) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      boolean said = decisions[i];
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
        double cosine = PassageEmbedder.cosine(vectors.get(2 * k), vectors.get(2 * k + 1));
        out.add(
            new Pair(
                r[1] + "/" + r[2],
                r[0].equals("1"),
                r[3],
                r[4],
                ParaphraseScorer.lexical(r[3], r[4]),
                cosine,
                ParaphraseFeatures.of(r[3], r[4], cosine)));
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
