/**
 * Benchmarks of the facts stage. {@link org.triangulate.bench.facts.FactsBench} measures articles
 * per second on one core with and without sharing facts along syndication lineages, on a seeded
 * synthetic corpus where half the articles are copies. Example: {@code java ...
 * org.triangulate.bench.facts.FactsBench 400}.
 */
package org.triangulate.bench.facts;
