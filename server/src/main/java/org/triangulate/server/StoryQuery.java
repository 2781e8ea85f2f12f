package org.triangulate.server;

import java.time.LocalDate;

/**
 * Filters and a page of the story list. Null filters match everything.
 *
 * @param from stories seen on or after this day (UTC)
 * @param to stories seen on or before this day (UTC)
 * @param source a publisher: stories with an article whose site contains it, ignoring case
 * @param language stories with an article in this ISO 639-1 language
 * @param text full-text query over the stories' titles and texts
 * @param minSources stories with at least this many independent sources (0 for all)
 * @param offset index of the first story to return
 * @param limit stories per page, 1 to {@link #MAX_LIMIT}
 */
public record StoryQuery(
    LocalDate from,
    LocalDate to,
    String source,
    String language,
    String text,
    int minSources,
    int offset,
    int limit) {
  /** The largest page. */
  public static final int MAX_LIMIT = 500;

  public StoryQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "], got " + limit);
    }
    if (minSources < 0) {
      throw new IllegalArgumentException("minSources must be >= 0, got " + minSources);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " must not be before from " + from);
    }
    source = blankToNull(source);
    language = blankToNull(language);
    text = blankToNull(text);
  }

  /** The first page of all stories. */
  public static StoryQuery all(int limit) {
    return new StoryQuery(null, null, null, null, null, 0, 0, limit);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
