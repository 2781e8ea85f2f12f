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
 * <p>Usage: {@code StoryClusteringBenchmark [--articles N] [--baseline-articles M] [--seed S]}
 * (defaults 100000, 20000, 7).
 */
public final class StoryClusteringBenchmark {
  private static final int WINDOW = 5_000;

  private StoryClusteringBenchmark() {}

  public static void main(String[] args) {
    int articles = 100_000;
    int baselineArticles = 20_000;
    long seed = 7;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--baseline-articles" -> baselineArticles = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown argument "
                    + args[i]
                    + "; usage: StoryClusteringBenchmark [--articles N] [--baseline-articles M] [--seed"
                    + " S]");
      }
    }
    if (articles < 2 * WINDOW || baselineArticles < 2 * WINDOW) {
      throw new IllegalArgumentException("use at least " + 2 * WINDOW + " articles");
    }
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
