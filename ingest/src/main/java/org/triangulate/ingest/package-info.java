/**
 * Stage 1, ingest: reads files, directories and http(s) URLs and streams {@link
 * org.triangulate.core.RawDocument}s into a {@link org.triangulate.core.DocumentSink}, one at a
 * time, without decoding charsets or extracting text.
 *
 * <p>{@link org.triangulate.ingest.Ingestors} builds the {@link org.triangulate.core.Ingestor}. It
 * walks directories in sorted order and hands each opened input to a format dispatcher, which
 * sniffs the format (gzip and WARC magic, binary magic, extension, feed roots, HTML, JSON, URL
 * lists) and calls one small reader per format: plain text, HTML, gzip (which wraps the
 * dispatcher), WARC (jwarc), JSON Lines (Jackson), RSS/Atom (ROME) and URL lists, which fetch
 * through one HTTP fetcher with timeouts, retries, redirect limits and size caps. Bad input
 * (missing, empty, binary, truncated, invalid, too large, unreachable) becomes a {@link
 * org.triangulate.core.Problem} sent to {@link org.triangulate.core.DocumentSink#reject}; the batch
 * goes on.
 *
 * <pre>{@code
 * Ingestor ingestor = Ingestors.builder().feedLinks(FeedLinkPolicy.NEVER).build();
 * ingestor.read("corpus/", sink); // corpus/a.html, corpus/b.jsonl.gz, corpus/c.warc.gz, ...
 * }</pre>
 */
package org.triangulate.ingest;
