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
 * time, which bounds the work per article.
 *
 * <p>Each article carries its publication time (or none). A dated query looks only at dated
 * articles published within a window around it, plus every undated article: copies appear near
 * their source in time, and counting a key's articles within the window (not over the whole
 * history) keeps the number of candidates per article independent of how long the history is. The
 * postings are in the order articles were added; a running maximum of the publication times lets a
 * backward scan stop at the first article before which nothing can be inside the window, so for
 * articles added roughly in time order a key costs at most its cap plus a few entries. Not
 * thread-safe; the engine guards it.
 */
final class CandidateIndex {
  static final int FINGERPRINT = 0;
  static final int BAND = 1;
  static final int ANCHOR = 2;

  /** The time of an article without a trustworthy publication time. */
  static final long UNDATED = Long.MIN_VALUE;

  // A key shared by more articles than this (within the window for a dated query) is skipped at
  // query time. Copied text is shared by one lineage (a source and its copies); keys shared more
  // widely (sentence templates, boilerplate, common names) bring candidates that are never copies.
  // 16 rather than 64/64/48: 10,000 synthetic articles, 17.4 -> 5.4 candidates per article,
  // precision 0.871 -> 0.890, recall 0.982 -> 0.976 (docs/benchmarks.md, Provenance).
  private static final int[] MAX_POSTINGS = {16, 16, 16};
  // Entries of one key scanned at most for a dated query. Only articles added far out of time order
  // (a backfill of old articles into a newer index) scan past entries outside their window; a key
  // with more entries than this between them and their window is treated as too common.
  static final int MAX_SCAN = 1_024;

  // Dated and undated articles in separate postings: undated ones are never outside a window, and
  // keeping them apart lets the scan of the dated ones stop early.
  private final List<PostingMap> dated =
      List.of(new PostingMap(), new PostingMap(), new PostingMap());
  private final List<PostingMap> undated =
      List.of(new PostingMap(), new PostingMap(), new PostingMap());
  private long[] times = new long[1_024];
  // maxTimeUpTo[o]: the latest publication time of the dated articles with ordinals up to o.
  private long[] maxTimeUpTo = new long[1_024];
  private int size;
  private long entries;
  private int[] buffer = new int[64];

  /**
   * Adds the keys of the article with the next ordinal ({@code ordinal} must equal the number of
   * articles added before).
   *
   * @param time publication time in epoch seconds, or {@link #UNDATED}
   */
  void add(int ordinal, long time, long[]... keysByChannel) {
    if (ordinal != size) {
      throw new IllegalArgumentException("ordinal must be " + size + ", got " + ordinal);
    }
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      maxTimeUpTo = Arrays.copyOf(maxTimeUpTo, size * 2);
    }
    times[size] = time;
    long before = size == 0 ? UNDATED : maxTimeUpTo[size - 1];
    maxTimeUpTo[size] = time == UNDATED ? before : Math.max(before, time);
    size++;
    List<PostingMap> postings = time == UNDATED ? undated : dated;
    for (int channel = 0; channel < keysByChannel.length; channel++) {
      PostingMap map = postings.get(channel);
      for (long key : keysByChannel[channel]) {
        map.add(key, ordinal);
        entries++;
      }
    }
  }

  /**
   * Hit counts per channel for each ordinal sharing keys with the query. A dated query ({@code
   * time} not {@link #UNDATED}) sees dated articles published at most {@code windowSeconds} before
   * or after it, and every undated one. A key held by more than the cap of dated articles in the
   * window is skipped; its undated articles are skipped when they alone are more than the cap. An
   * undated query sees all articles, and skips a key they hold more than the cap of.
   */
  Map<Integer, int[]> hits(long time, long windowSeconds, long[]... keysByChannel) {
    Map<Integer, int[]> out = new HashMap<>();
    boolean windowed = time != UNDATED;
    long lower = windowed ? saturatedAdd(time, -windowSeconds) : Long.MIN_VALUE;
    long upper = windowed ? saturatedAdd(time, windowSeconds) : Long.MAX_VALUE;
    for (int channel = 0; channel < keysByChannel.length; channel++) {
      int cap = MAX_POSTINGS[channel];
      PostingMap datedMap = dated.get(channel);
      PostingMap undatedMap = undated.get(channel);
      for (long key : keysByChannel[channel]) {
        int[] fromUndated = undatedMap.get(key);
        int[] fromDated = datedMap.get(key);
        int undatedCount = fromUndated == null ? 0 : fromUndated[0];
        if (windowed) {
          int n = fromDated == null ? 0 : inWindow(fromDated, cap, lower, upper);
          if (n < 0) {
            continue; // too common inside the window: the undated ones are no better evidence
          }
          for (int k = 0; k < n; k++) {
            out.computeIfAbsent(buffer[k], x -> new int[3])[channel]++;
          }
          // Undated articles have no place in time: they are counted against the cap on their
          // own, so that undated ones piling up over the history never hide the dated ones in
          // the window.
          if (undatedCount <= cap) {
            for (int k = 1; k <= undatedCount; k++) {
              out.computeIfAbsent(fromUndated[k], x -> new int[3])[channel]++;
            }
          }
          continue;
        }
        int n = fromDated == null ? 0 : allOf(fromDated, undatedCount, cap);
        if (n < 0 || undatedCount > cap) {
          continue;
        }
        for (int k = 0; k < n; k++) {
          out.computeIfAbsent(buffer[k], x -> new int[3])[channel]++;
        }
        for (int k = 1; k <= undatedCount; k++) {
          out.computeIfAbsent(fromUndated[k], x -> new int[3])[channel]++;
        }
      }
    }
    return out;
  }

  /**
   * Collects into {@link #buffer} the entries of {@code list} within {@code [lower, upper]};
   * returns their number, or -1 when they are more than {@code cap} (or the scan budget runs out).
   */
  private int inWindow(int[] list, int cap, long lower, long upper) {
    int n = 0;
    int scanned = 0;
    for (int k = list[0]; k >= 1; k--) {
      int ordinal = list[k];
      if (maxTimeUpTo[ordinal] < lower) {
        break; // nothing added up to here was published inside the window
      }
      if (++scanned > MAX_SCAN) {
        return -1;
      }
      long t = times[ordinal];
      if (t >= lower && t <= upper) {
        if (n + 1 > cap) {
          return -1;
        }
        collect(n++, ordinal);
      }
    }
    return n;
  }

  /** Collects every entry of {@code list}, or returns -1 when there are too many. */
  private int allOf(int[] list, int already, int cap) {
    if (already + list[0] > cap) {
      return -1;
    }
    for (int k = 1; k <= list[0]; k++) {
      collect(k - 1, list[k]);
    }
    return list[0];
  }

  private void collect(int position, int ordinal) {
    if (position == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    buffer[position] = ordinal;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    // Overflow only when both have the same sign and the result has the other.
    return ((a ^ r) & (b ^ r)) < 0 ? (b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE + 1) : r;
  }

  /** Posting entries held, for memory estimates. */
  long entries() {
    return entries;
  }

  /** Distinct keys held. */
  long keys() {
    long n = 0;
    for (PostingMap map : dated) {
      n += map.size();
    }
    for (PostingMap map : undated) {
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
