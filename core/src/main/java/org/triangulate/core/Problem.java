package org.triangulate.core;

import java.util.regex.Pattern;

/**
 * Something wrong with one document: data on a result, never an exception that stops a batch.
 *
 * @param document the document as the user named it (path, URL, {@code file.warc.gz#record-3})
 * @param code a short stable code such as {@code empty}, {@code binary}, {@code charset}, {@code
 *     truncated}
 * @param message what is wrong, in words a user can act on
 * @param fatal true when no article could be made from the document
 */
public record Problem(String document, String code, String message, boolean fatal) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

  public Problem {
    Checks.notBlank("document", document);
    Checks.notBlank("message", message);
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code must be lower-case words joined by '-', got '" + code + "'");
    }
  }

  /** A problem that leaves a usable article. */
  public static Problem warning(String document, String code, String message) {
    return new Problem(document, code, message, false);
  }

  /** A problem that leaves no article. */
  public static Problem failure(String document, String code, String message) {
    return new Problem(document, code, message, true);
  }

  @Override
  public String toString() {
    return document + ": " + (fatal ? "error" : "warning") + " [" + code + "] " + message;
  }
}
