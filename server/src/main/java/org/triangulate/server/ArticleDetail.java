package org.triangulate.server;

import java.util.List;
import org.triangulate.core.Block;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.reuse.Alignment;

/**
 * One article as the article page shows it.
 *
 * @param article its summary
 * @param text the body text; every offset points into it
 * @param blocks its paragraphs as ranges of {@code text}
 * @param problems what went wrong while reading it
 * @param relations its reuse relations with other articles, strongest first, with the aligned
 *     passages
 */
public record ArticleDetail(
    ArticleSummary article,
    String text,
    List<Block> blocks,
    List<Problem> problems,
    List<Alignment> relations) {
  public ArticleDetail {
    Checks.notNull("article", article);
    Checks.notNull("text", text);
    blocks = List.copyOf(Checks.notNull("blocks", blocks));
    problems = List.copyOf(Checks.notNull("problems", problems));
    relations = List.copyOf(Checks.notNull("relations", relations));
  }
}
