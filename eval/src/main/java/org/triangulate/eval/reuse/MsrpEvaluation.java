package org.triangulate.eval.reuse;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.embed.OnnxPassageEmbedder;
import org.triangulate.eval.Datasets;
import org.triangulate.reuse.Aligner;
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
 * Two "engine" lines score the weights the model ships with ({@link
 * PassageEmbedder#paraphraseWeights()}) and then the whole {@link Aligner} with that model, whose
 * own gates (numbers, names, sentence length) make it stricter than the weights alone.
 *
 * <p>Run: {@code ./mvnw -B -q -pl eval -am compile exec:java
 * -Dexec.mainClass=org.triangulate.eval.reuse.MsrpEvaluation}; arguments (with {@code
 * -Dexec.args="..."}): {@code --model NAME} (bge-small-en-v1.5-q, e5-small-v2-q,
 * all-minilm-l6-v2-q), {@code --dump FILE} (split, label, cosine and the two sentences per line,
 * for analysis outside the repository), {@code --cosines FILE} (the pairs' cosines are written
 * there on the first run and read back on later ones, which then skip the embedding: keep the file
 * outside the repository), and a number to calibrate on the first N pairs only.
 *
 * <p>Two feature sets are fitted: the four features the engine used first and all of {@link
 * ParaphraseFeatures#NAMES}; each gets its 5-fold cross-validated F1 on the calibration pairs (5
 * shuffles), which is what the choice between them rests on, and its dev figures and ranking AUC.
 * The engine ships the four-feature weights: see {@link ParaphraseWeights#BGE_SMALL_EN_V15_Q} for
 * why.
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
    Path cosines = null;
    int limit = calibration.size();
    for (int k = 0; k < args.length; k++) {
      if (args[k].equals("--model") && k + 1 < args.length) {
        which = OnnxPassageEmbedder.Model.of(args[++k]);
      } else if (args[k].equals("--dump") && k + 1 < args.length) {
        dump = Path.of(args[++k]);
      } else if (args[k].equals("--cosines") && k + 1 < args.length) {
        cosines = Path.of(args[++k]);
      } else if (args[k].matches("\\d+")) {
        limit = Integer.parseInt(args[k]);
      } else {
        throw new IllegalArgumentException(
            "unknown argument '"
                + args[k]
                + "'; use --model NAME, --dump FILE, --cosines FILE or a pair count");
      }
    }
    calibration = calibration.subList(0, Math.min(limit, calibration.size()));
    long t0 = System.nanoTime();
    PassageEmbedder model = new OnnxPassageEmbedder(which);
    Map<String, Double> known = readCosines(cosines, model);
    List<Pair> cal = features(calibration, model, known);
    List<Pair> test = features(dev, model, known);
    if (cosines != null && known.isEmpty()) {
      writeCosines(cosines, model, cal, test);
    }
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
    ParaphraseWeights four = fit(cal, FOUR);
    ParaphraseWeights all = fit(cal, ALL);
    double cvFour = crossValidatedF1(cal, FOUR, 5, 5);
    double cvAll = crossValidatedF1(cal, ALL, 5, 5);
    System.out.printf(
        Locale.ROOT,
        "%-40s 5-fold CV F1 %.1f  calibration AUC %.3f  dev: %s  AUC %.3f  R at P>=85 %.1f%n",
        "features, logistic: four",
        100 * cvFour,
        auc(four, cal),
        score(four, test).format(),
        auc(four, test),
        100 * recallAtPrecision(four, test, 0.85));
    System.out.printf(
        Locale.ROOT,
        "%-40s fitted, or %.2f / %.2f where facts agree  calibration F1 %.1f  dev: %s%n",
        "features, logistic: four + fallback",
        combined.embeddingWeight(),
        combined.threshold(),
        100 * score(four.withAgreeing(combined), cal).f1(),
        score(four.withAgreeing(combined), test).format());
    System.out.printf(
        Locale.ROOT,
        "%-40s 5-fold CV F1 %.1f  calibration AUC %.3f  dev: %s  AUC %.3f  R at P>=85 %.1f%n",
        "features, logistic: all " + ParaphraseFeatures.NAMES.size(),
        100 * cvAll,
        auc(all, cal),
        score(all, test).format(),
        auc(all, test),
        100 * recallAtPrecision(all, test, 0.85));
    ParaphraseWeights chosen = cvAll > cvFour ? all : four;
    System.out.printf(
        Locale.ROOT,
        "preferred by CV: %s; calibration F1 %.1f%n  weights: %s%n",
        chosen == all ? "all features" : "four features",
        100 * score(chosen, cal).f1(),
        javaLiteral(chosen));
    System.out.printf(
        Locale.ROOT,
        "%-40s as shipped for %s  dev: %s  AUC %.3f%n",
        "engine: shipped constants",
        model.name(),
        score(model.paraphraseWeights(), test).format(),
        auc(model.paraphraseWeights(), test));
    System.out.printf(
        Locale.ROOT,
        "%-40s each pair as two one-sentence articles  dev: %s%n",
        "engine: Aligner with its own gates",
        alignerScore(model, test).format());
    System.out.printf(
        Locale.ROOT,
        "features and decision of one sentence pair: %.0f pairs/s (one thread, %d pairs, best of"
            + " 5 rounds)%n",
        pairsPerSecond(model.paraphraseWeights(), cal),
        cal.size());
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

  /** The entries of {@link ParaphraseFeatures#vector()} of the shipped four-feature decision. */
  static final int[] FOUR = {0, 1, 2, 3};

  /** Every entry of {@link ParaphraseFeatures#vector()}. */
  static final int[] ALL = IntStream.range(0, ParaphraseFeatures.NAMES.size()).toArray();

  /**
   * L2-regularised logistic regression of the chosen entries of the feature vector by Newton's
   * method on standardised inputs (deterministic, no seed needed), folded back to raw weights (the
   * other entries weigh 0); then the F1-best threshold on the same pairs.
   */
  static ParaphraseWeights fit(List<Pair> pairs, int[] features) {
    int n = pairs.size();
    int d = features.length;
    double[][] x = new double[n][d + 1];
    double[] y = new double[n];
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int i = 0; i < n; i++) {
      double[] v = pairs.get(i).features().vector();
      for (int j = 0; j < d; j++) {
        x[i][j] = v[features[j]];
        mean[j] += x[i][j] / n;
      }
      y[i] = pairs.get(i).paraphrase() ? 1 : 0;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        sd[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]) + 1e-9;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = (x[i][j] - mean[j]) / sd[j];
      }
      x[i][d] = 1;
    }
    double[] w = new double[d + 1];
    for (int it = 0; it < 25; it++) {
      double[] g = new double[d + 1];
      double[][] h = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double z = 0;
        for (int j = 0; j <= d; j++) {
          z += w[j] * x[i][j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = p - y[i];
        double curvature = p * (1 - p);
        for (int j = 0; j <= d; j++) {
          g[j] += err * x[i][j] / n;
          for (int k = 0; k <= j; k++) {
            h[j][k] += curvature * x[i][j] * x[i][k] / n;
          }
        }
      }
      for (int j = 0; j <= d; j++) {
        for (int k = 0; k < j; k++) {
          h[k][j] = h[j][k];
        }
        if (j < d) {
          // The ridge of scikit-learn's default (C = 1) on the mean loss; the bias is free.
          g[j] += w[j] / n;
          h[j][j] += 1.0 / n;
        }
      }
      double[] step = solve(h, g);
      double change = 0;
      for (int j = 0; j <= d; j++) {
        w[j] -= step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-9) {
        break;
      }
    }
    double[] raw = new double[ParaphraseFeatures.NAMES.size()];
    double bias = w[d];
    for (int j = 0; j < d; j++) {
      raw[features[j]] = w[j] / sd[j];
      bias -= w[j] * mean[j] / sd[j];
    }
    ParaphraseWeights best = null;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      ParaphraseWeights candidate = ParaphraseWeights.of(bias, raw, t / 100.0, null);
      double f1 = score(candidate, pairs).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = candidate;
      }
    }
    return best;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] out = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = m[r][n];
      for (int k = r + 1; k < n; k++) {
        sum -= m[r][k] * out[k];
      }
      out[r] = sum / m[r][r];
    }
    return out;
  }

  /**
   * Cross-validated F1 on the calibration pairs: {@code folds}-fold, each fold predicted by weights
   * and threshold fitted on the others, F1 over all pairs; the mean over {@code repetitions}
   * shuffles (seeds 1, 2, ...). This is what a choice between feature sets rests on, not dev.
   */
  static double crossValidatedF1(List<Pair> pairs, int[] features, int folds, int repetitions) {
    double sum = 0;
    for (int rep = 1; rep <= repetitions; rep++) {
      List<Integer> order = new ArrayList<>(IntStream.range(0, pairs.size()).boxed().toList());
      Collections.shuffle(order, new Random(rep));
      boolean[] said = new boolean[pairs.size()];
      for (int fold = 0; fold < folds; fold++) {
        List<Pair> train = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
          if (k % folds == fold) {
            held.add(order.get(k));
          } else {
            train.add(pairs.get(order.get(k)));
          }
        }
        ParaphraseWeights w = fit(train, features);
        for (int i : held) {
          said[i] = w.paraphrase(pairs.get(i).features());
        }
      }
      sum += score(said, pairs).f1();
    }
    return sum / repetitions;
  }

  /** Area under the ROC curve of the probabilities: how well they rank, whatever the threshold. */
  static double auc(ParaphraseWeights weights, List<Pair> pairs) {
    List<double[]> scored = new ArrayList<>();
    for (Pair p : pairs) {
      scored.add(new double[] {weights.probability(p.features()), p.paraphrase() ? 1 : 0});
    }
    scored.sort((u, v) -> Double.compare(u[0], v[0]));
    double positives = 0;
    double rankSum = 0;
    int k = 0;
    while (k < scored.size()) {
      int end = k;
      while (end + 1 < scored.size() && scored.get(end + 1)[0] == scored.get(k)[0]) {
        end++;
      }
      double rank = (k + end) / 2.0 + 1;
      for (int m = k; m <= end; m++) {
        if (scored.get(m)[1] == 1) {
          positives++;
          rankSum += rank;
        }
      }
      k = end + 1;
    }
    double negatives = scored.size() - positives;
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
  }

  /**
   * What {@code align} decides: each pair becomes two one-sentence articles and counts as a
   * paraphrase when the {@link Aligner} (with this model and its shipped weights) matches any
   * passage. Besides the weights, the aligner has gates of its own (both sentences of at least five
   * words, no disagreeing numbers, names not disjoint, a combined-score pre-check).
   */
  static Score alignerScore(PassageEmbedder model, List<Pair> pairs) {
    Aligner aligner = Aligner.builder().embedder(model).build();
    boolean[] said = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      Alignment alignment =
          aligner.align(oneSentence("a-" + i, p.a()), oneSentence("b-" + i, p.b()));
      said[i] = !alignment.pairs().isEmpty();
    }
    return score(said, pairs);
  }

  private static Article oneSentence(String id, String text) {
    return Article.builder("msrp/" + id).id(id).language("en").paragraph(text).build();
  }

  /**
   * The highest recall of any threshold on the probabilities whose precision reaches {@code
   * precision}: how the ranking serves a stricter decision than the F1-best one (copy detection
   * prefers a missed paraphrase to a false one).
   */
  static double recallAtPrecision(ParaphraseWeights weights, List<Pair> pairs, double precision) {
    double best = 0;
    for (int t = 1; t < 1000; t++) {
      double threshold = t / 1000.0;
      boolean[] said = new boolean[pairs.size()];
      for (int i = 0; i < pairs.size(); i++) {
        said[i] = weights.probability(pairs.get(i).features()) >= threshold;
      }
      Score s = score(said, pairs);
      if (s.precision() >= precision) {
        best = Math.max(best, s.recall());
      }
    }
    return best;
  }

  /** The weights as a Java expression, to paste into {@link ParaphraseWeights}. */
  static String javaLiteral(ParaphraseWeights w) {
    StringBuilder out = new StringBuilder("ParaphraseWeights.of(");
    out.append(String.format(Locale.ROOT, "%.4f, new double[] {", w.bias()));
    for (int k = 0; k < w.weights().size(); k++) {
      out.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", w.weights().get(k)));
    }
    return out.append(String.format(Locale.ROOT, "}, %.2f, null)", w.threshold())).toString();
  }

  /**
   * Sentence pairs per second through {@link ParaphraseFeatures#of(String, String, double)} and
   * {@link ParaphraseWeights#paraphrase}, what the engine does per candidate pair beyond the
   * cosine.
   */
  static double pairsPerSecond(ParaphraseWeights weights, List<Pair> pairs) {
    double best = 0;
    int accepted = 0;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      for (Pair p : pairs) {
        if (weights.paraphrase(ParaphraseFeatures.of(p.a(), p.b(), p.cosine()))) {
          accepted++;
        }
      }
      best = Math.max(best, pairs.size() / ((System.nanoTime() - t0) / 1e9));
    }
    if (accepted < 0) {
      throw new AssertionError("unreachable: keeps the loop's work observable");
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

  /**
   * The cosines of an earlier run with the same model ({@code --cosines FILE}: pair id, tab,
   * cosine; first line names the model), so that calibration experiments skip the embedding; empty
   * when there is no such file yet.
   */
  private static Map<String, Double> readCosines(Path file, PassageEmbedder model)
      throws IOException {
    Map<String, Double> out = new HashMap<>();
    if (file == null || !Files.exists(file)) {
      return out;
    }
    List<String> lines = Files.readAllLines(file, UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals("# model " + model.name())) {
      throw new IllegalArgumentException(
          file + " does not hold cosines of " + model.name() + "; delete it or name another file");
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException(file + ": expected 'id<TAB>cosine', got '" + line + "'");
      }
      out.put(f[0], Double.parseDouble(f[1]));
    }
    return out;
  }

  private static void writeCosines(Path file, PassageEmbedder model, List<Pair> cal, List<Pair> dev)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# model " + model.name());
    for (List<Pair> part : List.of(cal, dev)) {
      for (Pair p : part) {
        lines.add(p.id() + "\t" + p.cosine());
      }
    }
    Files.write(file, lines, UTF_8);
  }

  private static List<Pair> features(
      List<String[]> rows, PassageEmbedder model, Map<String, Double> known) {
    List<Pair> out = new ArrayList<>();
    if (!known.isEmpty()) {
      for (String[] r : rows) {
        Double cosine = known.get(r[1] + "/" + r[2]);
        if (cosine == null) {
          throw new IllegalArgumentException(
              "no cached cosine for pair " + r[1] + "/" + r[2] + "; delete the --cosines file");
        }
        out.add(pair(r, cosine));
      }
      return out;
    }
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
        out.add(pair(r, PassageEmbedder.cosine(vectors.get(2 * k), vectors.get(2 * k + 1))));
      }
    }
    return out;
  }

  private static Pair pair(String[] r, double cosine) {
    return new Pair(
        r[1] + "/" + r[2],
        r[0].equals("1"),
        r[3],
        r[4],
        ParaphraseScorer.lexical(r[3], r[4]),
        cosine,
        ParaphraseFeatures.of(r[3], r[4], cosine));
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
