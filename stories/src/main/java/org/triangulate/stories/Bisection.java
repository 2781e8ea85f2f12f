package org.triangulate.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a story's members in two by 2-means on their compact vectors (kernel form: each member is
 * a unit vector mixing its words and its names in the proportion of the channel weights, and the
 * similarity of a member to a half is its cosine with the half's summed vector). Starts from the
 * least similar pair of members; ten rounds at most. Deterministic.
 */
final class Bisection {
  private static final int ROUNDS = 10;

  private Bisection() {}

  /**
   * @return per member, true for the half not holding member 0; null when no split into two halves
   *     of at least two members exists
   */
  static boolean[] of(
      List<MemberVector> members, TermTable words, TermTable entities, ClusterSettings settings) {
    int n = members.size();
    if (n < 4) {
      return null;
    }
    double wordShare = settings.wordWeight() + settings.titleWeight();
    double nameShare = settings.entityWeight();
    double total = wordShare + nameShare;
    if (total <= 0) {
      return null;
    }
    List<Map<Integer, Double>> unit = new java.util.ArrayList<>(n);
    for (MemberVector m : members) {
      Map<Integer, Double> v = new HashMap<>();
      // words under even keys, names under odd keys
      put(v, m.wordIds, m.wordTf, words, 0, Math.sqrt(wordShare / total));
      put(v, m.entityIds, m.entityTf, entities, 1, Math.sqrt(nameShare / total));
      double norm = 0;
      for (double w : v.values()) {
        norm += w * w;
      }
      double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
      v.replaceAll((k, w) -> w * scale);
      unit.add(v);
    }
    double[][] sim = new double[n][n];
    int seedA = 0;
    int seedB = 1;
    double least = Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      sim[i][i] = unit.get(i).isEmpty() ? 0 : 1;
      for (int j = i + 1; j < n; j++) {
        double s = dot(unit.get(i), unit.get(j));
        sim[i][j] = s;
        sim[j][i] = s;
        if (s < least) {
          least = s;
          seedA = i;
          seedB = j;
        }
      }
    }
    boolean[] side = new boolean[n];
    for (int i = 0; i < n; i++) {
      side[i] = sim[i][seedB] > sim[i][seedA];
    }
    for (int round = 0; round < ROUNDS; round++) {
      double selfA = 0;
      double selfB = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (side[i] == side[j]) {
            if (side[i]) {
              selfB += sim[i][j];
            } else {
              selfA += sim[i][j];
            }
          }
        }
      }
      double normA = Math.sqrt(Math.max(selfA, 1e-12));
      double normB = Math.sqrt(Math.max(selfB, 1e-12));
      boolean[] next = new boolean[n];
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        double toA = 0;
        double toB = 0;
        for (int j = 0; j < n; j++) {
          if (side[j]) {
            toB += sim[i][j];
          } else {
            toA += sim[i][j];
          }
        }
        next[i] = toB / normB > toA / normA;
        changed |= next[i] != side[i];
      }
      side = next;
      if (!changed) {
        break;
      }
    }
    int moved = 0;
    for (boolean b : side) {
      moved += b ? 1 : 0;
    }
    if (moved < 2 || n - moved < 2) {
      return null;
    }
    if (side[0]) {
      for (int i = 0; i < n; i++) {
        side[i] = !side[i];
      }
    }
    return side;
  }

  private static void put(
      Map<Integer, Double> v, int[] ids, float[] tf, TermTable table, int parity, double share) {
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      double w = tf[i] * table.idf(ids[i]);
      norm += w * w;
    }
    if (norm == 0) {
      return;
    }
    double scale = share / Math.sqrt(norm);
    for (int i = 0; i < ids.length; i++) {
      v.put(ids[i] * 2 + parity, tf[i] * table.idf(ids[i]) * scale);
    }
  }

  /** The dot product of two sparse vectors (iterates the smaller one). */
  static double dot(Map<Integer, Double> a, Map<Integer, Double> b) {
    Map<Integer, Double> small = a.size() <= b.size() ? a : b;
    Map<Integer, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<Integer, Double> e : small.entrySet()) {
      Double other = large.get(e.getKey());
      if (other != null) {
        sum += e.getValue() * other;
      }
    }
    return sum;
  }
}
