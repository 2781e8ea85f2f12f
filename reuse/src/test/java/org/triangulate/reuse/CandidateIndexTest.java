package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {
  private static final long DAY = 86_400;
  private static final int CAP = 16;

  /** One added article as the naive version keeps it. */
  private record Entry(long time, long[][] keys) {}

  @Test
  void windowedHitsEqualANaiveScanOfEveryArticle() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 20; round++) {
      CandidateIndex index = new CandidateIndex();
      List<Entry> entries = new ArrayList<>();
      long clock = 1_700_000_000L;
      int size = 300 + random.nextInt(400);
      int keySpace = 20 + random.nextInt(200);
      for (int n = 0; n < size; n++) {
        clock += random.nextInt(6 * 3600);
        long time;
        double r = random.nextDouble();
        if (r < 0.1) {
          time = CandidateIndex.UNDATED;
        } else if (r < 0.2) {
          time = clock - random.nextInt(200) * DAY; // added out of time order
        } else {
          time = clock;
        }
        long[][] keys = new long[3][];
        for (int c = 0; c < 3; c++) {
          keys[c] = random.longs(1 + random.nextInt(6), 0, keySpace).distinct().toArray();
        }
        entries.add(new Entry(time, keys));
        index.add(n, time, keys);
      }
      for (int q = 0; q < 50; q++) {
        long time =
            random.nextDouble() < 0.1
                ? CandidateIndex.UNDATED
                : clock - random.nextInt(150) * DAY + random.nextInt((int) DAY);
        long window = (1 + random.nextInt(40)) * DAY;
        long[][] keys = new long[3][];
        for (int c = 0; c < 3; c++) {
          keys[c] = random.longs(1 + random.nextInt(8), 0, keySpace).distinct().toArray();
        }
        assertThat(flatten(index.hits(time, window, keys)))
            .as("round %d, query %d", round, q)
            .isEqualTo(naive(entries, time, window, keys));
      }
    }
  }

  @Test
  void aKeyCountsAgainstItsCapOnlyInsideTheWindow() {
    CandidateIndex index = new CandidateIndex();
    long start = 1_700_000_000L;
    // 40 old articles share key 1, then one recent article has it too.
    for (int n = 0; n < 40; n++) {
      index.add(n, start + n * 3600, new long[] {1}, new long[0], new long[0]);
    }
    long recent = start + 100 * DAY;
    index.add(40, recent, new long[] {1}, new long[0], new long[0]);
    long[][] query = {{1}, {}, {}};
    assertThat(index.hits(recent + 3600, 30 * DAY, query)).containsOnlyKeys(40);
    // Over the whole history (an undated query) the key is shared by 41 articles: too common.
    assertThat(index.hits(CandidateIndex.UNDATED, 30 * DAY, query)).isEmpty();
  }

  @Test
  void undatedArticlesPilingUpDoNotHideTheDatedOnesInTheWindow() {
    CandidateIndex index = new CandidateIndex();
    long now = 1_700_000_000L;
    for (int n = 0; n < 30; n++) {
      index.add(n, CandidateIndex.UNDATED, new long[] {1}, new long[0], new long[0]);
    }
    index.add(30, now, new long[] {1}, new long[0], new long[0]);
    long[][] query = {{1}, {}, {}};
    assertThat(index.hits(now + 3600, 30 * DAY, query)).containsOnlyKeys(30);
  }

  @Test
  void ordinalsMustComeInOrder() {
    CandidateIndex index = new CandidateIndex();
    assertThatThrownBy(() -> index.add(1, 0, new long[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordinal must be 0");
  }

  private static Map<Integer, List<Integer>> naive(
      List<Entry> entries, long time, long window, long[][] keys) {
    Map<Integer, int[]> out = new HashMap<>();
    for (int c = 0; c < 3; c++) {
      for (long key : keys[c]) {
        List<Integer> dated = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        for (int n = 0; n < entries.size(); n++) {
          Entry e = entries.get(n);
          boolean has = false;
          for (long k : e.keys()[c]) {
            has |= k == key;
          }
          if (!has) {
            continue;
          }
          if (e.time() == CandidateIndex.UNDATED) {
            undated.add(n);
          } else if (time == CandidateIndex.UNDATED || Math.abs(e.time() - time) <= window) {
            dated.add(n);
          }
        }
        List<Integer> hits = new ArrayList<>();
        if (time == CandidateIndex.UNDATED) {
          // One count over the whole history.
          if (dated.size() + undated.size() <= CAP) {
            hits.addAll(dated);
            hits.addAll(undated);
          }
        } else if (dated.size() <= CAP) {
          // The window's dated ones decide whether the key counts; the undated ones are capped
          // on their own.
          hits.addAll(dated);
          if (undated.size() <= CAP) {
            hits.addAll(undated);
          }
        }
        for (int n : hits) {
          out.computeIfAbsent(n, x -> new int[3])[c]++;
        }
      }
    }
    return flatten(out);
  }

  private static Map<Integer, List<Integer>> flatten(Map<Integer, int[]> hits) {
    Map<Integer, List<Integer>> out = new HashMap<>();
    hits.forEach((k, v) -> out.put(k, List.of(v[0], v[1], v[2])));
    return out;
  }
}
