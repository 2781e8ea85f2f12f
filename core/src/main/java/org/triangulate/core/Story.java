package org.triangulate.core;

import java.util.List;

/**
 * A group of articles that tell the same real-world story.
 *
 * @param id stable story id
 * @param articleIds ids of its articles, oldest first
 */
public record Story(String id, List<String> articleIds) {
  public Story {
    Checks.notBlank("id", id);
    articleIds = List.copyOf(Checks.notNull("articleIds", articleIds));
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " must have at least one article");
    }
  }
}
