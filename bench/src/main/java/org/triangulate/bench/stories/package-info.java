/**
 * Benchmark of story clustering: {@link org.triangulate.bench.stories.StoryClusteringBenchmark}
 * streams {@link org.triangulate.bench.stories.SyntheticNews} through the clusterer and a naive
 * baseline and prints throughput, scaling and quality.
 *
 * <pre>{@code
 * java -cp core/target/classes:stories/target/classes:bench/target/classes \
 *     org.triangulate.bench.stories.StoryClusteringBenchmark --articles 100000
 * }</pre>
 */
package org.triangulate.bench.stories;
