package org.triangulate.core;

/** Where a publication date was found, from most to least reliable in general. */
public enum DateSource {
  /** A field of the input record (JSON Lines {@code published}, a feed item's date). */
  INPUT_FIELD,
  /** schema.org JSON-LD {@code datePublished}. */
  JSON_LD,
  /** A meta tag such as {@code article:published_time}. */
  META_TAG,
  /** An HTML {@code <time datetime>} element. */
  TIME_ELEMENT,
  /** A container header, such as a WARC record date or an HTTP Last-Modified. */
  FILE_HEADER,
  /** A date line in the text, such as {@code date 2019-03-02} or {@code Tuesday 5 Mar 2019}. */
  TEXT_DATE_LINE,
  /** A date pattern in the URL path, such as {@code /2019/03/02/}. */
  URL_PATTERN,
  /** No date was found; the time of ingest was used instead. */
  INGEST_TIME
}
