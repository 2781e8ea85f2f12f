package org.triangulate.server;

import org.triangulate.core.Checks;

/**
 * One search hit.
 *
 * @param articleId the article
 * @param title its title, or null
 * @param snippet text around the match
 * @param score relevance, higher is better
 * @param storyId the story it belongs to, or null
 */
public record SearchResult(
    String articleId, String title, String snippet, double score, String storyId) {
  public SearchResult {
    Checks.notBlank("articleId", articleId);
  }
}
