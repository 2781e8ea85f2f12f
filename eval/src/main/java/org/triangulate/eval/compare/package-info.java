/**
 * Evaluations of the compare stage. {@link org.triangulate.eval.compare.TimelineEvaluation} scores
 * how the timeline dates and orders events on the SemEval-2015 Task 4 TimeLine gold timelines.
 *
 * <pre>{@code
 * java -cp "eval/target/classes:$(cat eval/target/runtime.classpath)" \
 *     org.triangulate.eval.compare.TimelineEvaluation
 * }</pre>
 */
package org.triangulate.eval.compare;
