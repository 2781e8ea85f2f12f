/**
 * The embedded store: {@link org.triangulate.store.LuceneArticleStore} keeps articles in a Lucene
 * index inside a data folder, whole and full-text searchable, committed in batches so that a killed
 * process loses nothing already committed.
 *
 * <pre>{@code
 * try (var store = LuceneArticleStore.open(Path.of("triangulate-data"))) {
 *   store.put(article);                       // ADDED, or REPEAT for a known id
 *   store.search("dam spillway", 10).forEach(hit -> System.out.println(hit.snippet()));
 * }
 * }</pre>
 */
package org.triangulate.store;
