package org.triangulate.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.Story;

/**
 * What one analysis found, as the reports show it: the articles (in input order, each id once) and
 * the stories they form. Later stages add their results as further components with a {@code
 * with...} method each, so that callers build an analysis with {@link #of(List)} and the withers
 * and never call the canonical constructor.
 *
 * @param articles the analysed articles, each id once
 * @param stories the stories; every article id they name is in {@code articles}
 */
public record Analysis(List<Article> articles, List<Story> stories) {
  public Analysis {
    articles = List.copyOf(Checks.notNull("articles", articles));
    stories = List.copyOf(Checks.notNull("stories", stories));
    Set<String> ids = new HashSet<>();
    for (Article article : articles) {
      if (!ids.add(article.id())) {
        throw new IllegalArgumentException(
            "articles must have distinct ids, got " + article.id() + " twice; drop the repeat");
      }
    }
    Set<String> storyIds = new HashSet<>();
    for (Story story : stories) {
      if (!storyIds.add(story.id())) {
        throw new IllegalArgumentException("story id " + story.id() + " is used twice");
      }
      for (String id : story.articleIds()) {
        if (!ids.contains(id)) {
          throw new IllegalArgumentException(
              "story " + story.id() + " names article " + id + ", which is not in the analysis");
        }
      }
    }
  }

  /** An analysis of these articles with no stories yet. */
  public static Analysis of(List<Article> articles) {
    return new Analysis(articles, List.of());
  }

  /** This analysis with {@code value} as its stories. */
  public Analysis withStories(List<Story> value) {
    return new Analysis(articles, value);
  }

  /** The article with this id. */
  public Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The articles by id, in order. */
  public Map<String, Article> articlesById() {
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    return byId;
  }
}
