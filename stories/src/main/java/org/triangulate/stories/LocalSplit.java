package org.triangulate.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a story's members in two when they form two groups once the terms are weighted by their
 * rarity <em>inside the story</em>: names and words that every member shares (the kind of event,
 * its setting) weigh little there, and names that only part of the members carry (the protagonists
 * of two different events of the same kind) weigh much. Members are compared by the cosine of these
 * story-local tf-idf vectors (words and names mixed in the proportion of the channel weights) and
 * grouped by average-link agglomerative clustering while two groups' mean similarity is at least
 * {@code link} times the mean similarity of all pairs of members (relative, so that short templated
 * texts and long varied ones are treated alike). The story splits when the two largest groups each
 * hold at least {@code minSide} members; members of smaller groups go to the side they are closer
 * to on average, and the two sides are then refined by kernel 2-means ({@link #refine}): average
 * link fixes a member to its group at the first merge, so a report whose early neighbours were of
 * the other event stays on the wrong side, while 2-means weighs each member against both whole
 * sides. Near-identical members (syndicated copies, raw cosine >= {@link #COPY}) count once, so
 * that two wire texts copied many times do not pass for two events. Cubic in the number of members,
 * which is bounded by {@link ClusterSettings#memberVectors()}. Deterministic.
 */
final class LocalSplit {
  /** Members whose raw term vectors have at least this cosine count as copies of one report. */
  static final double COPY = 0.9;

  /**
   * Each side must have a name that at least this share more of its members carry than of the other
   * side's ({@link #ownNames}): two events have protagonists of their own, while reports of one
   * event that merely differ in wording or in one side detail share their names. (On the ECB+
   * training topics the two-event splits found had 0.29 to 1.0; the single event of the unit test,
   * whose reports differ in whether they name the dam's owner, 0.16. Chosen on the mean training B3
   * F1 of 8 and of 24 streams: 0.2 and 0.25 give the same, 0.3 loses a split of two events.)
   */
  static final double OWN_NAMES = 0.25;

  private LocalSplit() {}

  /**
   * @return per member, true for the side not holding member 0; null when the members do not form
   *     two groups of at least {@code minSide}
   */
  static boolean[] of(
      List<MemberVector> members,
      double link,
      int minSide,
      TermTable entityTable,
      ClusterSettings settings) {
    int n = members.size();
    if (n < 2 * minSide) {
      return null;
    }
    // syndicated copies are one report: split on distinct members, copies follow their original
    int[] original = new int[n];
    List<Integer> distinct = new java.util.ArrayList<>();
    List<Map<Integer, Double>> raw = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      MemberVector m = members.get(i);
      Map<Integer, Double> v = new HashMap<>();
      for (int k = 0; k < m.wordIds.length; k++) {
        v.put(m.wordIds[k] * 2, (double) m.wordTf[k]);
      }
      for (int k = 0; k < m.entityIds.length; k++) {
        v.put(m.entityIds[k] * 2 + 1, (double) m.entityTf[k]);
      }
      normalise(v);
      raw.add(v);
      original[i] = i;
      for (int d : distinct) {
        if (Bisection.dot(v, raw.get(d)) >= COPY) {
          original[i] = d;
          break;
        }
      }
      if (original[i] == i) {
        distinct.add(i);
      }
    }
    List<MemberVector> reports = new java.util.ArrayList<>(distinct.size());
    for (int d : distinct) {
      reports.add(members.get(d));
    }
    boolean[] reportSide = splitDistinct(reports, link, minSide, settings);
    if (reportSide == null) {
      return null;
    }
    if (ownNames(reports, reportSide, entityTable) < OWN_NAMES) {
      return null;
    }
    boolean[] side = new boolean[n];
    for (int i = 0; i < n; i++) {
      side[i] = reportSide[distinct.indexOf(original[i])];
    }
    return side;
  }

  /**
   * How far each side has names of its own: per side, the largest difference between the share of
   * its members carrying a name and the share of the other side's members carrying it (single
   * names, not runs such as {@code ilse_brandvik}, whose parts the other side may carry; numbers
   * excluded); the smaller of the two sides' values.
   */
  static double ownNames(List<MemberVector> members, boolean[] side, TermTable entityTable) {
    Map<Integer, int[]> carriers = new HashMap<>();
    int[] sizes = new int[2];
    for (int i = 0; i < side.length; i++) {
      int s = side[i] ? 1 : 0;
      sizes[s]++;
      for (int id : members.get(i).entityIds) {
        String term = entityTable.term(id);
        if (term.charAt(0) != '#' && term.indexOf('_') < 0) {
          carriers.computeIfAbsent(id, k -> new int[2])[s]++;
        }
      }
    }
    double own0 = 0;
    double own1 = 0;
    for (int[] c : carriers.values()) {
      double f0 = c[0] / (double) sizes[0];
      double f1 = c[1] / (double) sizes[1];
      own0 = Math.max(own0, f0 - f1);
      own1 = Math.max(own1, f1 - f0);
    }
    return Math.min(own0, own1);
  }

  private static boolean[] splitDistinct(
      List<MemberVector> members, double link, int minSide, ClusterSettings settings) {
    int n = members.size();
    if (n < 2 * minSide) {
      return null;
    }
    double[][] sim = similarities(members, settings);
    if (sim == null) {
      return null;
    }
    int[] group = averageLink(sim, link * meanSimilarity(sim));
    int[] size = new int[n];
    for (int g : group) {
      size[g]++;
    }
    int first = -1;
    int second = -1;
    for (int g = 0; g < n; g++) {
      if (size[g] == 0) {
        continue;
      }
      if (first < 0 || size[g] > size[first]) {
        second = first;
        first = g;
      } else if (second < 0 || size[g] > size[second]) {
        second = g;
      }
    }
    if (second < 0 || size[second] < minSide) {
      return null;
    }
    boolean[] side = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (group[i] == first || group[i] == second) {
        side[i] = group[i] == second;
        continue;
      }
      double toFirst = 0;
      double toSecond = 0;
      for (int j = 0; j < n; j++) {
        if (group[j] == first) {
          toFirst += sim[i][j];
        } else if (group[j] == second) {
          toSecond += sim[i][j];
        }
      }
      side[i] = toSecond / size[second] > toFirst / size[first];
    }
    refine(sim, side, minSide);
    if (side[0]) {
      for (int i = 0; i < n; i++) {
        side[i] = !side[i];
      }
    }
    return side;
  }

  /**
   * Kernel 2-means by single moves (Hartigan's rule): moves a member to the other side while that
   * raises {@code W(A) / |A| + W(B) / |B|}, where {@code W} sums the similarities of all ordered
   * pairs of a side's members (self-similarity 1 included). That is the k-means objective in the
   * space whose dot products are {@code sim}, so each member is weighed against both whole sides. A
   * move that would leave a side with fewer than {@code least} members is not made. Each move
   * raises the objective, so the loop ends; it stops after 20 rounds at the latest. Quadratic in
   * the members per round.
   */
  static void refine(double[][] sim, boolean[] side, int least) {
    int n = side.length;
    double[] within = new double[2];
    int[] size = new int[2];
    for (int i = 0; i < n; i++) {
      int s = side[i] ? 1 : 0;
      size[s]++;
      for (int j = 0; j < n; j++) {
        if (side[j] == side[i]) {
          within[s] += i == j ? 1 : sim[i][j];
        }
      }
    }
    for (int round = 0; round < 20; round++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        int from = side[i] ? 1 : 0;
        int to = 1 - from;
        if (size[from] <= least) {
          continue;
        }
        double toOwn = 1;
        double toOther = 0;
        for (int j = 0; j < n; j++) {
          if (j == i) {
            continue;
          }
          if (side[j] == side[i]) {
            toOwn += sim[i][j];
          } else {
            toOther += sim[i][j];
          }
        }
        double fromAfter = within[from] - 2 * toOwn + 1;
        double toAfter = within[to] + 2 * toOther + 1;
        double before = within[from] / size[from] + within[to] / size[to];
        double after = fromAfter / (size[from] - 1) + toAfter / (size[to] + 1);
        if (after > before + 1e-12) {
          within[from] = fromAfter;
          within[to] = toAfter;
          size[from]--;
          size[to]++;
          side[i] = !side[i];
          moved = true;
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  /**
   * The story-local similarities of the members: cosines of their tf-idf vectors with the idf taken
   * over the members, words and names mixed in the proportion of the channel weights; null when
   * both weights are 0.
   */
  static double[][] similarities(List<MemberVector> members, ClusterSettings settings) {
    int n = members.size();
    double wordShare = settings.wordWeight() + settings.titleWeight();
    double nameShare = settings.entityWeight();
    double total = wordShare + nameShare;
    if (total <= 0) {
      return null;
    }
    Map<Integer, Integer> wordDf = new HashMap<>();
    Map<Integer, Integer> nameDf = new HashMap<>();
    for (MemberVector m : members) {
      for (int id : m.wordIds) {
        wordDf.merge(id, 1, Integer::sum);
      }
      for (int id : m.entityIds) {
        nameDf.merge(id, 1, Integer::sum);
      }
    }
    double[][] sim = new double[n][n];
    List<Map<Integer, Double>> words = new java.util.ArrayList<>(n);
    List<Map<Integer, Double>> names = new java.util.ArrayList<>(n);
    for (MemberVector m : members) {
      words.add(unit(m.wordIds, m.wordTf, wordDf, n));
      names.add(unit(m.entityIds, m.entityTf, nameDf, n));
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s =
            (wordShare * Bisection.dot(words.get(i), words.get(j))
                    + nameShare * Bisection.dot(names.get(i), names.get(j)))
                / total;
        sim[i][j] = s;
        sim[j][i] = s;
      }
    }
    return sim;
  }

  /** The mean similarity of all pairs of distinct members (at least two). */
  static double meanSimilarity(double[][] sim) {
    int n = sim.length;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sum += sim[i][j];
      }
    }
    return sum / (n * (n - 1) / 2.0);
  }

  /** Groups by average-link clustering until no two groups have a mean similarity >= threshold. */
  static int[] averageLink(double[][] sim, double threshold) {
    int n = sim.length;
    double[][] sum = new double[n][];
    for (int i = 0; i < n; i++) {
      sum[i] = sim[i].clone();
    }
    int[] size = new int[n];
    int[] group = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      group[i] = i;
      alive[i] = true;
    }
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = threshold;
      for (int a = 0; a < n; a++) {
        if (!alive[a]) {
          continue;
        }
        for (int b = a + 1; b < n; b++) {
          if (alive[b]) {
            double mean = sum[a][b] / ((double) size[a] * size[b]);
            if (mean >= best) {
              best = mean;
              bestA = a;
              bestB = b;
            }
          }
        }
      }
      if (bestA < 0) {
        break;
      }
      for (int c = 0; c < n; c++) {
        sum[bestA][c] += sum[bestB][c];
        sum[c][bestA] = sum[bestA][c];
      }
      size[bestA] += size[bestB];
      alive[bestB] = false;
      for (int i = 0; i < n; i++) {
        if (group[i] == bestB) {
          group[i] = bestA;
        }
      }
    }
    return group;
  }

  private static Map<Integer, Double> unit(
      int[] ids, float[] tf, Map<Integer, Integer> df, int members) {
    Map<Integer, Double> v = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      v.put(ids[i], tf[i] * Math.log((members + 1.0) / (df.get(ids[i]) + 0.5)));
    }
    normalise(v);
    return v;
  }

  private static void normalise(Map<Integer, Double> v) {
    double norm = 0;
    for (double w : v.values()) {
      norm += w * w;
    }
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      v.replaceAll((k, w) -> w * scale);
    }
  }
}
