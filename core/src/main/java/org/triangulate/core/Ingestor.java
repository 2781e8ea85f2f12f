package org.triangulate.core;

/**
 * Stage 1, ingest: reads an input (a file, a directory, a URL) and streams its documents into a
 * sink, one at a time, so that a corpus is never held in memory. Implementations never throw for
 * bad input: they report it to the sink.
 */
public interface Ingestor {
  /**
   * Reads everything under {@code input}.
   *
   * @param input a path or URL as the user gave it
   * @param sink receives documents and problems
   */
  void read(String input, DocumentSink sink);
}
