package org.triangulate.server;

import java.util.List;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;

/**
 * What one ingest did.
 *
 * @param documents documents read
 * @param added new articles
 * @param repeats articles stored before
 * @param failed documents that gave no article
 * @param articles ids of the new articles
 * @param stories ids of the stories the new articles went into
 * @param problems what went wrong, per document
 */
public record IngestResult(
    long documents,
    long added,
    long repeats,
    long failed,
    List<String> articles,
    List<String> stories,
    List<Problem> problems) {
  /** An ingest of nothing. */
  public static final IngestResult NOTHING =
      new IngestResult(0, 0, 0, 0, List.of(), List.of(), List.of());

  public IngestResult {
    articles = List.copyOf(Checks.notNull("articles", articles));
    stories = List.copyOf(Checks.notNull("stories", stories));
    problems = List.copyOf(Checks.notNull("problems", problems));
  }

  /** This result with documents that were refused before reading: each one failed. */
  public IngestResult withRefused(List<Problem> refused) {
    Checks.notNull("refused", refused);
    List<Problem> all = new java.util.ArrayList<>(refused);
    all.addAll(problems);
    return new IngestResult(
        documents + refused.size(),
        added,
        repeats,
        failed + refused.size(),
        articles,
        stories,
        all);
  }
}
