/**
 * Benchmark of story clustering: {@link org.triangulate.bench.stories.StoryClusteringBenchmark}
 * streams {@link org.triangulate.bench.stories.SyntheticNews} through the clusterer and a naive
 * baseline and prints throughput, scaling and quality; {@link
 * org.triangulate.bench.stories.PairedGrowth} measures the growth of the cost per article in pairs
 * of blocks fed alternately to a small and a large instance in the same JVM, so that the machine's
 * load does not swamp it (its headline line is the one to quote).
 *
 * <pre>{@code
 * java -cp core/target/classes:stories/target/classes:bench/target/classes \
 *     org.triangulate.bench.stories.StoryClusteringBenchmark --articles 100000
 * }</pre>
 */
package org.triangulate.bench.stories;
