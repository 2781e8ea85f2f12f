package org.triangulate.server;

import org.triangulate.core.Checks;

/**
 * A request the server turns down, answered as JSON {@code {status, message, fix}}.
 *
 * <p>Thrown by handlers for bad requests; never for bad documents, which become problems on an
 * ingest result.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String fix;

  /**
   * @param status the HTTP status
   * @param message what is wrong
   * @param fix what the client should do instead
   */
  public ApiException(int status, String message, String fix) {
    super(Checks.notBlank("message", message));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "status must be an HTTP error in [400, 599], got " + status);
    }
    this.status = status;
    this.fix = Checks.notBlank("fix", fix);
  }

  public int status() {
    return status;
  }

  public String fix() {
    return fix;
  }

  /** The JSON body of the answer. */
  public ErrorBody body() {
    return new ErrorBody(status, getMessage(), fix);
  }

  /**
   * The body of every error answer.
   *
   * @param status the HTTP status
   * @param message what is wrong
   * @param fix what to do instead
   */
  public record ErrorBody(int status, String message, String fix) {}
}
