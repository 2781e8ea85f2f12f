/**
 * The report stage: renders an {@link org.triangulate.report.Analysis} (articles, the stories they
 * form and, per story, its lineage, facts and comparison) as {@code report.json} (versioned, the
 * complete record), {@code report.md} and a self-contained {@code report.html} (both capped for
 * huge stories, everything escaped). Each format is a {@link org.triangulate.report.Report}; the
 * output is deterministic, so golden files can check it. The per-story sections come from {@code
 * org.triangulate.report.story}.
 *
 * <pre>{@code
 * Analysis analysis = Analysis.of(articles).withStories(stories);
 * Reports.writeAll(analysis, Path.of("out")); // out/report.json, out/report.md, out/report.html
 * }</pre>
 */
package org.triangulate.report;
