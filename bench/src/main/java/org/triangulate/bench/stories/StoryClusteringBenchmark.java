package org.triangulate.bench.stories;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.stories.SinglePassTfIdfBaseline;
import org.triangulate.stories.StoryClusterer;

/**
 * Throughput and scaling of {@link StoryClusterer} on a seeded synthetic stream ({@link
 * SyntheticNews}), single-threaded, beside the naive single-pass tf-idf baseline (every article
 * against every story) measured in the same run. Prints articles per second per core (thread CPU
 * time), the mean cost per article in a window before 10,000 and before the last article, their
 * ratio, and B-cubed F1 against the generated events. The baseline's threshold is the best of a
 * sweep on the first 2,000 articles.
 *
 * <p>The single-run ratio of two windows measured minutes apart swings with the machine's load, so
 * growth is also measured in pairs ({@link PairedGrowth}): a clusterer that has seen the first
 * 10,000 articles of a stream and one that has seen its first 100,000 ({@code --paired
 * SMALL,LARGE}) are fed the articles after their prefixes alternately, in blocks of {@code --block}
 * articles (default: the repair period, 500, so that every block holds one repair), {@code --pairs}
 * pairs after two warm-up pairs; the paired stream is {@link SyntheticNews#generateAtSteadyRate}
 * with the same seed, long enough for the large prefix, the blocks and five days more. The
 * baseline's paired growth compares the baseline of the single run (after {@code
 * --baseline-articles} articles) with one fed a tenth of them, in {@code --baseline-pairs} pairs of
 * 100 articles of the single-run stream. The last line is the headline: the paired growth of the
 * clusterer. {@code --paired-only} skips the single run and the baseline. {@code --paired N,N} is a
 * control: two identical clusterers fed the same articles, whose growth should be 1.
 *
 * <p>Usage: {@code StoryClusteringBenchmark [--articles N] [--baseline-articles M] [--seed S]
 * [--paired SMALL,LARGE] [--block B] [--pairs P] [--baseline-pairs Q] [--paired-only]} (defaults
 * 100000, 20000, 7, 10000,100000, 500, 40, 10).
 */
public final class StoryClusteringBenchmark {
  private static final int WINDOW = 5_000;
  private static final int WARM_UP_PAIRS = 2;
  private static final int BASELINE_BLOCK = 100;

  private StoryClusteringBenchmark() {}

  public static void main(String[] args) {
    int articles = 100_000;
    int baselineArticles = 20_000;
    long seed = 7;
    int pairedSmall = 10_000;
    int pairedLarge = 100_000;
    int block = 0;
    int pairs = 40;
    int baselinePairs = 10;
    boolean pairedOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--baseline-articles" -> baselineArticles = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--paired" -> {
          String[] sizes = args[++i].split(",", -1);
          if (sizes.length != 2) {
            throw new IllegalArgumentException("--paired SMALL,LARGE");
          }
          pairedSmall = Integer.parseInt(sizes[0].trim());
          pairedLarge = Integer.parseInt(sizes[1].trim());
        }
        case "--block" -> block = Integer.parseInt(args[++i]);
        case "--pairs" -> pairs = Integer.parseInt(args[++i]);
        case "--baseline-pairs" -> baselinePairs = Integer.parseInt(args[++i]);
        case "--paired-only" -> pairedOnly = true;
        default ->
            throw new IllegalArgumentException(
                "unknown argument "
                    + args[i]
                    + "; usage: StoryClusteringBenchmark [--articles N] [--baseline-articles M] [--seed"
                    + " S] [--paired SMALL,LARGE] [--block B] [--pairs P] [--baseline-pairs Q]"
                    + " [--paired-only]");
      }
    }
    if (articles < 2 * WINDOW || baselineArticles < 2 * WINDOW) {
      throw new IllegalArgumentException("use at least " + 2 * WINDOW + " articles");
    }
    // SMALL = LARGE is a control: two identical clusterers fed the same articles
    if (pairedSmall <= 0 || pairedLarge < pairedSmall || pairs <= 0 || baselinePairs < 0) {
      throw new IllegalArgumentException("need 0 < SMALL <= LARGE and at least one pair");
    }
    if (block <= 0) {
      int repairEvery = clusterer().settings().repairEvery();
      block = repairEvery > 0 ? repairEvery : 500;
    }
    if (!pairedOnly) {
      singleRun(articles, baselineArticles, seed, baselinePairs);
    }
    PairedGrowth.Result paired = pairedRun(pairedSmall, pairedLarge, seed, block, pairs);
    double[] interval = paired.bootstrapInterval(seed);
    System.out.printf(
        Locale.ROOT,
        "headline: StoryClusterer cost per article after %,d vs %,d articles (paired, same JVM):"
            + " growth %.2f (95%% interval %.2f-%.2f); issue 4: <= 1.3 from 10,000 to 100,000%n",
        pairedLarge,
        pairedSmall,
        paired.growth(),
        interval[0],
        interval[1]);
  }

  /**
   * The paired growth of {@link StoryClusterer}: two clusterers fed the first {@code small} and the
   * first {@code large} articles of one steady-rate stream, then their continuations alternately.
   */
  private static PairedGrowth.Result pairedRun(
      int small, int large, long seed, int block, int pairs) {
    int continuation = (WARM_UP_PAIRS + pairs) * block;
    // five days more at the steady rate, so that no block reaches the thinning end of the stream
    int tail = SyntheticNews.ARTICLES_PER_YEAR * 5 / 365 + 1;
    long generateStart = System.nanoTime();
    List<Article> stream =
        new SyntheticNews(seed)
            .generateAtSteadyRate(large + continuation + tail).stream()
                .map(SyntheticNews.Item::article)
                .toList();
    System.out.printf(
        Locale.ROOT,
        "paired growth, StoryClusterer: generated %,d articles (seed %d, %,d a year) in %.1f s;"
            + " feeding %,d and %,d articles ...%n",
        stream.size(),
        seed,
        SyntheticNews.ARTICLES_PER_YEAR,
        (System.nanoTime() - generateStart) / 1e9,
        small,
        large);
    StoryClusterer smaller = clusterer();
    stream.subList(0, small).forEach(smaller::assign);
    StoryClusterer larger = clusterer();
    stream.subList(0, large).forEach(larger::assign);
    System.out.printf(
        Locale.ROOT,
        "  %,d and %,d stories; then %d pairs of blocks of %,d articles each (after %d warm-up"
            + " pairs), alternating%n",
        smaller.storyCount(),
        larger.storyCount(),
        pairs,
        block,
        WARM_UP_PAIRS);
    PairedGrowth.Result result =
        PairedGrowth.measure(
            small,
            smaller::assign,
            stream.subList(small, small + continuation),
            large,
            larger::assign,
            stream.subList(large, large + continuation),
            block,
            WARM_UP_PAIRS,
            pairs);
    System.out.print(result.describe(seed));
    return result;
  }

  /** The single-run figures (same stream, windows and output as before the paired measurement). */
  private static void singleRun(int articles, int baselineArticles, long seed, int baselinePairs) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long generateStart = System.nanoTime();
    List<SyntheticNews.Item> stream = new SyntheticNews(seed).generate(articles);
    System.out.printf(
        Locale.ROOT,
        "generated %,d articles (seed %d) in %.1f s; %,d events%n",
        stream.size(),
        seed,
        (System.nanoTime() - generateStart) / 1e9,
        stream.get(stream.size() - 1).event() + 1);

    // warm-up on a separate stream so that the JIT has compiled the hot paths
    List<SyntheticNews.Item> warmUp = new SyntheticNews(seed + 1).generate(2 * WINDOW);
    StoryClusterer warm = clusterer();
    warmUp.forEach(item -> warm.assign(item.article()));
    SinglePassTfIdfBaseline warmBaseline = new SinglePassTfIdfBaseline(0.2);
    warmUp.subList(0, WINDOW).forEach(item -> warmBaseline.assign(item.article()));

    StoryClusterer clusterer = clusterer();
    long[] cost = new long[stream.size()];
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    for (int i = 0; i < stream.size(); i++) {
      long t = cpu.getCurrentThreadCpuTime();
      clusterer.assign(stream.get(i).article());
      cost[i] = cpu.getCurrentThreadCpuTime() - t;
    }
    clusterer.repair();
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
    Map<String, String> predicted = new HashMap<>();
    for (SyntheticNews.Item item : stream) {
      predicted.put(item.article().id(), clusterer.storyOf(item.article().id()).orElseThrow().id());
    }
    double early = meanMicros(cost, 2 * WINDOW - WINDOW, 2 * WINDOW);
    double late = meanMicros(cost, stream.size() - WINDOW, stream.size());
    System.out.printf(
        Locale.ROOT,
        "StoryClusterer: %,d articles in %.1f s CPU (%.1f s wall): %,.0f articles/s per core;"
            + " %,d stories%n",
        stream.size(),
        cpuSeconds,
        wallSeconds,
        stream.size() / cpuSeconds,
        clusterer.storyCount());
    System.out.printf(
        Locale.ROOT,
        "  per article: %.1f us at %,d-%,d, %.1f us at %,d-%,d: ratio %.2f%n",
        early,
        WINDOW,
        2 * WINDOW,
        late,
        stream.size() - WINDOW,
        stream.size(),
        late / early);
    System.out.printf(
        Locale.ROOT, "  B3 F1 against the generated events: %.3f%n", b3F1(stream, predicted));

    List<SyntheticNews.Item> head = stream.subList(0, Math.min(baselineArticles, stream.size()));
    double threshold = baselineThreshold(head.subList(0, 2_000));
    SinglePassTfIdfBaseline baseline = new SinglePassTfIdfBaseline(threshold);
    long[] baselineCost = new long[head.size()];
    Map<String, String> baselinePredicted = new HashMap<>();
    cpuStart = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < head.size(); i++) {
      long t = cpu.getCurrentThreadCpuTime();
      int cluster = baseline.assign(head.get(i).article());
      baselineCost[i] = cpu.getCurrentThreadCpuTime() - t;
      baselinePredicted.put(head.get(i).article().id(), Integer.toString(cluster));
    }
    double baselineCpu = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double baselineEarly = meanMicros(baselineCost, WINDOW, 2 * WINDOW);
    double baselineLate = meanMicros(baselineCost, head.size() - WINDOW, head.size());
    double oursOnHead = meanMicros(cost, 0, head.size());
    System.out.printf(
        Locale.ROOT,
        "baseline (single-pass tf-idf, all stories, threshold %.2f): %,d articles in %.1f s CPU:"
            + " %,.0f articles/s per core; %,d stories%n",
        threshold,
        head.size(),
        baselineCpu,
        head.size() / baselineCpu,
        baseline.clusterCount());
    System.out.printf(
        Locale.ROOT,
        "  per article: %.1f us at %,d-%,d, %.1f us at %,d-%,d: ratio %.2f%n",
        baselineEarly,
        WINDOW,
        2 * WINDOW,
        baselineLate,
        head.size() - WINDOW,
        head.size(),
        baselineLate / baselineEarly);
    System.out.printf(
        Locale.ROOT,
        "  B3 F1 on its %,d articles: %.3f (StoryClusterer on the same articles: %.3f)%n",
        head.size(),
        b3F1(head, baselinePredicted),
        b3F1(head, predicted));
    System.out.printf(
        Locale.ROOT,
        "speed-up over the baseline on the first %,d articles: %.1fx (mean %.1f us vs %.1f us);"
            + " at %,d-%,d: %.1fx%n",
        head.size(),
        meanMicros(baselineCost, 0, head.size()) / oursOnHead,
        oursOnHead,
        meanMicros(baselineCost, 0, head.size()),
        head.size() - WINDOW,
        head.size(),
        baselineLate / meanMicros(cost, head.size() - WINDOW, head.size()));

    int baselineSmall = head.size() / 10;
    int baselineContinuation = (WARM_UP_PAIRS + baselinePairs) * BASELINE_BLOCK;
    if (baselinePairs > 0 && head.size() + baselineContinuation <= stream.size()) {
      SinglePassTfIdfBaseline smaller = new SinglePassTfIdfBaseline(threshold);
      head.subList(0, baselineSmall).forEach(item -> smaller.assign(item.article()));
      System.out.printf(
          Locale.ROOT,
          "paired growth, baseline: %,d and %,d clusters; then %d pairs of blocks of %,d articles"
              + " each (after %d warm-up pairs), alternating%n",
          smaller.clusterCount(),
          baseline.clusterCount(),
          baselinePairs,
          BASELINE_BLOCK,
          WARM_UP_PAIRS);
      List<Article> articlesOnly = stream.stream().map(SyntheticNews.Item::article).toList();
      PairedGrowth.Result paired =
          PairedGrowth.measure(
              baselineSmall,
              smaller::assign,
              articlesOnly.subList(baselineSmall, baselineSmall + baselineContinuation),
              head.size(),
              baseline::assign,
              articlesOnly.subList(head.size(), head.size() + baselineContinuation),
              BASELINE_BLOCK,
              WARM_UP_PAIRS,
              baselinePairs);
      System.out.print(paired.describe(seed));
    }
  }

  /** The baseline threshold with the best B-cubed F1 on a prefix of the stream. */
  private static double baselineThreshold(List<SyntheticNews.Item> prefix) {
    double best = 0.1;
    double bestF1 = -1;
    for (int t = 10; t <= 70; t += 5) {
      SinglePassTfIdfBaseline b = new SinglePassTfIdfBaseline(t / 100.0);
      Map<String, String> predicted = new HashMap<>();
      for (SyntheticNews.Item item : prefix) {
        predicted.put(item.article().id(), Integer.toString(b.assign(item.article())));
      }
      double f1 = b3F1(prefix, predicted);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return best;
  }

  private static StoryClusterer clusterer() {
    return StoryClusterer.builder()
        .clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  private static double meanMicros(long[] nanos, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += nanos[i];
    }
    return sum / 1e3 / (to - from);
  }

  /** B-cubed F1 of {@code predicted} against the generated events, over {@code items}. */
  static double b3F1(List<SyntheticNews.Item> items, Map<String, String> predicted) {
    Map<Integer, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> overlap = new HashMap<>();
    for (SyntheticNews.Item item : items) {
      String p = predicted.get(item.article().id());
      goldSize.merge(item.event(), 1, Integer::sum);
      predictedSize.merge(p, 1, Integer::sum);
      overlap.merge(item.event() + "\u0000" + p, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (SyntheticNews.Item item : items) {
      String p = predicted.get(item.article().id());
      double both = overlap.get(item.event() + "\u0000" + p);
      precision += both / predictedSize.get(p);
      recall += both / goldSize.get(item.event());
    }
    precision /= items.size();
    recall /= items.size();
    return 2 * precision * recall / (precision + recall);
  }
}
