package org.triangulate.pipeline;

import java.util.List;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Lineage;

/**
 * Everything the analysis knows about one story: its articles, who copied whom, its facts and what
 * its sources agree and disagree on. Made by {@link StoryAnalyzer#analyze} (for a server showing
 * one story) or taken from a whole run with {@link StoryAnalyzer#of}.
 *
 * @param story the story
 * @param articles its articles, in the story's order
 * @param lineage who copied whom among them, or null when provenance is unknown
 * @param facts entities, quotes, claims and dates resolved across the articles, or null when they
 *     could not be computed
 * @param comparison claims, disputes, timeline and brief, or null when they could not be computed
 * @param problems what could not be done for this story, never null
 */
public record StoryAnalysis(
    Story story,
    List<Article> articles,
    Lineage lineage,
    StoryFacts facts,
    Comparison comparison,
    List<Problem> problems) {
  public StoryAnalysis {
    Checks.notNull("story", story);
    articles = List.copyOf(Checks.notNull("articles", articles));
    List<String> ids = articles.stream().map(Article::id).toList();
    if (!ids.equals(story.articleIds())) {
      throw new IllegalArgumentException(
          "articles must be the story's articles in its order "
              + story.articleIds()
              + ", got "
              + ids);
    }
    problems = List.copyOf(Checks.notNull("problems", problems));
  }
}
