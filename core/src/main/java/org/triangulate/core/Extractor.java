package org.triangulate.core;

/**
 * Stage 2, extract: turns a raw document into an article with clean text and metadata. Never throws
 * for a bad document: the returned article carries {@link Problem}s, fatal ones when nothing usable
 * was found. Implementations are thread-safe.
 */
public interface Extractor {
  Article extract(RawDocument document);
}
