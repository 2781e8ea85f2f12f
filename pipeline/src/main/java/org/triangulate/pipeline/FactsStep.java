package org.triangulate.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.report.Analysis;

/**
 * Entities, quotes, numeric claims and dates of every story: computed once per lineage
 * representative (copies share their origin's facts), then resolved across the story's articles.
 */
public final class FactsStep implements AnalysisStep {
  private final StoryAnalyzer analyzer;

  public FactsStep(StoryAnalyzer analyzer) {
    this.analyzer = Checks.notNull("analyzer", analyzer);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    Map<String, StoryFacts> byStory = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Article> byId = analysis.articlesById();
    for (Story story : analysis.stories()) {
      StoryFacts facts =
          analyzer.facts(
              story,
              story.articleIds().stream().map(byId::get).toList(),
              analysis.lineages().get(story.id()),
              problems);
      if (facts != null) {
        byStory.put(story.id(), facts);
        // what limited the facts of an article (no date to resolve "on Thursday", an impossible
        // date, unbalanced quotes) is reported with the run's problems
        facts.articles().forEach(a -> problems.addAll(a.problems()));
      }
    }
    return analysis.withFacts(byStory).withProblems(problems);
  }

  @Override
  public String name() {
    return "facts";
  }
}
