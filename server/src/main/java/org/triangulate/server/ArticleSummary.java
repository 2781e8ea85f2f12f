package org.triangulate.server;

import org.triangulate.core.Article;
import org.triangulate.core.Checks;

/**
 * What lists show of an article.
 *
 * @param id the article id
 * @param title its title, or null
 * @param site publisher or host, or null
 * @param url the URL it came from, or null
 * @param byline authors as printed, or null
 * @param published ISO-8601 publication date, or null when unknown
 * @param language ISO 639-1 code or {@code und}
 * @param source the input it was read from
 * @param storyId the story it belongs to, or null
 * @param chars length of its text
 */
public record ArticleSummary(
    String id,
    String title,
    String site,
    String url,
    String byline,
    String published,
    String language,
    String source,
    String storyId,
    int chars) {
  public ArticleSummary {
    Checks.notBlank("id", id);
  }

  /** The summary of {@code article} as a member of {@code storyId} (may be null). */
  public static ArticleSummary of(Article article, String storyId) {
    return new ArticleSummary(
        article.id(),
        article.title(),
        article.site() != null ? article.site() : host(article.url()),
        article.url(),
        article.byline(),
        article.published() == null ? null : article.published().iso(),
        article.language(),
        article.source(),
        storyId,
        article.text().length());
  }

  /** This summary in another story. */
  public ArticleSummary inStory(String value) {
    return new ArticleSummary(
        id, title, site, url, byline, published, language, source, value, chars);
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    int start = url.indexOf("://");
    if (start < 0) {
      return null;
    }
    int end = start + 3;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return end > start + 3 ? url.substring(start + 3, end) : null;
  }
}
