/**
 * Results of the compare stage for one story: what independent sources agree on, where they
 * disagree, what happened when, and a brief whose every sentence cites its sources.
 *
 * <p>A {@link org.triangulate.core.compare.Comparison} holds {@link
 * org.triangulate.core.compare.ClaimGroup}s (one claim in different words, with its {@link
 * org.triangulate.core.compare.Evidence} in each article and a {@link
 * org.triangulate.core.compare.ClaimStatus}), {@link org.triangulate.core.compare.Dispute}s
 * (contradictions and differences of scope, with the values on each side), {@link
 * org.triangulate.core.compare.TimelineEntry}s and a {@link org.triangulate.core.compare.Brief}.
 * Support is counted in lineages (independent sources): copies add none.
 *
 * <pre>{@code
 * for (Dispute d : comparison.disputes()) {
 *   System.out.println(d.status().label() + ": " + d.subject() + " " + d.sides().get(0).value());
 * }
 * }</pre>
 */
package org.triangulate.core.compare;
