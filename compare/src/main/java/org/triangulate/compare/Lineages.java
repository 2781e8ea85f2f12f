package org.triangulate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.Origin;

/**
 * Maps each article of a story to its lineage (the unit of independent support) and picks one
 * representative article per lineage: the origin article when it is in the story, else the earliest
 * member.
 */
final class Lineages {
  private final Map<String, String> lineageOf = new HashMap<>();
  private final Map<String, List<Article>> members = new LinkedHashMap<>();
  private final Map<String, String> names = new HashMap<>();

  Lineages(List<Article> articles, Lineage lineage) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    if (lineage != null) {
      for (Origin origin : lineage.origins()) {
        for (String member : origin.members()) {
          if (byId.containsKey(member) && !lineageOf.containsKey(member)) {
            lineageOf.put(member, origin.id());
          }
        }
        if (origin.name() != null && !origin.name().isBlank()) {
          names.put(origin.id(), origin.name());
        }
      }
    }
    for (Article article : articles) {
      String id = lineageOf.computeIfAbsent(article.id(), k -> k);
      members.computeIfAbsent(id, k -> new ArrayList<>()).add(article);
      if (!names.containsKey(id) && id.equals(article.id())) {
        if (article.site() != null && !article.site().isBlank()) {
          names.put(id, article.site());
        } else if (article.title() != null && !article.title().isBlank()) {
          names.put(id, Timeline.shorten(article.title(), 40)); // better than a hash id
        }
      }
    }
    Comparator<Article> oldestFirst =
        Comparator.comparing(
                (Article a) -> a.published() == null ? null : a.published().value().toInstant(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id);
    for (Map.Entry<String, List<Article>> entry : members.entrySet()) {
      List<Article> list = entry.getValue();
      list.sort(
          Comparator.comparing((Article a) -> a.id().equals(entry.getKey()) ? 0 : 1)
              .thenComparing(oldestFirst));
    }
  }

  /** The lineage id of an article of the story. */
  String of(String articleId) {
    return lineageOf.getOrDefault(articleId, articleId);
  }

  /** Lineage ids in first-seen order. */
  List<String> ids() {
    return List.copyOf(members.keySet());
  }

  int count() {
    return members.size();
  }

  /** The representative article of a lineage. */
  Article representative(String lineage) {
    return members.get(lineage).get(0);
  }

  /** The articles of a lineage, representative first. */
  List<Article> members(String lineage) {
    return members.getOrDefault(lineage, List.of());
  }

  /** A human name for the lineage, or its id. */
  String name(String lineage) {
    return names.getOrDefault(lineage, lineage);
  }
}
