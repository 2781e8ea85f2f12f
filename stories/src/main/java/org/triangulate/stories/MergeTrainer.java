package org.triangulate.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;

/**
 * Fits a {@link MergeModel} from streams with gold stories. {@link #replay} runs the clusterer over
 * a stream with a teacher instead of the decision: every article goes into the story of its gold
 * event if one is among its candidates (else it opens one), so that the candidate stories stay
 * pure; every candidate gives one example (its {@link MergeModel#FEATURES}, label: same gold
 * event). {@link #fit} is L2-regularised logistic regression by Newton's method, deterministic.
 *
 * <pre>{@code
 * MergeTrainer.Examples examples = MergeTrainer.replay(stream, goldOfArticle, settings);
 * MergeModel model = MergeTrainer.fit(List.of(examples), 1.0, 0.5);
 * }</pre>
 */
public final class MergeTrainer {
  private MergeTrainer() {}

  /** Examples from one replay: features per (article, candidate story) pair and their labels. */
  public static final class Examples {
    private final List<double[]> features = new ArrayList<>();
    private final List<Boolean> labels = new ArrayList<>();

    void add(double[] f, boolean label) {
      features.add(f.clone());
      labels.add(label);
    }

    /** Number of pairs. */
    public int size() {
      return features.size();
    }

    /** Number of pairs whose article belongs to the candidate's event. */
    public int positives() {
      int n = 0;
      for (boolean b : labels) {
        n += b ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * Replays {@code stream} with the gold stories deciding every join.
   *
   * @param gold the gold story of every article id in the stream
   * @throws IllegalArgumentException if an article has no gold story
   */
  public static Examples replay(
      List<Article> stream, Map<String, String> gold, ClusterSettings settings) {
    return replay(stream, gold, settings, false);
  }

  /**
   * Replays {@code stream} with the gold stories deciding every join.
   *
   * @param gold the gold story of every article id in the stream
   * @param decisionsOnly keep only the pair of each article with its best candidate by model-free
   *     score (the join-or-open decision), instead of every candidate
   * @throws IllegalArgumentException if an article has no gold story
   */
  public static Examples replay(
      List<Article> stream,
      Map<String, String> gold,
      ClusterSettings settings,
      boolean decisionsOnly) {
    Checks.notNull("stream", stream);
    Checks.notNull("gold", gold);
    Examples examples = new Examples();
    Map<StoryState, String> storyGold = new HashMap<>();
    StoryClusterer clusterer =
        StoryClusterer.builder()
            .settings(settings.toBuilder().repairEvery(0).splitThreshold(0).build())
            .clock(java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC))
            .build();
    clusterer.teacher =
        (article, candidates, features) -> {
          String label = goldOf(gold, article);
          StoryState choice = null;
          double best = -1;
          int top = -1;
          for (int i = 0; i < candidates.size(); i++) {
            if (top < 0
                || features[i][StoryClusterer.HAND_SCORE]
                    > features[top][StoryClusterer.HAND_SCORE]) {
              top = i;
            }
          }
          for (int i = 0; i < candidates.size(); i++) {
            boolean same = label.equals(storyGold.get(candidates.get(i)));
            if (!decisionsOnly || i == top) {
              examples.add(features[i], same);
            }
            if (same && features[i][StoryClusterer.HAND_SCORE] > best) {
              best = features[i][StoryClusterer.HAND_SCORE];
              choice = candidates.get(i);
            }
          }
          return choice;
        };
    for (Article article : stream) {
      Assignment a = clusterer.assign(article);
      StoryState story = clusterer.live.get(a.storyId());
      if (story != null) {
        storyGold.putIfAbsent(story, goldOf(gold, article));
      }
    }
    return examples;
  }

  private static String goldOf(Map<String, String> gold, Article article) {
    String label = gold.get(article.id());
    if (label == null) {
      throw new IllegalArgumentException(
          "article " + article.id() + " has no gold story; give every article of the stream one");
    }
    return label;
  }

  /**
   * L2-regularised logistic regression (the bias is not penalised) by Newton's method.
   *
   * @param l2 the penalty on the squared weights
   * @param joinProbability the join probability of the returned model
   */
  public static MergeModel fit(List<Examples> sets, double l2, double joinProbability) {
    int d = MergeModel.FEATURES.size() + 1;
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (Examples e : sets) {
      xs.addAll(e.features);
      ys.addAll(e.labels);
    }
    if (xs.isEmpty()) {
      throw new IllegalArgumentException("no examples to fit; replay at least one stream first");
    }
    double[] w = new double[d];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int n = 0; n < xs.size(); n++) {
        double[] x = withBias(xs.get(n));
        double z = 0;
        for (int k = 0; k < d; k++) {
          z += w[k] * x[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = p - (ys.get(n) ? 1 : 0);
        double s = Math.max(p * (1 - p), 1e-9);
        for (int k = 0; k < d; k++) {
          gradient[k] += r * x[k];
          for (int l = 0; l < d; l++) {
            hessian[k][l] += s * x[k] * x[l];
          }
        }
      }
      for (int k = 1; k < d; k++) {
        gradient[k] += l2 * w[k];
        hessian[k][k] += l2;
      }
      hessian[0][0] += 1e-9;
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int k = 0; k < d; k++) {
        w[k] -= step[k];
        change = Math.max(change, Math.abs(step[k]));
      }
      if (change < 1e-8) {
        break;
      }
    }
    double[] weights = new double[d - 1];
    System.arraycopy(w, 1, weights, 0, d - 1);
    return new MergeModel(w[0], weights, joinProbability);
  }

  private static double[] withBias(double[] f) {
    double[] x = new double[f.length + 1];
    x[0] = 1;
    System.arraycopy(f, 0, x, 1, f.length);
    return x;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      if (Math.abs(m[col][col]) < 1e-15) {
        throw new IllegalStateException(
            "the training examples do not determine the weights; give more or more varied pairs");
      }
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = m[r][n];
      for (int c = r + 1; c < n; c++) {
        sum -= m[r][c] * x[c];
      }
      x[r] = sum / m[r][r];
    }
    return x;
  }
}
