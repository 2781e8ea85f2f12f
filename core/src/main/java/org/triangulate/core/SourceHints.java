package org.triangulate.core;

/**
 * What a container said about a document before extraction: a JSON Lines record's fields, a feed
 * item, a WARC header. Each value may be null; extraction prefers these over what it finds in the
 * page.
 *
 * @param id the input's own id
 * @param url the document's URL
 * @param title the title
 * @param published the publication date as written (parsed by extraction)
 * @param site the publisher or source name
 */
public record SourceHints(String id, String url, String title, String published, String site) {
  /** No hints. */
  public static final SourceHints NONE = new SourceHints(null, null, null, null, null);

  public SourceHints withUrl(String value) {
    return new SourceHints(id, value, title, published, site);
  }

  public SourceHints withPublished(String value) {
    return new SourceHints(id, url, title, value, site);
  }
}
