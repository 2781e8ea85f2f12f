package org.triangulate.ingest;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/**
 * Fetches URLs: {@link #read} reads what a URL serves in any format (a page, a feed), {@link #page}
 * fetches one page as a document. Documents are named by the URL as given; their URL hint is the
 * URL that answered after redirects.
 */
final class UrlReader {
  private final HttpFetcher fetcher;
  private final FormatReader formats;
  private final int maxDocumentBytes;
  private final int maxFeedBytes;

  UrlReader(HttpFetcher fetcher, FormatReader formats, IngestSettings settings) {
    this.fetcher = fetcher;
    this.formats = formats;
    this.maxDocumentBytes = settings.maxDocumentBytes();
    this.maxFeedBytes = settings.maxFeedBytes();
  }

  /** Fetches {@code url} and reads what it serves: a feed, an HTML page, a text. */
  void read(String url, DocumentSink sink) {
    Fetched fetched;
    try {
      fetched = fetcher.fetch(url, this::limitFor);
    } catch (FetchException e) {
      sink.reject(e.failure(url));
      return;
    }
    Input input =
        Input.ofBytes(
            url,
            fileName(fetched.finalUrl()),
            fetched.body(),
            Input.Origin.NETWORK,
            fetched.mediaType(),
            fetched.charset(),
            SourceHints.NONE.withUrl(fetched.finalUrl()));
    try {
      formats.read(input, sink);
    } catch (IOException e) {
      sink.reject(Streams.broken(url, e, null));
    }
  }

  /** Feeds (and responses that may be one) may be larger than documents. */
  private int limitFor(String mediaType) {
    boolean mayBeFeed = mediaType == null || mediaType.contains("xml");
    return mayBeFeed ? Math.max(maxDocumentBytes, maxFeedBytes) : maxDocumentBytes;
  }

  /**
   * Fetches one page as a document with the given hints.
   *
   * @throws FetchException when the page cannot be fetched or is not HTML or text
   */
  RawDocument page(String url, SourceHints hints) throws FetchException {
    Fetched fetched = fetcher.fetch(url, maxDocumentBytes);
    ContentKind kind = kindOf(fetched);
    if (fetched.body().length == 0) {
      throw new FetchException("empty", "the page " + fetched.finalUrl() + " is empty");
    }
    return new RawDocument(
        url, kind, fetched.body(), fetched.charset(), hints.withUrl(fetched.finalUrl()));
  }

  private static ContentKind kindOf(Fetched fetched) throws FetchException {
    Format format =
        Sniffer.detect(
            fileName(fetched.finalUrl()),
            fetched.mediaType(),
            Arrays.copyOf(fetched.body(), Math.min(fetched.body().length, Input.HEAD_BYTES)),
            Input.Origin.NETWORK);
    return switch (format) {
      case HTML -> ContentKind.HTML;
      case TEXT -> ContentKind.TEXT;
      default ->
          throw new FetchException(
              "unsupported-content-type",
              "the page "
                  + fetched.finalUrl()
                  + " is "
                  + (fetched.mediaType() == null
                      ? format.name().toLowerCase(Locale.ROOT)
                      : fetched.mediaType())
                  + ", not HTML or text");
    };
  }

  /** The last path segment of a URL, lower-case, for extension hints. */
  static String fileName(String url) {
    try {
      String path = URI.create(url).getPath();
      if (path == null) {
        return "";
      }
      return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** A problem for a line of a URL list that is not a URL. */
  static Problem notAUrl(String document, String line) {
    return Problem.failure(
        document, "invalid-url", "not an http(s) URL: '" + abbreviate(line, 200) + "'");
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }
}
