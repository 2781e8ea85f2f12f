package org.triangulate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UnionFindTest {
  @Test
  void representativeIsTheSmallestMember() {
    UnionFind sets = new UnionFind(5);
    sets.union(4, 2);
    sets.union(2, 3);
    assertThat(sets.find(4)).isEqualTo(2);
    assertThat(sets.find(3)).isEqualTo(2);
    assertThat(sets.find(0)).isZero();
    sets.union(3, 0);
    assertThat(sets.find(4)).isZero();
  }

  @Test
  void duelAgainstNaiveRelabelling() {
    Random random = new Random(20261123L);
    int n = 200;
    UnionFind sets = new UnionFind(n);
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    for (int step = 0; step < 500; step++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      sets.union(a, b);
      int from = Math.max(label[a], label[b]);
      int to = Math.min(label[a], label[b]);
      for (int i = 0; i < n; i++) {
        if (label[i] == from) {
          label[i] = to;
        }
      }
      for (int i = 0; i < n; i++) {
        assertThat(sets.find(i)).isEqualTo(label[i]);
      }
    }
  }
}
