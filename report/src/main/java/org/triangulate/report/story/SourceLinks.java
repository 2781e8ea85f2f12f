package org.triangulate.report.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.Span;

/**
 * Names and anchors for the articles a report shows. Anchors are made from positions, never from
 * article ids (ids from the input are not safe in HTML attributes): by default {@code article-N}
 * for the N-th article (1-based), as the report's article sections use.
 */
public final class SourceLinks {
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, String> anchors = new HashMap<>();

  private SourceLinks(List<Article> list, String prefix) {
    int n = 1;
    for (Article a : list) {
      if (articles.putIfAbsent(a.id(), a) == null) {
        anchors.put(a.id(), prefix + n++);
      }
    }
  }

  /** Links for these articles, anchored {@code article-1}, {@code article-2}, ... in list order. */
  public static SourceLinks of(List<Article> articles) {
    return new SourceLinks(Checks.notNull("articles", articles), "article-");
  }

  /**
   * Links with another anchor prefix (letters, digits and '-' only), for several reports in one
   * page.
   */
  public static SourceLinks of(List<Article> articles, String anchorPrefix) {
    if (anchorPrefix == null || !anchorPrefix.matches("[A-Za-z][A-Za-z0-9-]*")) {
      throw new IllegalArgumentException(
          "anchorPrefix must be letters, digits and '-', starting with a letter, got '"
              + anchorPrefix
              + "'");
    }
    return new SourceLinks(Checks.notNull("articles", articles), anchorPrefix);
  }

  /** The article with this id, or null. */
  public Article article(String id) {
    return articles.get(id);
  }

  /** A short human label: the site, else the title, else the id. Not escaped. */
  public String label(String articleId) {
    Article a = articles.get(articleId);
    if (a == null) {
      return articleId;
    }
    if (a.site() != null && !a.site().isBlank()) {
      return a.site();
    }
    if (a.title() != null && !a.title().isBlank()) {
      return Escape.shorten(a.title(), 40);
    }
    return articleId;
  }

  /** The anchor of an article's section ({@code article-3}), or null when it is not shown. */
  public String anchor(String articleId) {
    return anchors.get(articleId);
  }

  /**
   * The anchor of a passage ({@code article-3-p120-180}), or null when its article is not shown.
   */
  public String passageAnchor(Span span) {
    String a = anchors.get(span.articleId());
    return a == null ? null : a + "-p" + span.start() + "-" + span.end();
  }

  /** The cited passage's text, or empty when the article is unknown or the span is outside it. */
  public String passage(Span span) {
    Article a = articles.get(span.articleId());
    if (a == null || span.end() > a.text().length()) {
      return "";
    }
    return a.text().substring(span.start(), span.end());
  }
}
