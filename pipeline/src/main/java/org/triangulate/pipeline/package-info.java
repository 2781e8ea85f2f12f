/**
 * The pipeline that composes the stages for the CLI, a server and Spark: {@link
 * org.triangulate.pipeline.Pipeline} streams inputs through ingest, extraction (with language
 * detection) and the store, tells a {@link org.triangulate.pipeline.PipelineListener} about
 * progress and problems, and for {@code analyze} runs typed {@link
 * org.triangulate.pipeline.AnalysisStep}s that add their results to the {@link
 * org.triangulate.report.Analysis} the reports render.
 *
 * <p>The standard steps, in order: {@link org.triangulate.pipeline.StoriesStep} (online story
 * clustering, state in {@code <store>/stories}), {@link org.triangulate.pipeline.ProvenanceStep}
 * (who copied whom and each story's lineage, index in {@code <store>/reuse}), {@link
 * org.triangulate.pipeline.FactsStep} (facts once per lineage representative, resolved per story)
 * and {@link org.triangulate.pipeline.CompareStep} (corroboration, disputes, timeline, brief).
 * Without a store both states live in memory for the run. The per-story part is {@link
 * org.triangulate.pipeline.StoryAnalyzer}, which a server calls to show one story as a {@link
 * org.triangulate.pipeline.StoryAnalysis}. A stage failing on one article or story becomes a {@link
 * org.triangulate.core.Problem}, never the end of the run.
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
