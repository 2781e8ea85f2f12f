/**
 * The report stage: renders an {@link org.triangulate.report.Analysis} (articles and the stories
 * they form; later stages add their results) as {@code report.json}, {@code report.md} and a
 * self-contained {@code report.html}. Each format is a {@link org.triangulate.report.Report}; the
 * output is deterministic, so golden files can check it.
 *
 * <pre>{@code
 * Analysis analysis = Analysis.of(articles).withStories(stories);
 * Reports.writeAll(analysis, Path.of("out")); // out/report.json, out/report.md, out/report.html
 * }</pre>
 */
package org.triangulate.report;
