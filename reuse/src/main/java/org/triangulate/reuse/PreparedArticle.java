package org.triangulate.reuse;

import org.triangulate.core.Article;

/** An article analysed once by {@link Aligner#prepare(Article)}, for aligning with many others. */
public final class PreparedArticle {
  private final AnalysedArticle analysed;

  PreparedArticle(AnalysedArticle analysed) {
    this.analysed = analysed;
  }

  AnalysedArticle analysed() {
    return analysed;
  }

  /** The article. */
  public Article article() {
    return analysed.article();
  }
}
