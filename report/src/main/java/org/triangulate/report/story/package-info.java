/**
 * Renders one story's comparison as Markdown and HTML fragments for the report writer: the brief
 * with citations that link to the cited passages, the disputes with both sides, the claims table
 * (claim &times; independent source: agrees, disagrees), the timeline and the lineage graph as an
 * inline SVG. Every scraped string is escaped; nothing refers to external assets.
 *
 * <p>{@link org.triangulate.report.story.SourceLinks} names articles and gives their anchors;
 * {@link org.triangulate.report.story.StoryHtml} and {@link
 * org.triangulate.report.story.StoryMarkdown} write the sections; {@link
 * org.triangulate.report.story.PassageMarkup} writes an article's text with the cited passages
 * marked so that citation links land on them; {@link org.triangulate.report.story.LineageSvg} draws
 * who copied whom; {@link org.triangulate.report.story.FactSections} lists the copy relations,
 * quotes with speakers and entities with aliases.
 *
 * <pre>{@code
 * SourceLinks links = SourceLinks.of(analysis.articles());
 * out.write(StoryHtml.section(comparison, lineage, links));
 * out.write(PassageMarkup.html(article, links, StoryHtml.citedSpans(comparison)));
 * }</pre>
 */
package org.triangulate.report.story;
