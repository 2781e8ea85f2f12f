package org.triangulate.reuse;

import java.util.Arrays;

/**
 * The postings of one candidate channel: for each key (a 64-bit hash), the ordinals of the articles
 * holding it, in the order they were added. An open-addressing table of primitive keys: a key held
 * by one article, as most are, keeps the ordinal in the table itself (about 20 bytes per key), and
 * longer lists live in arrays of the form {@code {count, ordinal, ordinal, ...}}. A {@code
 * HashMap<Long, int[]>} took about 80 bytes per key. Not thread-safe.
 */
final class PostingMap {
  private static final int EMPTY = Integer.MIN_VALUE;

  private long[] keys;
  // Per slot: EMPTY, an ordinal (>= 0) for a key held by one article, or -(index + 1) into lists.
  private int[] values;
  private int[][] lists = new int[64][];
  private int listCount;
  private int size;
  private final int[] single = new int[2];

  PostingMap() {
    keys = new long[256];
    values = new int[256];
    Arrays.fill(values, EMPTY);
  }

  /** Appends an ordinal to the postings of a key. */
  void add(long key, int ordinal) {
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must not be negative, got " + ordinal);
    }
    int slot = slot(key);
    int value = values[slot];
    if (value == EMPTY) {
      keys[slot] = key;
      values[slot] = ordinal;
      if (++size * 10 > keys.length * 6) {
        grow();
      }
    } else if (value >= 0) {
      if (listCount == lists.length) {
        lists = Arrays.copyOf(lists, listCount * 2);
      }
      lists[listCount] = new int[] {2, value, ordinal, 0};
      values[slot] = -(++listCount);
    } else {
      int index = -value - 1;
      int[] list = lists[index];
      if (list[0] + 1 == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
        lists[index] = list;
      }
      list[++list[0]] = ordinal;
    }
  }

  /**
   * The postings of a key as {@code {count, ordinal, ...}}, or null when no article holds it. The
   * array must not be changed; for a key held by one article it is reused by the next call.
   */
  int[] get(long key) {
    int value = values[slot(key)];
    if (value == EMPTY) {
      return null;
    }
    if (value >= 0) {
      single[0] = 1;
      single[1] = value;
      return single;
    }
    return lists[-value - 1];
  }

  /** Distinct keys held. */
  int size() {
    return size;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) Hashing.mix(key) & mask;
    while (values[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != EMPTY) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
