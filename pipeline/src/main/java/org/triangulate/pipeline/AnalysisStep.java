package org.triangulate.pipeline;

import org.triangulate.report.Analysis;

/**
 * One stage of {@code analyze} after extraction (stories, provenance, facts, comparison): takes the
 * analysis so far and returns it with its own results added. Steps run in the order given to {@link
 * Pipeline.Builder#steps}; implementations are thread-safe and deterministic.
 */
@FunctionalInterface
public interface AnalysisStep {
  Analysis apply(Analysis analysis);

  /** A short name for progress messages. */
  default String name() {
    return getClass().getSimpleName();
  }
}
