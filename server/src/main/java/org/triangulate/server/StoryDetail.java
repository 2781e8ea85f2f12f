package org.triangulate.server;

import java.util.List;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Lineage;

/**
 * One story as the story page shows it.
 *
 * @param story the story's summary
 * @param articles its articles, oldest first
 * @param lineage who copied whom, with the independent origins
 * @param facts entities (with aliases), quotes (with speakers), claims and dates per article, or
 *     null when they could not be computed (see {@code problems})
 * @param comparison claims across independent sources, disputes, timeline and the cited brief, or
 *     null when it could not be computed (see {@code problems})
 * @param problems what could not be done for this story, never null
 */
public record StoryDetail(
    StorySummary story,
    List<ArticleSummary> articles,
    Lineage lineage,
    StoryFacts facts,
    Comparison comparison,
    List<Problem> problems) {
  public StoryDetail {
    Checks.notNull("story", story);
    articles = List.copyOf(Checks.notNull("articles", articles));
    Checks.notNull("lineage", lineage);
    problems = List.copyOf(Checks.notNull("problems", problems));
  }
}
