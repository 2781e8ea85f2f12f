package org.triangulate.ingest;

import java.time.Duration;
import org.triangulate.core.Checks;

/**
 * The settings of an ingestor; build them with {@link Ingestors#builder()}.
 *
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout how long one HTTP request may take, headers and body together
 * @param maxRetries how many times a request is retried after a 5xx, a 429 or a timeout
 * @param retryBackoff the wait before the first retry; it doubles for each further retry
 * @param maxRedirects how many redirects one fetch may follow
 * @param userAgent the User-Agent header sent with every request
 * @param maxDocumentBytes the largest document (file, record, line, HTTP body) that is read; larger
 *     ones are rejected with code {@code too-large}
 * @param maxFeedBytes the largest feed file or feed response that is parsed (a feed is parsed as a
 *     whole)
 * @param feedLinks when feed items' linked pages are fetched
 * @param warcDateAsPublished whether a WARC record's WARC-Date is passed on as the published hint
 * @param includeHiddenFiles whether directories' hidden entries (names starting with a dot) are
 *     read
 */
public record IngestSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries,
    Duration retryBackoff,
    int maxRedirects,
    String userAgent,
    int maxDocumentBytes,
    int maxFeedBytes,
    FeedLinkPolicy feedLinks,
    boolean warcDateAsPublished,
    boolean includeHiddenFiles) {

  /** The user agent sent unless told otherwise. */
  public static final String DEFAULT_USER_AGENT =
      "Triangulate/0.1 (+https://github.com/triangulate)";

  /** The defaults of {@link Ingestors#standard()}. */
  public static final IngestSettings DEFAULTS =
      new IngestSettings(
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          2,
          Duration.ofMillis(500),
          5,
          DEFAULT_USER_AGENT,
          16 * 1024 * 1024,
          64 * 1024 * 1024,
          FeedLinkPolicy.FEED_URLS,
          false,
          false);

  public IngestSettings {
    Checks.positive("connectTimeout", connectTimeout);
    Checks.positive("requestTimeout", requestTimeout);
    Checks.notNull("retryBackoff", retryBackoff);
    if (retryBackoff.isNegative()) {
      throw new IllegalArgumentException("retryBackoff must not be negative, got " + retryBackoff);
    }
    atLeast("maxRetries", maxRetries, 0);
    atLeast("maxRedirects", maxRedirects, 0);
    Checks.notBlank("userAgent", userAgent);
    if (userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException(
          "userAgent must be printable ASCII without line breaks, got '" + userAgent + "'");
    }
    atLeast("maxDocumentBytes", maxDocumentBytes, 1);
    atLeast("maxFeedBytes", maxFeedBytes, 1);
    Checks.notNull("feedLinks", feedLinks);
  }

  private static void atLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
    }
  }
}
