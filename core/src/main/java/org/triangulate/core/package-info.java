/**
 * The small core every stage depends on: immutable value records and one interface per pipeline
 * stage.
 *
 * <p>Documents flow as {@link org.triangulate.core.RawDocument} (bytes plus what the container told
 * us) from an {@link org.triangulate.core.Ingestor} into an {@link org.triangulate.core.Extractor},
 * which yields an {@link org.triangulate.core.Article}: clean text with paragraph {@link
 * org.triangulate.core.Block}s. Every later fact points into {@link
 * org.triangulate.core.Article#text()} by character offsets ({@link org.triangulate.core.Span}).
 * Bad documents are not exceptions: they become {@link org.triangulate.core.Problem}s on the
 * result.
 *
 * <pre>{@code
 * Article a = extractor.extract(RawDocument.text("notes/a.txt", "Flood in Veldra\n\nRivers rose on Monday."));
 * String firstParagraph = a.blocks().get(1).of(a.text());
 * }</pre>
 */
package org.triangulate.core;
