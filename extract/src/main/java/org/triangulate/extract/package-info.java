/**
 * The extract stage: raw documents to clean articles.
 *
 * <p>{@link org.triangulate.extract.ArticleExtractor} decodes the bytes ({@code Decoding}: BOM,
 * declarations checked against the bytes, detection), then either finds the body of an HTML page
 * ({@code BodyExtraction}: prune furniture, cut blocks, score containers, clean lines) and reads
 * its metadata ({@code PageMetadata}: JSON-LD, meta tags, {@code <time>}, URL), or cleans a plain
 * text ({@code TextExtraction}). When scripts render the page and its visible body is thin, the
 * JSON-LD {@code articleBody} stands in for it ({@code EmbeddedBody}). {@link
 * org.triangulate.extract.DateParsing} reads dates as pages write them. Line-level furniture rules
 * live in {@code JunkLines}, shared by both paths.
 *
 * <pre>{@code
 * Extractor extractor = ArticleExtractor.builder().languageDetector(detector).build();
 * Article article = extractor.extract(RawDocument.html("https://example.org/flood", html));
 * article.published();   // PublicationDate with DateSource.JSON_LD, confidence 0.9
 * }</pre>
 */
package org.triangulate.extract;
