package org.triangulate.pipeline;

import java.util.List;
import org.triangulate.core.Story;
import org.triangulate.report.Analysis;

/**
 * A trivial story step, for callers that want no clustering: each article is its own story, with id
 * {@code s-} followed by the article id.
 */
public final class OneStoryPerArticle implements AnalysisStep {
  @Override
  public Analysis apply(Analysis analysis) {
    List<Story> stories =
        analysis.articles().stream().map(a -> new Story("s-" + a.id(), List.of(a.id()))).toList();
    return analysis.withStories(stories);
  }

  @Override
  public String name() {
    return "stories";
  }
}
