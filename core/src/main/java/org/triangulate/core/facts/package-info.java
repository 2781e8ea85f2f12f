/**
 * Facts drawn from articles: entities with aliases and mentions, quotes with speakers, numeric
 * claims with scope and normalised dates, all pointing into {@code Article.text()} by offsets.
 *
 * <p>{@link org.triangulate.core.facts.ArticleFacts} holds one article's facts; {@link
 * org.triangulate.core.facts.StoryFacts} holds a story's, with entities resolved across articles.
 * Example: {@code new DateMention("a1", "last month", TimexType.DATE, "2025-02", 10, 20)}; a {@link
 * org.triangulate.core.facts.DatedEvent} names the event a date refers to ("rose last month":
 * {@code rose}).
 */
package org.triangulate.core.facts;
