package org.triangulate.eval.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference metrics over the same mentions: MUC, B³, CEAF-e (entity-based, optimal alignment by
 * the Hungarian method) and the CoNLL F1 (their mean). Mentions are keys; clusters are the values
 * of two maps from mention to cluster id.
 */
final class CorefScores {
  private CorefScores() {}

  /** P, R, F1 of one metric. */
  record Prf(double p, double r) {
    double f1() {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static <M> List<Set<M>> clusters(Map<M, String> assignment) {
    Map<String, Set<M>> byId = new HashMap<>();
    assignment.forEach((m, c) -> byId.computeIfAbsent(c, k -> new HashSet<>()).add(m));
    return new ArrayList<>(byId.values());
  }

  static <M> Prf muc(Map<M, String> gold, Map<M, String> system) {
    return new Prf(mucRecall(system, gold), mucRecall(gold, system));
  }

  /** MUC recall of {@code key} against {@code response}. */
  private static <M> double mucRecall(Map<M, String> key, Map<M, String> response) {
    double numerator = 0;
    double denominator = 0;
    for (Set<M> cluster : clusters(key)) {
      Set<String> parts = new HashSet<>();
      for (M m : cluster) {
        parts.add(response.getOrDefault(m, "missing:" + m));
      }
      numerator += cluster.size() - parts.size();
      denominator += cluster.size() - 1;
    }
    return denominator == 0 ? 0 : numerator / denominator;
  }

  static <M> Prf b3(Map<M, String> gold, Map<M, String> system) {
    return new Prf(b3Recall(system, gold), b3Recall(gold, system));
  }

  private static <M> double b3Recall(Map<M, String> key, Map<M, String> response) {
    Map<String, Set<M>> responseClusters = new HashMap<>();
    response.forEach((m, c) -> responseClusters.computeIfAbsent(c, k -> new HashSet<>()).add(m));
    double sum = 0;
    for (Set<M> cluster : clusters(key)) {
      for (M m : cluster) {
        Set<M> other = responseClusters.getOrDefault(response.get(m), Set.of());
        int overlap = 0;
        for (M x : cluster) {
          if (other.contains(x)) {
            overlap++;
          }
        }
        sum += (double) overlap / cluster.size();
      }
    }
    return key.isEmpty() ? 0 : sum / key.size();
  }

  /** CEAF-e totals for summing over independent parts: {best similarity, gold, system clusters}. */
  static <M> double[] ceafTotals(Map<M, String> gold, Map<M, String> system) {
    Prf prf = ceafE(gold, system);
    double g = clusters(gold).size();
    double s = clusters(system).size();
    return new double[] {prf.r() * g, g, s};
  }

  static <M> Prf ceafE(Map<M, String> gold, Map<M, String> system) {
    List<Set<M>> g = clusters(gold);
    List<Set<M>> s = clusters(system);
    double[][] similarity = new double[g.size()][s.size()];
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < s.size(); j++) {
        int overlap = 0;
        for (M m : g.get(i)) {
          if (s.get(j).contains(m)) {
            overlap++;
          }
        }
        similarity[i][j] = 2.0 * overlap / (g.get(i).size() + s.get(j).size());
      }
    }
    double best = Hungarian.maximum(similarity);
    return new Prf(s.isEmpty() ? 0 : best / s.size(), g.isEmpty() ? 0 : best / g.size());
  }

  /** Maximum-weight assignment on a rectangular matrix (Kuhn-Munkres, O(n² m)). */
  static final class Hungarian {
    private Hungarian() {}

    static double maximum(double[][] weights) {
      int rows = weights.length;
      if (rows == 0) {
        return 0;
      }
      int cols = weights[0].length;
      boolean transpose = rows > cols;
      int n = transpose ? cols : rows;
      int m = transpose ? rows : cols;
      double[][] cost = new double[n + 1][m + 1];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          cost[i + 1][j + 1] = -(transpose ? weights[j][i] : weights[i][j]);
        }
      }
      double[] u = new double[n + 1];
      double[] v = new double[m + 1];
      int[] p = new int[m + 1];
      int[] way = new int[m + 1];
      for (int i = 1; i <= n; i++) {
        p[0] = i;
        int j0 = 0;
        double[] minv = new double[m + 1];
        java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
        boolean[] used = new boolean[m + 1];
        do {
          used[j0] = true;
          int i0 = p[j0];
          double delta = Double.POSITIVE_INFINITY;
          int j1 = 0;
          for (int j = 1; j <= m; j++) {
            if (!used[j]) {
              double cur = cost[i0][j] - u[i0] - v[j];
              if (cur < minv[j]) {
                minv[j] = cur;
                way[j] = j0;
              }
              if (minv[j] < delta) {
                delta = minv[j];
                j1 = j;
              }
            }
          }
          for (int j = 0; j <= m; j++) {
            if (used[j]) {
              u[p[j]] += delta;
              v[j] -= delta;
            } else {
              minv[j] -= delta;
            }
          }
          j0 = j1;
        } while (p[j0] != 0);
        do {
          int j1 = way[j0];
          p[j0] = p[j1];
          j0 = j1;
        } while (j0 != 0);
      }
      double total = 0;
      for (int j = 1; j <= m; j++) {
        if (p[j] != 0) {
          total += -cost[p[j]][j];
        }
      }
      return total;
    }
  }
}
