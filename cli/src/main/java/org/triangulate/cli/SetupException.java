package org.triangulate.cli;

/** The command cannot run as asked (no store, bad folder); exit code 2 with the message. */
final class SetupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
