package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PostingMapTest {

  @Test
  void holdsTheSamePostingsAsAHashMapOfLists() {
    SplittableRandom random = new SplittableRandom(11);
    PostingMap map = new PostingMap();
    Map<Long, List<Integer>> naive = new HashMap<>();
    long[] special = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE};
    for (int ordinal = 0; ordinal < 20_000; ordinal++) {
      int keys = 1 + random.nextInt(5);
      for (int k = 0; k < keys; k++) {
        double r = random.nextDouble();
        // Mostly keys of one article, some shared by a few, some by very many.
        long key =
            r < 0.02
                ? special[random.nextInt(special.length)]
                : r < 0.3 ? random.nextInt(2_000) : random.nextLong();
        map.add(key, ordinal);
        naive.computeIfAbsent(key, x -> new ArrayList<>()).add(ordinal);
      }
    }
    assertThat(map.size()).isEqualTo(naive.size());
    for (Map.Entry<Long, List<Integer>> e : naive.entrySet()) {
      int[] postings = map.get(e.getKey());
      assertThat(postings[0]).isEqualTo(e.getValue().size());
      assertThat(Arrays.stream(postings, 1, 1 + postings[0]).boxed().toList())
          .isEqualTo(e.getValue());
    }
    for (int k = 0; k < 1_000; k++) {
      long absent = random.nextLong();
      if (!naive.containsKey(absent)) {
        assertThat(map.get(absent)).isNull();
      }
    }
  }

  @Test
  void refusesNegativeOrdinals() {
    assertThatThrownBy(() -> new PostingMap().add(7, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordinal must not be negative, got -1");
  }
}
