package org.triangulate.stories;

import java.util.Arrays;

/** Open-addressing map from non-negative int keys to float values; no boxing. Not thread-safe. */
final class IntFloatMap {
  private static final int EMPTY = -1;
  private int[] keys;
  private float[] values;
  private int size;

  IntFloatMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
    keys = new int[capacity];
    values = new float[capacity];
    Arrays.fill(keys, EMPTY);
  }

  int size() {
    return size;
  }

  float get(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return 0f;
      }
    }
  }

  void add(int key, float delta) {
    if (key < 0) {
      throw new IllegalArgumentException("key must be >= 0, got " + key);
    }
    if ((size + 1) * 4 > keys.length * 3) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        values[i] += delta;
        return;
      }
      if (k == EMPTY) {
        keys[i] = key;
        values[i] = delta;
        size++;
        return;
      }
    }
  }

  /** Calls {@code visitor} for every entry. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        visitor.visit(keys[i], values[i]);
      }
    }
  }

  /** Keys and values packed into two arrays of length {@link #size()}. */
  int[] packedKeys() {
    int[] out = new int[size];
    int n = 0;
    for (int k : keys) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    return out;
  }

  /** Removes every entry. */
  void clear() {
    Arrays.fill(keys, EMPTY);
    Arrays.fill(values, 0f);
    size = 0;
  }

  /** Keeps only the entries whose keys are in {@code keep}. */
  void retainOnly(int[] keep) {
    float[] kept = new float[keep.length];
    for (int i = 0; i < keep.length; i++) {
      kept[i] = get(keep[i]);
    }
    Arrays.fill(keys, EMPTY);
    Arrays.fill(values, 0f);
    size = 0;
    for (int i = 0; i < keep.length; i++) {
      add(keep[i], kept[i]);
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new float[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Receives one entry. */
  interface Visitor {
    void visit(int key, float value);
  }
}
