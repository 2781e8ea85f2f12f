/**
 * Benchmark of the provenance engine: {@link org.triangulate.bench.reuse.ReuseBenchmark} runs it on
 * corpora from the seeded {@link org.triangulate.bench.reuse.CorpusGenerator} and against a naive
 * all-pairs baseline.
 *
 * <pre>{@code
 * java -cp ... org.triangulate.bench.reuse.ReuseBenchmark 300 10000 50000
 * }</pre>
 */
package org.triangulate.bench.reuse;
