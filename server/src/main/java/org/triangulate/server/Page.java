package org.triangulate.server;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param offset index of the first item in the whole list
 * @param limit the page size asked for
 * @param total size of the whole list
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {
  public Page {
    items = List.copyOf(Checks.notNull("items", items));
    if (offset < 0 || limit < 0 || total < 0) {
      throw new IllegalArgumentException(
          "offset, limit and total must be >= 0, got " + offset + ", " + limit + ", " + total);
    }
  }

  /** The page {@code [offset, offset + limit)} of {@code all}. */
  public static <T> Page<T> of(List<T> all, int offset, int limit) {
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new Page<>(all.subList(from, to), offset, limit, all.size());
  }
}
