/**
 * The pipeline that composes the stages for the CLI, a server and Spark: {@link
 * org.triangulate.pipeline.Pipeline} streams inputs through ingest, extraction (with language
 * detection) and the store, tells a {@link org.triangulate.pipeline.PipelineListener} about
 * progress and problems, and for {@code analyze} runs typed {@link
 * org.triangulate.pipeline.AnalysisStep}s that add their results to the {@link
 * org.triangulate.report.Analysis} the reports render.
 *
 * <pre>{@code
 * try (var store = LuceneArticleStore.open(Path.of("triangulate-data"))) {
 *   AnalyzeResult result = Pipeline.builder().store(store).build()
 *       .analyze(List.of("examples"), PipelineListener.NONE);
 *   Reports.writeAll(result.analysis(), Path.of("out"));
 * }
 * }</pre>
 */
package org.triangulate.pipeline;
