package org.triangulate.cli;

/**
 * A document named on the command line gave no usable article (unreadable, empty, binary); exit
 * code 1 with a message naming the document and the problem.
 */
final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DocumentException(String message) {
    super(message);
  }
}
