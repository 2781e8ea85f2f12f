package org.triangulate.bench.stories;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.triangulate.core.Article;

/**
 * Growth of the per-article cost measured in pairs, so that the machine's load, the JIT and the
 * heap cannot swamp it: two instances of one algorithm that have seen a small and a large prefix of
 * the same stream are fed further articles alternately, in blocks of equal size (each instance its
 * own continuation of the stream: the articles after its prefix), in the order small-large,
 * large-small, small-large ... so that drift within a pair cancels, and the thread CPU time of
 * every block is recorded. Blocks measured a few hundred milliseconds apart see the same load, the
 * same compiled code and the same heap, which the two windows of a single run (minutes apart) do
 * not.
 *
 * <p>Growth is the median of the per-pair ratios (large block cost over small block cost), with a
 * 95% bootstrap interval (pairs resampled, seeded) and the interquartile range of the ratios;
 * beside it the ratio of the two medians of the block costs and the ratio of the total CPU times.
 * Only the per-pair ratio cancels a change of load during the run: the ratio of medians pools
 * blocks from minutes apart, and when the load changed between them (block costs with two modes)
 * the two medians can fall in different modes (seen on 2026-12-06: ratio of medians 1.05 and 1.08
 * beside per-pair medians 1.14 and 1.17 in the same runs).
 */
final class PairedGrowth {
  private static final int BOOTSTRAP_RESAMPLES = 2_000;

  private PairedGrowth() {}

  /**
   * Per-article thread CPU time in microseconds of each measured block of the instance with the
   * small and with the large prefix; entry i of both arrays is pair i.
   */
  record Result(int small, int large, int block, double[] smallMicros, double[] largeMicros) {
    Result {
      if (smallMicros.length != largeMicros.length || smallMicros.length == 0) {
        throw new IllegalArgumentException("need the same positive number of blocks on both sides");
      }
    }

    int pairs() {
      return smallMicros.length;
    }

    /** Median over pairs of the large instance's block cost over the small one's. */
    double growth() {
      return median(pairRatios());
    }

    /** Median of the large instance's block costs over the median of the small one's. */
    double ratioOfMedians() {
      return median(largeMicros) / median(smallMicros);
    }

    double[] pairRatios() {
      double[] ratios = new double[pairs()];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = largeMicros[i] / smallMicros[i];
      }
      return ratios;
    }

    double totalRatio() {
      return Arrays.stream(largeMicros).sum() / Arrays.stream(smallMicros).sum();
    }

    /**
     * The 2.5% and 97.5% quantiles of {@link #growth()} over pairs drawn with replacement, {@value
     * #BOOTSTRAP_RESAMPLES} times with a generator seeded by {@code seed}.
     */
    double[] bootstrapInterval(long seed) {
      Random random = new Random(seed);
      int n = pairs();
      double[] ratios = pairRatios();
      double[] growths = new double[BOOTSTRAP_RESAMPLES];
      double[] sample = new double[n];
      for (int r = 0; r < growths.length; r++) {
        for (int i = 0; i < n; i++) {
          sample[i] = ratios[random.nextInt(n)];
        }
        growths[r] = median(sample);
      }
      return new double[] {quantile(growths, 0.025), quantile(growths, 0.975)};
    }

    /** The lines the benchmark prints, indented by two spaces, each ending in a newline. */
    String describe(long seed) {
      double[] ratios = pairRatios();
      double[] interval = bootstrapInterval(seed);
      StringBuilder out = new StringBuilder();
      out.append(side(small, smallMicros)).append(side(large, largeMicros));
      out.append(
          String.format(
              Locale.ROOT,
              "  growth %,d -> %,d: %.2f (median of the per-pair ratios; 95%% bootstrap interval"
                  + " %.2f-%.2f, IQR %.2f-%.2f); ratio of the medians %.2f, ratio of totals"
                  + " %.2f%n",
              small,
              large,
              growth(),
              interval[0],
              interval[1],
              quantile(ratios, 0.25),
              quantile(ratios, 0.75),
              ratioOfMedians(),
              totalRatio()));
      return out.toString();
    }

    private static String side(int prefix, double[] micros) {
      return String.format(
          Locale.ROOT,
          "  after %,d articles: median %.1f us/article (IQR %.1f-%.1f, min %.1f, max %.1f)%n",
          prefix,
          median(micros),
          quantile(micros, 0.25),
          quantile(micros, 0.75),
          Arrays.stream(micros).min().orElseThrow(),
          Arrays.stream(micros).max().orElseThrow());
    }
  }

  /**
   * Feeds {@code warmUpPairs + pairs} blocks of {@code block} articles to each instance,
   * alternating (small first in even pairs, large first in odd ones), and records the thread CPU
   * time of the blocks after the warm-up pairs.
   *
   * @param small the instance that has seen the small prefix
   * @param smallNext its continuation, at least {@code (warmUpPairs + pairs) * block} articles
   * @param large the instance that has seen the large prefix
   * @param largeNext its continuation, as long
   */
  static Result measure(
      int smallPrefix,
      Consumer<Article> small,
      List<Article> smallNext,
      int largePrefix,
      Consumer<Article> large,
      List<Article> largeNext,
      int block,
      int warmUpPairs,
      int pairs) {
    int needed = (warmUpPairs + pairs) * block;
    if (block <= 0 || pairs <= 0 || warmUpPairs < 0) {
      throw new IllegalArgumentException("block and pairs must be positive");
    }
    if (smallNext.size() < needed || largeNext.size() < needed) {
      throw new IllegalArgumentException("continuations need " + needed + " articles each");
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] smallMicros = new double[pairs];
    double[] largeMicros = new double[pairs];
    for (int p = 0; p < warmUpPairs + pairs; p++) {
      int from = p * block;
      long smallNanos;
      long largeNanos;
      if (p % 2 == 0) {
        smallNanos = feed(cpu, small, smallNext.subList(from, from + block));
        largeNanos = feed(cpu, large, largeNext.subList(from, from + block));
      } else {
        largeNanos = feed(cpu, large, largeNext.subList(from, from + block));
        smallNanos = feed(cpu, small, smallNext.subList(from, from + block));
      }
      if (p >= warmUpPairs) {
        smallMicros[p - warmUpPairs] = smallNanos / 1e3 / block;
        largeMicros[p - warmUpPairs] = largeNanos / 1e3 / block;
      }
    }
    return new Result(smallPrefix, largePrefix, block, smallMicros, largeMicros);
  }

  private static long feed(ThreadMXBean cpu, Consumer<Article> target, List<Article> articles) {
    long start = cpu.getCurrentThreadCpuTime();
    articles.forEach(target);
    return cpu.getCurrentThreadCpuTime() - start;
  }

  static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** Quantile {@code q} by linear interpolation between order statistics (R's type 7). */
  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
