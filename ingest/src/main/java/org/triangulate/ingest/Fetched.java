package org.triangulate.ingest;

import java.nio.charset.Charset;
import org.triangulate.core.Checks;

/**
 * One successful HTTP response.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL that answered, after redirects
 * @param mediaType the lower-case media type of the Content-Type header, or null
 * @param charset the charset of the Content-Type header, or null
 * @param body the body, at most the limit the fetch was given
 */
record Fetched(
    String requestedUrl, String finalUrl, String mediaType, Charset charset, byte[] body) {
  Fetched {
    Checks.notBlank("requestedUrl", requestedUrl);
    Checks.notBlank("finalUrl", finalUrl);
    Checks.notNull("body", body);
  }
}
