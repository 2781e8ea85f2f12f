package org.triangulate.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.report.Analysis;

/**
 * Compares the sources of every story that has facts: corroboration counted in lineages, disputes,
 * timeline and brief.
 */
public final class CompareStep implements AnalysisStep {
  private final StoryAnalyzer analyzer;

  public CompareStep(StoryAnalyzer analyzer) {
    this.analyzer = Checks.notNull("analyzer", analyzer);
  }

  @Override
  public Analysis apply(Analysis analysis) {
    Map<String, Comparison> byStory = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Article> byId = analysis.articlesById();
    for (Story story : analysis.stories()) {
      StoryFacts facts = analysis.facts().get(story.id());
      if (facts == null) {
        continue; // the facts step already said why
      }
      Comparison comparison =
          analyzer.compare(
              story,
              story.articleIds().stream().map(byId::get).toList(),
              analysis.lineages().get(story.id()),
              facts,
              problems);
      if (comparison != null) {
        byStory.put(story.id(), comparison);
      }
    }
    return analysis.withComparisons(byStory).withProblems(problems);
  }

  @Override
  public String name() {
    return "compare";
  }
}
