package org.triangulate.ingest;

import org.triangulate.core.Problem;

/** A fetch that failed; becomes a {@link Problem} with its code at the reader that asked. */
final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String code;

  FetchException(String code, String message) {
    super(message);
    this.code = code;
  }

  String code() {
    return code;
  }

  Problem failure(String document) {
    return Problem.failure(document, code, getMessage());
  }
}
