package org.triangulate.ingest;

import java.time.Duration;
import java.util.Map;
import org.triangulate.core.ContentKind;
import org.triangulate.core.Ingestor;

/**
 * Builds an immutable, thread-safe {@link Ingestor}; every setting starts at {@link
 * IngestSettings#DEFAULTS}. Not thread-safe itself.
 *
 * <pre>{@code
 * Ingestor ingestor = Ingestors.builder().requestTimeout(Duration.ofSeconds(10)).maxRetries(1).build();
 * }</pre>
 */
public final class IngestorBuilder {
  private Duration connectTimeout;
  private Duration requestTimeout;
  private int maxRetries;
  private Duration retryBackoff;
  private int maxRedirects;
  private String userAgent;
  private int maxDocumentBytes;
  private int maxFeedBytes;
  private FeedLinkPolicy feedLinks;
  private boolean warcDateAsPublished;
  private boolean includeHiddenFiles;
  private FetchGuard fetchGuard = FetchGuard.ANY;

  IngestorBuilder() {
    settings(IngestSettings.DEFAULTS);
  }

  /** Takes all values from {@code settings}. */
  public IngestorBuilder settings(IngestSettings settings) {
    connectTimeout = settings.connectTimeout();
    requestTimeout = settings.requestTimeout();
    maxRetries = settings.maxRetries();
    retryBackoff = settings.retryBackoff();
    maxRedirects = settings.maxRedirects();
    userAgent = settings.userAgent();
    maxDocumentBytes = settings.maxDocumentBytes();
    maxFeedBytes = settings.maxFeedBytes();
    feedLinks = settings.feedLinks();
    warcDateAsPublished = settings.warcDateAsPublished();
    includeHiddenFiles = settings.includeHiddenFiles();
    return this;
  }

  /** How long to wait for a connection (default 10 s). */
  public IngestorBuilder connectTimeout(Duration value) {
    connectTimeout = value;
    return this;
  }

  /** How long one request may take, body included (default 30 s). */
  public IngestorBuilder requestTimeout(Duration value) {
    requestTimeout = value;
    return this;
  }

  /** Retries after 5xx, 429, timeouts and network errors (default 2). */
  public IngestorBuilder maxRetries(int value) {
    maxRetries = value;
    return this;
  }

  /** The wait before the first retry, doubled for each further one (default 500 ms). */
  public IngestorBuilder retryBackoff(Duration value) {
    retryBackoff = value;
    return this;
  }

  /** Redirects one fetch may follow (default 5). */
  public IngestorBuilder maxRedirects(int value) {
    maxRedirects = value;
    return this;
  }

  /** The User-Agent header (default {@link IngestSettings#DEFAULT_USER_AGENT}). */
  public IngestorBuilder userAgent(String value) {
    userAgent = value;
    return this;
  }

  /** The largest document, record, line or page read (default 16 MiB). */
  public IngestorBuilder maxDocumentBytes(int value) {
    maxDocumentBytes = value;
    return this;
  }

  /** The largest feed parsed (default 64 MiB). */
  public IngestorBuilder maxFeedBytes(int value) {
    maxFeedBytes = value;
    return this;
  }

  /** When feed items' linked pages are fetched (default {@link FeedLinkPolicy#FEED_URLS}). */
  public IngestorBuilder feedLinks(FeedLinkPolicy value) {
    feedLinks = value;
    return this;
  }

  /** Whether WARC-Date becomes the published hint (default false: it is the crawl date). */
  public IngestorBuilder warcDateAsPublished(boolean value) {
    warcDateAsPublished = value;
    return this;
  }

  /** Whether hidden files and directories are read (default false). */
  public IngestorBuilder includeHiddenFiles(boolean value) {
    includeHiddenFiles = value;
    return this;
  }

  /** Which URLs may be fetched, asked again for every redirect (default {@link FetchGuard#ANY}). */
  public IngestorBuilder fetchGuard(FetchGuard value) {
    if (value == null) {
      throw new IllegalArgumentException("fetchGuard must not be null; use FetchGuard.ANY");
    }
    fetchGuard = value;
    return this;
  }

  /** The settings as they stand; throws when one is invalid, naming it. */
  public IngestSettings toSettings() {
    return new IngestSettings(
        connectTimeout,
        requestTimeout,
        maxRetries,
        retryBackoff,
        maxRedirects,
        userAgent,
        maxDocumentBytes,
        maxFeedBytes,
        feedLinks,
        warcDateAsPublished,
        includeHiddenFiles);
  }

  /** An immutable, thread-safe ingestor with these settings. */
  public Ingestor build() {
    IngestSettings settings = toSettings();
    HttpFetcher fetcher = new HttpFetcher(settings, fetchGuard);
    UrlReader[] pages = new UrlReader[1];
    FormatDispatcher formats =
        new FormatDispatcher(
            self -> {
              pages[0] = new UrlReader(fetcher, self, settings);
              WarcFileReader warc =
                  new WarcFileReader(settings.maxDocumentBytes(), settings.warcDateAsPublished());
              return Map.of(
                  Format.GZIP, new GzipReader(self, warc),
                  Format.WARC, warc,
                  Format.JSON_LINES, new JsonLinesReader(settings.maxDocumentBytes()),
                  Format.FEED,
                      new FeedReader(pages[0], settings.feedLinks(), settings.maxFeedBytes()),
                  Format.URL_LIST, new UrlListReader(pages[0]),
                  Format.HTML, new DocumentReader(ContentKind.HTML, settings.maxDocumentBytes()),
                  Format.TEXT, new DocumentReader(ContentKind.TEXT, settings.maxDocumentBytes()));
            });
    return new StandardIngestor(new PathReader(formats, settings.includeHiddenFiles()), pages[0]);
  }
}
