package org.triangulate.core;

/**
 * Receives what an {@link Ingestor} reads: documents, and problems with documents it could not
 * read.
 */
public interface DocumentSink {
  /** One document read. */
  void accept(RawDocument document);

  /** A document (or a whole input) that could not be read; the batch goes on. */
  void reject(Problem problem);
}
