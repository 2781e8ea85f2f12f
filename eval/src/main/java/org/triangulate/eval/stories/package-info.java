/**
 * Evaluation of story clustering on ECB+: {@link
 * org.triangulate.eval.stories.EcbPlusStoryEvaluation} reads the corpus with {@link
 * org.triangulate.eval.stories.EcbPlusReader}, streams it through the clusterer and a baseline, and
 * scores both with {@link org.triangulate.eval.stories.ClusterScores}.
 *
 * <pre>{@code
 * ClusterScores s = ClusterScores.of(Map.of("a", "x", "b", "x"), Map.of("a", 1, "b", 2), null);
 * double f1 = s.b3F1(); // 2/3
 * }</pre>
 */
package org.triangulate.eval.stories;
