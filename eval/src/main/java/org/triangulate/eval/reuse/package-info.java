/**
 * Evaluation of the provenance engine on public data: {@link
 * org.triangulate.eval.reuse.MsrpEvaluation} calibrates and scores the paraphrase decision on MSRP.
 *
 * <pre>{@code
 * java -cp ... org.triangulate.eval.reuse.MsrpEvaluation
 * }</pre>
 */
package org.triangulate.eval.reuse;
