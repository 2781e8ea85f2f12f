package org.triangulate.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;

/** The mutable state of one story inside {@link StoryClusterer}. Guarded by the clusterer. */
final class StoryState {
  static final int MAX_TITLES = 24;

  final String id;
  final List<String> members = new ArrayList<>();
  final List<Instant> memberTimes = new ArrayList<>();
  final Map<String, Integer> languages = new HashMap<>();
  final List<String> titles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  /**
   * Compact vectors of the members, in member order, while the story is small enough to be split;
   * empty once it grew past the limit (or when restored from a file without them).
   */
  final List<MemberVector> vectors = new ArrayList<>();

  /**
   * Ids of the stories split off this one or that it was split off: repair does not merge them
   * back. Saved by {@link StoryFile} (format 3), resolved to the live stories they became.
   */
  final java.util.Set<String> splitFrom = new java.util.HashSet<>();

  /** The size at which split repair last looked at this story. */
  int splitCheckedAt;

  final IntFloatMap words;
  final IntFloatMap entities;
  final Map<Integer, Long> postedWords = new HashMap<>();
  final Map<Integer, Long> postedEntities = new HashMap<>();
  float[] embeddingSum;
  Instant firstSeen;
  Instant lastSeen;
  boolean nearEmpty;
  long touched;

  private double wordNorm = -1;
  private double entityNorm = -1;
  private long normDocuments = -1;

  StoryState(String id) {
    this.id = id;
    words = new IntFloatMap(64);
    entities = new IntFloatMap(32);
  }

  void addTime(Instant time) {
    if (firstSeen == null || time.isBefore(firstSeen)) {
      firstSeen = time;
    }
    if (lastSeen == null || time.isAfter(lastSeen)) {
      lastSeen = time;
    }
  }

  /** Gap in days between {@code time} and this story's span; 0 inside the span. */
  double gapDays(Instant time) {
    long seconds;
    if (time.isBefore(firstSeen)) {
      seconds = firstSeen.getEpochSecond() - time.getEpochSecond();
    } else if (time.isAfter(lastSeen)) {
      seconds = time.getEpochSecond() - lastSeen.getEpochSecond();
    } else {
      seconds = 0;
    }
    return seconds / 86_400.0;
  }

  /** Keeps the newest member's vector while every member has one and the story is small. */
  void addVector(
      org.triangulate.core.Article article,
      TermVector wordVector,
      TermVector entityVector,
      float[] embedding,
      TermTable wordTable,
      TermTable entityTable,
      int limit) {
    if (vectors.size() == members.size() - 1 && members.size() <= limit) {
      String title = article.title() == null ? "" : article.title().strip();
      vectors.add(
          MemberVector.of(
              title,
              article.language(),
              wordVector,
              entityVector,
              embedding,
              wordTable,
              entityTable));
    } else if (!vectors.isEmpty()) {
      vectors.clear();
    }
  }

  /** Whether every member has a vector, so that the story can be split. */
  boolean splittable() {
    return !vectors.isEmpty() && vectors.size() == members.size();
  }

  void changed() {
    wordNorm = -1;
    entityNorm = -1;
  }

  double wordNorm(TermTable table) {
    refreshNorms(table, null);
    return wordNorm;
  }

  double entityNorm(TermTable table) {
    refreshNorms(null, table);
    return entityNorm;
  }

  private void refreshNorms(TermTable wordTable, TermTable entityTable) {
    TermTable any = wordTable != null ? wordTable : entityTable;
    // idf drifts slowly; recompute norms when the collection grew by a tenth
    if (normDocuments >= 0 && any.documents() > normDocuments * 11 / 10 + 10) {
      wordNorm = -1;
      entityNorm = -1;
    }
    if (wordTable != null && wordNorm < 0) {
      wordNorm = norm(words, wordTable);
      normDocuments = wordTable.documents();
    }
    if (entityTable != null && entityNorm < 0) {
      entityNorm = norm(entities, entityTable);
      normDocuments = entityTable.documents();
    }
  }

  private static double norm(IntFloatMap centroid, TermTable table) {
    double[] sum = new double[1];
    centroid.forEach(
        (id, value) -> {
          double w = value * table.idf(id);
          sum[0] += w * w;
        });
    return Math.sqrt(sum[0]);
  }

  /** Keeps the {@code keep} terms with the highest weight once there are twice as many. */
  static void prune(IntFloatMap centroid, TermTable table, int keep) {
    if (centroid.size() <= keep * 2) {
      return;
    }
    int[] keys = centroid.packedKeys();
    Integer[] order = new Integer[keys.length];
    double[] weight = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = i;
      weight[i] = centroid.get(keys[i]) * table.idf(keys[i]);
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -weight[i]));
    int[] kept = new int[keep];
    for (int i = 0; i < keep; i++) {
      kept[i] = keys[order[i]];
    }
    centroid.retainOnly(kept);
  }

  /** Ids of the {@code k} best terms of a centroid. */
  static int[] topTerms(IntFloatMap centroid, TermTable table, int k) {
    int[] keys = centroid.packedKeys();
    Integer[] order = new Integer[keys.length];
    double[] weight = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = i;
      weight[i] = centroid.get(keys[i]) * table.idf(keys[i]);
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -weight[i]));
    int n = Math.min(k, keys.length);
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = keys[order[i]];
    }
    return top;
  }

  /** An immutable snapshot. */
  Story snapshot(TermTable wordTable) {
    List<String> langs = new ArrayList<>(languages.keySet());
    langs.sort(
        Comparator.comparing((String l) -> -languages.get(l))
            .thenComparing(Comparator.naturalOrder()));
    Integer[] order = new Integer[members.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> memberTimes.get(i)));
    List<String> oldestFirst = new ArrayList<>(order.length);
    for (Integer i : order) {
      oldestFirst.add(members.get(i));
    }
    return new Story(id, oldestFirst, label(wordTable), firstSeen, lastSeen, langs, null, problems);
  }

  /** The title closest to the story's words, or its key terms when no article had a title. */
  String label(TermTable wordTable) {
    String best = null;
    double bestScore = -1;
    double norm = wordNorm(wordTable);
    for (String title : titles) {
      TermVector v = TermVector.lookup(TextTerms.of(null, title).words(), wordTable);
      double n = v.norm(wordTable);
      double score = n == 0 || norm == 0 ? 0 : v.dot(words, wordTable) / (n * norm);
      if (score > bestScore) {
        bestScore = score;
        best = title;
      }
    }
    if (best != null) {
      return best;
    }
    StringBuilder terms = new StringBuilder();
    for (int id : topTerms(words, wordTable, 5)) {
      if (terms.length() > 0) {
        terms.append(' ');
      }
      terms.append(wordTable.term(id));
    }
    return terms.toString();
  }
}
