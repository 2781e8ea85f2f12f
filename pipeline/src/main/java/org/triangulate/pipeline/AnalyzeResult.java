package org.triangulate.pipeline;

import org.triangulate.core.Checks;
import org.triangulate.report.Analysis;

/**
 * What {@link Pipeline#analyze} gives back.
 *
 * @param analysis the articles and everything the analysis steps found
 * @param summary the counts of the run
 */
public record AnalyzeResult(Analysis analysis, RunSummary summary) {
  public AnalyzeResult {
    Checks.notNull("analysis", analysis);
    Checks.notNull("summary", summary);
  }
}
