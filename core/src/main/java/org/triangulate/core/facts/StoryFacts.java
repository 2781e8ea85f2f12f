package org.triangulate.core.facts;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * The facts of a group of articles (a story) with entities resolved across them: one entity per
 * real-world referent, its aliases gathered from every article, quote speakers pointing to these
 * entities and identical quotes linked.
 *
 * @param entities story-level entities
 * @param articles per-article facts, with speaker ids and quote links rewritten to the story level
 */
public record StoryFacts(List<Entity> entities, List<ArticleFacts> articles) {
  public StoryFacts {
    entities = List.copyOf(Checks.notNull("entities", entities));
    articles = List.copyOf(Checks.notNull("articles", articles));
  }
}
