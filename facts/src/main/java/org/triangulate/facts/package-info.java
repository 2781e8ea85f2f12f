/**
 * The facts stage: entities with aliases, quotes with speakers, numeric claims with scope and dates
 * normalised against the publication date.
 *
 * <p>{@link org.triangulate.facts.FactExtractor} composes the parts: a {@link
 * org.triangulate.facts.SentenceSplitter}, a {@link org.triangulate.facts.NamedEntityRecognizer}
 * (by default the light {@link org.triangulate.facts.HeuristicNer}), the {@link
 * org.triangulate.facts.TimexTagger} with the {@link org.triangulate.facts.DateEventFinder} that
 * gives each date the event it dates, the claim and quote extractors, and the within- and
 * cross-document entity linkers. {@link org.triangulate.facts.MentionClusterer} clusters mention
 * spans from any other source (annotations, another recogniser) by a resolved story's entities.
 * Example:
 *
 * <pre>{@code
 * FactExtractor facts = FactExtractor.builder().build();
 * ArticleFacts one = facts.extract(article);
 * StoryFacts story = facts.resolve(List.of(one, other));
 * System.out.println(FactsRenderer.render(story));
 * }</pre>
 */
package org.triangulate.facts;
