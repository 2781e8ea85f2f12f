package org.triangulate.ingest;

/** The formats an input can have, decided by {@link Sniffer}. */
enum Format {
  GZIP,
  WARC,
  JSON_LINES,
  FEED,
  URL_LIST,
  HTML,
  TEXT,
  /** Nothing to read. */
  EMPTY,
  /** Images, archives, executables and other non-text bytes. */
  BINARY,
  /** Text we have no reader for, such as XML that is not a feed. */
  UNSUPPORTED
}
