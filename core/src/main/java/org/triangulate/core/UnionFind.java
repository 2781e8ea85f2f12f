package org.triangulate.core;

/**
 * Disjoint sets over {@code 0..n-1} with path halving; the representative of a set is its smallest
 * member, so that grouping by {@link #find(int)} is deterministic. Used wherever a stage merges
 * items into clusters (aliases, quotes, timeline events). Not thread-safe.
 */
public final class UnionFind {
  private final int[] parent;

  /** {@code size} singleton sets. */
  public UnionFind(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, got " + size);
    }
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** The representative (smallest member) of {@code i}'s set. */
  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Merges the sets of {@code a} and {@code b}. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
