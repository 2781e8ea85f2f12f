/**
 * Evaluation of the provenance engine on public data: {@link
 * org.triangulate.eval.reuse.MsrpEvaluation} calibrates and scores the paraphrase decision on MSRP:
 * logistic weights over {@link org.triangulate.reuse.ParaphraseFeatures} fitted on the training
 * file minus the dev pairs, feature sets compared by cross-validation on those pairs, dev figures
 * for the fitted weights, the shipped weights and the whole {@link org.triangulate.reuse.Aligner}.
 *
 * <pre>{@code
 * java -cp ... org.triangulate.eval.reuse.MsrpEvaluation --cosines /tmp/msrp-bge.tsv
 * }</pre>
 */
package org.triangulate.eval.reuse;
