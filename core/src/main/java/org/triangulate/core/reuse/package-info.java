/**
 * Results of the provenance stage that other stages and the report consume: how two articles relate
 * ({@link org.triangulate.core.reuse.Alignment}, with aligned {@link
 * org.triangulate.core.reuse.PassagePair}s as evidence) and, per story, the {@link
 * org.triangulate.core.reuse.Lineage}: {@link org.triangulate.core.reuse.LineageEdge}s from copy to
 * source and one {@link org.triangulate.core.reuse.Origin} per independent source.
 *
 * <pre>{@code
 * Lineage lineage = engine.lineage(story.articleIds());
 * int sources = lineage.independentSources();
 * lineage.edges().forEach(e -> System.out.println(e.copy() + " <- " + e.source() + " " + e.kind().label()));
 * }</pre>
 */
package org.triangulate.core.reuse;
