/**
 * The {@code triangulate} command line (picocli): {@code extract}, {@code ingest}, {@code search}
 * and {@code analyze}, each a thin layer over {@link org.triangulate.pipeline.Pipeline}, the store
 * and the reports. Data goes to stdout, problems, progress and summaries to stderr; exit codes are
 * 0 (all well), 1 (some documents failed) and 2 (usage or setup error).
 *
 * <pre>{@code
 * int exitCode = Triangulate.run(new String[] {"analyze", "examples", "--out", "out"}, System.out, System.err);
 * }</pre>
 */
package org.triangulate.cli;
