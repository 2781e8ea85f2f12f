package org.triangulate.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory postings of the lexical channels: sampled five-word shingles (verbatim and partial
 * reuse), MinHash bands (near duplicates) and anchors (names and numbers: same story, rewrites,
 * translations). Keys shared by too many articles (boilerplate, common names) are skipped at query
 * time, which bounds the work per article. Not thread-safe; the engine guards it.
 */
final class CandidateIndex {
  static final int FINGERPRINT = 0;
  static final int BAND = 1;
  static final int ANCHOR = 2;
  // A key shared by more articles than this is skipped at query time. Copied text is shared by one
  // lineage (a source and its copies); keys shared more widely (sentence templates, boilerplate,
  // common names) grow with the corpus and bring candidates that are never copies. 16 rather than
  // 64/64/48: 10,000 synthetic articles, 17.4 -> 5.4 candidates per article, precision 0.871 ->
  // 0.890, recall 0.982 -> 0.976 (docs/benchmarks.md, Provenance).
  private static final int[] MAX_POSTINGS = {16, 16, 16};

  private final List<Map<Long, int[]>> postings =
      List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
  private long entries;

  void add(int ordinal, long[]... keysByChannel) {
    for (int channel = 0; channel < keysByChannel.length; channel++) {
      Map<Long, int[]> map = postings.get(channel);
      for (long key : keysByChannel[channel]) {
        int[] list = map.get(key);
        if (list == null) {
          map.put(key, new int[] {1, ordinal});
        } else {
          if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            map.put(key, list);
          }
          list[++list[0]] = ordinal;
        }
        entries++;
      }
    }
  }

  /** Hit counts per channel for each ordinal sharing keys with the query, in first-seen order. */
  Map<Integer, int[]> hits(long[]... keysByChannel) {
    Map<Integer, int[]> out = new HashMap<>();
    for (int channel = 0; channel < keysByChannel.length; channel++) {
      Map<Long, int[]> map = postings.get(channel);
      for (long key : keysByChannel[channel]) {
        int[] list = map.get(key);
        if (list == null || list[0] > MAX_POSTINGS[channel]) {
          continue;
        }
        for (int k = 1; k <= list[0]; k++) {
          out.computeIfAbsent(list[k], x -> new int[3])[channel]++;
        }
      }
    }
    return out;
  }

  /** Posting entries held, for memory estimates. */
  long entries() {
    return entries;
  }

  /** Distinct keys held. */
  long keys() {
    long n = 0;
    for (Map<Long, int[]> map : postings) {
      n += map.size();
    }
    return n;
  }

  static List<long[]> split(long[] packed) {
    List<long[]> out = new ArrayList<>();
    int k = 0;
    while (k < packed.length) {
      int n = (int) packed[k++];
      out.add(Arrays.copyOfRange(packed, k, k + n));
      k += n;
    }
    return out;
  }

  static long[] pack(long[]... channels) {
    int total = channels.length;
    for (long[] c : channels) {
      total += c.length;
    }
    long[] out = new long[total];
    int k = 0;
    for (long[] c : channels) {
      out[k++] = c.length;
      System.arraycopy(c, 0, out, k, c.length);
      k += c.length;
    }
    return out;
  }
}
