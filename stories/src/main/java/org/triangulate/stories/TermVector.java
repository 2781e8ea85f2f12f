package org.triangulate.stories;

import java.util.Map;

/**
 * A sparse vector of one article in one channel: term ids with sublinear term frequencies ({@code 1
 * + ln tf}); inverse document frequencies are applied at comparison time, so that weights stay
 * right while the collection grows. Immutable.
 */
final class TermVector {
  static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

  final int[] ids;
  final float[] tf;

  private TermVector(int[] ids, float[] tf) {
    this.ids = ids;
    this.tf = tf;
  }

  /** Numbers the terms in {@code table}, adding new ones. */
  static TermVector of(Map<String, Integer> counts, TermTable table) {
    int[] ids = new int[counts.size()];
    float[] tf = new float[counts.size()];
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      ids[n] = table.id(e.getKey());
      tf[n] = (float) (1.0 + Math.log(e.getValue()));
      n++;
    }
    return new TermVector(ids, tf);
  }

  /** The terms of a centroid, with its summed term frequencies. */
  static TermVector of(IntFloatMap centroid) {
    int[] ids = centroid.packedKeys();
    float[] tf = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      tf[i] = centroid.get(ids[i]);
    }
    return new TermVector(ids, tf);
  }

  /** Looks the terms up in {@code table} without adding any; unknown terms are dropped. */
  static TermVector lookup(Map<String, Integer> counts, TermTable table) {
    int[] ids = new int[counts.size()];
    float[] tf = new float[counts.size()];
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int id = table.existingId(e.getKey());
      if (id >= 0) {
        ids[n] = id;
        tf[n] = (float) (1.0 + Math.log(e.getValue()));
        n++;
      }
    }
    return new TermVector(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(tf, n));
  }

  int size() {
    return ids.length;
  }

  /** Euclidean norm of the tf-idf weights. */
  double norm(TermTable table) {
    double sum = 0;
    for (int i = 0; i < ids.length; i++) {
      double w = tf[i] * table.idf(ids[i]);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  /** Dot product of the tf-idf weights with a centroid holding summed term frequencies. */
  double dot(IntFloatMap centroid, TermTable table) {
    double sum = 0;
    for (int i = 0; i < ids.length; i++) {
      float c = centroid.get(ids[i]);
      if (c != 0f) {
        double idf = table.idf(ids[i]);
        sum += tf[i] * c * idf * idf;
      }
    }
    return sum;
  }

  /** Ids of the {@code k} terms with the highest tf-idf weight, best first. */
  int[] topTerms(int k, TermTable table) {
    int n = Math.min(k, ids.length);
    int[] best = new int[n];
    double[] bestWeight = new double[n];
    int filled = 0;
    for (int i = 0; i < ids.length; i++) {
      double w = tf[i] * table.idf(ids[i]);
      if (filled < n) {
        best[filled] = ids[i];
        bestWeight[filled] = w;
        filled++;
        siftUp(best, bestWeight, filled - 1);
      } else if (w > bestWeight[n - 1]) {
        best[n - 1] = ids[i];
        bestWeight[n - 1] = w;
        siftUp(best, bestWeight, n - 1);
      }
    }
    return best;
  }

  private static void siftUp(int[] ids, double[] weights, int from) {
    for (int j = from; j > 0 && weights[j] > weights[j - 1]; j--) {
      double w = weights[j];
      weights[j] = weights[j - 1];
      weights[j - 1] = w;
      int id = ids[j];
      ids[j] = ids[j - 1];
      ids[j - 1] = id;
    }
  }
}
