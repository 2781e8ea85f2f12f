package org.triangulate.ingest;

import java.net.URI;
import java.util.Optional;

/**
 * Decides whether the ingestor may fetch a URL; asked before the first request and before every
 * redirect it would follow, so a redirect cannot lead where a direct request may not go. A server
 * that fetches URLs sent by remote users uses one to keep them off internal addresses.
 *
 * <pre>{@code
 * Ingestor ingestor = Ingestors.builder().fetchGuard(uri -> Optional.empty()).build();
 * }</pre>
 */
@FunctionalInterface
public interface FetchGuard {
  /** Allows every http(s) URL (the default). */
  FetchGuard ANY = uri -> Optional.empty();

  /**
   * Why {@code uri} must not be fetched, or empty when it may be; the reason becomes the message of
   * the document's problem (code {@code fetch-refused}).
   */
  Optional<String> refusal(URI uri);
}
