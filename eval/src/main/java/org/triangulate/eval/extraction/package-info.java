/**
 * Evaluation of the extract stage on public benchmarks: trafilatura's segment metric ({@link
 * org.triangulate.eval.extraction.SegmentMatch}), token and shingle overlap ({@link
 * org.triangulate.eval.extraction.TokenOverlap}), and the runner {@link
 * org.triangulate.eval.extraction.ExtractionEvaluation} that prints our dev-set figures beside the
 * published ones.
 *
 * <pre>{@code
 * new ExtractionEvaluation(ArticleExtractor.standard(), System.out)
 *     .trafilaturaEval(Datasets.find("trafilatura-eval"));
 * }</pre>
 */
package org.triangulate.eval.extraction;
