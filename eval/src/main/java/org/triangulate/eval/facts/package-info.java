/**
 * Evaluation harnesses for the facts stage on public gold data: {@link
 * org.triangulate.eval.facts.TimexEvaluation} (TempEval-3 TIMEX3), {@link
 * org.triangulate.eval.facts.QuoteEvaluation} (PolNeAR attributions) and {@link
 * org.triangulate.eval.facts.ConllNerEvaluation} (CoNLL-2003 NER). Each is a {@code main} that
 * finds its data set through {@link org.triangulate.eval.Datasets} and prints scores beside
 * published anchors. Example: {@code java ... org.triangulate.eval.facts.TimexEvaluation}.
 */
package org.triangulate.eval.facts;
