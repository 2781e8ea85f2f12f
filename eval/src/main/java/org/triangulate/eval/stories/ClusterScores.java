package org.triangulate.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triangulate.core.Checks;

/**
 * B-cubed and pairwise precision, recall and F1 of a clustering against gold clusters.
 *
 * @param b3Precision mean over items of the share of its predicted cluster in its gold cluster
 * @param b3Recall mean over items of the share of its gold cluster in its predicted cluster
 * @param pairPrecision share of predicted same-cluster pairs that are gold pairs
 * @param pairRecall share of gold pairs that are predicted pairs
 * @param items number of items scored
 * @param predictedClusters number of predicted clusters among them
 * @param goldClusters number of gold clusters among them
 */
public record ClusterScores(
    double b3Precision,
    double b3Recall,
    double pairPrecision,
    double pairRecall,
    int items,
    int predictedClusters,
    int goldClusters) {

  public double b3F1() {
    return f1(b3Precision, b3Recall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  /**
   * Scores the items in {@code only} (all of {@code gold} when null); predicted clusters are
   * intersected with that set.
   *
   * @param gold gold cluster label per item
   * @param predicted predicted cluster label per item; must cover every scored item
   */
  public static <L, M> ClusterScores of(
      Map<String, L> gold, Map<String, M> predicted, Set<String> only) {
    Checks.notNull("gold", gold);
    Checks.notNull("predicted", predicted);
    List<String> items = new ArrayList<>();
    for (String item : gold.keySet()) {
      if (only == null || only.contains(item)) {
        if (!predicted.containsKey(item)) {
          throw new IllegalArgumentException("item " + item + " has no predicted cluster");
        }
        items.add(item);
      }
    }
    Map<L, Integer> goldSize = new HashMap<>();
    Map<M, Integer> predictedSize = new HashMap<>();
    Map<List<Object>, Integer> overlap = new HashMap<>();
    for (String item : items) {
      L g = gold.get(item);
      M p = predicted.get(item);
      goldSize.merge(g, 1, Integer::sum);
      predictedSize.merge(p, 1, Integer::sum);
      overlap.merge(List.of(g, p), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (String item : items) {
      L g = gold.get(item);
      M p = predicted.get(item);
      double both = overlap.get(List.of(g, p));
      precision += both / predictedSize.get(p);
      recall += both / goldSize.get(g);
    }
    long goldPairs = 0;
    for (int n : goldSize.values()) {
      goldPairs += (long) n * (n - 1) / 2;
    }
    long predictedPairs = 0;
    for (int n : predictedSize.values()) {
      predictedPairs += (long) n * (n - 1) / 2;
    }
    long truePairs = 0;
    for (int n : overlap.values()) {
      truePairs += (long) n * (n - 1) / 2;
    }
    int n = items.size();
    return new ClusterScores(
        n == 0 ? 0 : precision / n,
        n == 0 ? 0 : recall / n,
        predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs,
        goldPairs == 0 ? 1 : (double) truePairs / goldPairs,
        n,
        predictedSize.size(),
        goldSize.size());
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One table row. */
  public String row(String name) {
    return String.format(
        Locale.ROOT,
        "%-34s B3 P %.3f R %.3f F1 %.3f | pairs P %.3f R %.3f F1 %.3f | %d items, %d clusters (gold %d)",
        name,
        b3Precision,
        b3Recall,
        b3F1(),
        pairPrecision,
        pairRecall,
        pairF1(),
        items,
        predictedClusters,
        goldClusters);
  }
}
