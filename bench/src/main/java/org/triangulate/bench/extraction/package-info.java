/**
 * Speed of the extract stage against readability-lxml on the same pages, in the same run ({@link
 * org.triangulate.bench.extraction.ExtractionBenchmark}), with 1 and 2 threads.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl bench -am compile exec:java \
 *     -Dexec.mainClass=org.triangulate.bench.extraction.ExtractionBenchmark
 * }</pre>
 */
package org.triangulate.bench.extraction;
