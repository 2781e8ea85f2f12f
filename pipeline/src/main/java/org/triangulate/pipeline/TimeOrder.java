package org.triangulate.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.triangulate.core.Article;

/** Articles in publication order (undated ones last), ties in input order: how stages read them. */
final class TimeOrder {
  private TimeOrder() {}

  static List<Article> of(List<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles);
    // List.sort is stable, so equal times keep the input order
    sorted.sort(Comparator.comparing(TimeOrder::time));
    return sorted;
  }

  static Instant time(Article article) {
    return article.published() == null ? Instant.MAX : article.published().value().toInstant();
  }
}
