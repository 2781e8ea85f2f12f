package org.triangulate.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link Article}. Paragraphs are appended one by one and joined by a blank line, so that
 * block offsets are computed for the caller. Not thread-safe; the article it builds is.
 */
public final class ArticleBuilder {
  private String id;
  private final String source;
  private String site;
  private String url;
  private String canonicalUrl;
  private String title;
  private String byline;
  private PublicationDate published;
  private String language = Article.UNDETERMINED;
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  ArticleBuilder(String source) {
    this.source = Checks.notBlank("source", source);
  }

  ArticleBuilder(Article article) {
    this(article.source());
    id = article.id();
    site = article.site();
    url = article.url();
    canonicalUrl = article.canonicalUrl();
    title = article.title();
    byline = article.byline();
    published = article.published();
    language = article.language();
    text.append(article.text());
    blocks.addAll(article.blocks());
    problems.addAll(article.problems());
  }

  public ArticleBuilder id(String value) {
    id = value;
    return this;
  }

  public ArticleBuilder site(String value) {
    site = value;
    return this;
  }

  public ArticleBuilder url(String value) {
    url = value;
    return this;
  }

  public ArticleBuilder canonicalUrl(String value) {
    canonicalUrl = value;
    return this;
  }

  public ArticleBuilder title(String value) {
    title = value;
    return this;
  }

  public ArticleBuilder byline(String value) {
    byline = value;
    return this;
  }

  public ArticleBuilder published(PublicationDate value) {
    published = value;
    return this;
  }

  public ArticleBuilder language(String value) {
    language = Checks.notBlank("language", value);
    return this;
  }

  /** Appends one block; blank text is skipped and surrounding white space trimmed. */
  public ArticleBuilder block(BlockKind kind, String blockText) {
    String trimmed = blockText.strip();
    if (trimmed.isEmpty()) {
      return this;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(trimmed);
    blocks.add(new Block(kind, start, text.length()));
    return this;
  }

  /** Appends a paragraph. */
  public ArticleBuilder paragraph(String blockText) {
    return block(BlockKind.PARAGRAPH, blockText);
  }

  /** Replaces the text and blocks; for extractors that build text themselves. */
  public ArticleBuilder text(String value, List<Block> valueBlocks) {
    text.setLength(0);
    text.append(value);
    blocks.clear();
    blocks.addAll(valueBlocks);
    return this;
  }

  public ArticleBuilder problem(Problem value) {
    problems.add(Checks.notNull("problem", value));
    return this;
  }

  public ArticleBuilder problems(List<Problem> values) {
    values.forEach(this::problem);
    return this;
  }

  /** The text appended so far. */
  public String currentText() {
    return text.toString();
  }

  public Article build() {
    String body = text.toString();
    String articleId = id != null ? id : ContentHash.of(title, body);
    return new Article(
        articleId,
        source,
        site,
        url,
        canonicalUrl,
        title,
        byline,
        published,
        language,
        body,
        blocks,
        problems);
  }
}
