package org.triangulate.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Lineage;

/**
 * One story to compare: its articles, who copied whom, and the facts drawn from them.
 *
 * @param storyId the story id
 * @param articles the story's articles, at least one, distinct ids
 * @param lineage who copied whom, or null when provenance is unknown: every article is then its own
 *     lineage
 * @param facts the story's facts; articles without facts simply contribute none
 */
public record StoryInput(
    String storyId, List<Article> articles, Lineage lineage, StoryFacts facts) {
  public StoryInput {
    Checks.notBlank("storyId", storyId);
    articles = List.copyOf(Checks.notNull("articles", articles));
    Checks.notNull("facts", facts);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + storyId + " needs at least one article");
    }
    Set<String> ids = new HashSet<>();
    for (Article article : articles) {
      if (!ids.add(article.id())) {
        throw new IllegalArgumentException(
            "story " + storyId + " lists article " + article.id() + " twice; drop the repeat");
      }
    }
  }

  /** A story without known provenance. */
  public static StoryInput of(String storyId, List<Article> articles, StoryFacts facts) {
    return new StoryInput(storyId, articles, null, facts);
  }
}
