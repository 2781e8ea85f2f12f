package org.triangulate.pipeline;

import org.triangulate.core.Article;
import org.triangulate.core.Problem;

/**
 * Hears what a {@link Pipeline} run does, on the thread that called the run, in input order: for
 * progress bars, logs and servers. All methods do nothing by default.
 */
public interface PipelineListener {
  /** A listener that ignores everything. */
  PipelineListener NONE = new PipelineListener() {};

  /** One document (or one unreadable input) has been dealt with; for progress. */
  default void documentDone(String source, Outcome outcome) {}

  /** An article came out of extraction and, where there is a store, was stored or recognised. */
  default void article(Article article, Outcome outcome) {}

  /**
   * A problem with a document: a fatal one for documents that gave no article (they are not
   * stored), a warning otherwise.
   */
  default void problem(Problem problem) {}

  /** An analysis step is starting; {@code name} is {@link AnalysisStep#name()}. */
  default void stepStarted(String name) {}

  /** What became of one document. */
  enum Outcome {
    /** A new article (stored if there is a store). */
    ADDED,
    /** An article whose id was seen before (in the store or earlier in the run). */
    REPEAT,
    /** No article: the document could not be read or had no usable text. */
    FAILED
  }
}
