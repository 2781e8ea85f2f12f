package org.triangulate.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;

/**
 * The textbook baseline for story clustering, for evaluations and benchmarks only: single-pass
 * clustering on one tf-idf channel of content words, each article compared with every story (no
 * candidate index, no names, no time), joining the most similar one when the cosine reaches a
 * threshold. Not thread-safe.
 */
public final class SinglePassTfIdfBaseline {
  private final double threshold;
  private final TermTable table = new TermTable();
  private final List<IntFloatMap> centroids = new ArrayList<>();
  private final List<double[]> norms = new ArrayList<>();
  private final Map<String, Integer> clusterOf = new HashMap<>();

  /**
   * @param threshold the least cosine at which an article joins a story, in [0, 1]
   */
  public SinglePassTfIdfBaseline(double threshold) {
    this.threshold = Checks.unit("threshold", threshold);
  }

  /** The cluster number the article joined or opened; an id seen before keeps its cluster. */
  public int assign(Article article) {
    Integer known = clusterOf.get(article.id());
    if (known != null) {
      return known;
    }
    TermVector v = TermVector.of(TextTerms.of(article.title(), article.text()).words(), table);
    table.countDocument(v.ids);
    double norm = v.norm(table);
    int best = -1;
    double bestScore = 0;
    for (int c = 0; c < centroids.size(); c++) {
      IntFloatMap centroid = centroids.get(c);
      double[] cached = norms.get(c);
      // same norm refresh rule as StoryClusterer: idf drifts slowly
      if (cached[1] < 0 || table.documents() > cached[1] * 1.1 + 10) {
        cached[0] = norm(centroid);
        cached[1] = table.documents();
      }
      double score = norm == 0 || cached[0] == 0 ? 0 : v.dot(centroid, table) / (norm * cached[0]);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best < 0 || bestScore < threshold) {
      best = centroids.size();
      centroids.add(new IntFloatMap(64));
      norms.add(new double[] {0, -1});
    }
    IntFloatMap centroid = centroids.get(best);
    for (int i = 0; i < v.ids.length; i++) {
      centroid.add(v.ids[i], v.tf[i]);
    }
    norms.get(best)[1] = -1;
    clusterOf.put(article.id(), best);
    return best;
  }

  /** Number of clusters so far. */
  public int clusterCount() {
    return centroids.size();
  }

  private double norm(IntFloatMap centroid) {
    double[] sum = new double[1];
    centroid.forEach(
        (id, value) -> {
          double w = value * table.idf(id);
          sum[0] += w * w;
        });
    return Math.sqrt(sum[0]);
  }
}
