package org.triangulate.stories;

import org.triangulate.core.Article;

/**
 * Optional dense channel for {@link StoryClusterer}: a vector per article (such as a sentence
 * embedding of title and lead). Implementations are thread-safe and return vectors of one fixed
 * length.
 */
public interface ArticleEmbedder {
  /** The article's vector, or null when it has none (the channel then counts as 0). */
  float[] embed(Article article);

  /** No dense channel: the clusterer is purely lexical. */
  ArticleEmbedder NONE = article -> null;
}
