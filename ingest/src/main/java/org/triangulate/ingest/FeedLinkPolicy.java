package org.triangulate.ingest;

/**
 * When a feed item's linked page is fetched instead of the item's own (often shortened) content.
 */
public enum FeedLinkPolicy {
  /** Never fetch: use the item's content, encoded content or description. */
  NEVER,
  /** Fetch linked pages for feeds that were themselves fetched from a URL (the default). */
  FEED_URLS,
  /** Fetch linked pages for every feed, also for feed files on disk. */
  ALWAYS
}
