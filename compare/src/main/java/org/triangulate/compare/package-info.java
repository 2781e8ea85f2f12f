/**
 * The compare stage: for one story, what independent sources agree on, where they contradict each
 * other and where they only differ in scope, what happened when, and a brief whose every sentence
 * cites its sources.
 *
 * <p>{@link org.triangulate.compare.StoryComparator} takes a {@link
 * org.triangulate.compare.StoryInput} (articles, their lineage from the provenance stage, their
 * facts) and returns a {@link org.triangulate.core.compare.Comparison}. Inside, numbers are aligned
 * by unit, place and time with stated approximations as intervals, quotes by their words and
 * speakers, dated events by their sentences, roles by the people named for them; support is counted
 * in lineages, so copies add none. {@link org.triangulate.compare.EventDating} dates an event from
 * the temporal expressions around it and is used on its own by the timeline evaluation.
 *
 * <pre>{@code
 * Comparison c = StoryComparator.builder().briefSentences(5).build()
 *     .compare(new StoryInput(story.id(), articles, lineage, storyFacts));
 * c.claims().stream().filter(g -> g.status() == ClaimStatus.CORROBORATED).count();
 * }</pre>
 */
package org.triangulate.compare;
