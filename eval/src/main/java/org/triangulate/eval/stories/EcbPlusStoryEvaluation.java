package org.triangulate.eval.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.eval.Datasets;
import org.triangulate.stories.ClusterSettings;
import org.triangulate.stories.MergeModel;
import org.triangulate.stories.MergeTrainer;
import org.triangulate.stories.SinglePassTfIdfBaseline;
import org.triangulate.stories.StoryClusterer;

/**
 * Story clustering on ECB+ (dev part, topics 1-35): the gold story of a text is its topic and part
 * ({@code ecb} or {@code ecbplus}), two different real-world events of the same kind per topic.
 * Prints B-cubed and pairwise scores of {@link StoryClusterer} beside a single-pass tf-idf baseline
 * measured in the same run, for two stream orders, over all topics and over the training and
 * held-out topics separately.
 *
 * <p>ECB+ has no dates, so every article is undated and gets the same ingest time: time decay plays
 * no part and only the text decides. Orders: <em>interleaved</em> takes the first text of every
 * gold story, then the second of every story, and so on (66 events running at once, the two events
 * of a topic side by side); <em>shuffled</em> is a seeded random permutation.
 *
 * <p>Usage: {@code EcbPlusStoryEvaluation [--tune] [--train] [--hand-set] [--errors] [--seed N]};
 * {@code --errors} prints, per order and topic, the clusters holding the topic's texts with how
 * many texts of each event they hold, and counts topics whose two events share a cluster; {@code
 * --tune} grid-searches the hand-set settings on the training topics only (mean B-cubed F1 of both
 * orders) and uses the best; {@code --train} refits the learned join model ({@link MergeModel}) on
 * the training topics only: it replays both orders restricted to the training texts with gold joins
 * ({@link MergeTrainer#replay}, the pair of each article with its best candidate), fits the
 * logistic weights (L2 1.0), chooses the join probability by mean training B-cubed F1 of both
 * orders, prints the model as Java source for {@link ClusterSettings} and uses it; {@code
 * --hand-set} evaluates the hand-set decision instead of the learned model; {@code --streams N} (N
 * >= 2) also prints the StoryClusterer's B-cubed F1 on N streams (interleaved, then shuffled with
 * seeds 20261123, 1, 2, ...) and their mean, all / training / held-out: single orders swing by a
 * point, so settings are compared on this mean; {@code --train-orders N} (N >= 2) makes {@code
 * --train} fit on N orders instead of two: the interleaved, the shuffled and N - 2 more shuffled
 * with seeds 101, 102, ... (apart from the seeds of {@code --streams}).
 */
public final class EcbPlusStoryEvaluation {
  /** Topics held out from tuning (the validation topics of the common ECB+ split). */
  public static final Set<Integer> HELD_OUT = Set.of(2, 5, 12, 18, 21, 23, 34, 35);

  private static final Clock INGEST =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private EcbPlusStoryEvaluation() {}

  public static void main(String[] args) throws IOException {
    boolean tune = false;
    boolean train = false;
    boolean handSet = false;
    boolean errors = false;
    int streams = 0;
    int trainOrders = 2;
    long seed = 20_261_123L;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--tune" -> tune = true;
        case "--train" -> train = true;
        case "--hand-set" -> handSet = true;
        case "--errors" -> errors = true;
        case "--seed" -> seed = number(args, ++i, Long.MIN_VALUE);
        case "--streams" -> streams = (int) number(args, ++i, 2);
        case "--train-orders" -> trainOrders = (int) number(args, ++i, 2);
        default ->
            throw new IllegalArgumentException(
                "unknown argument "
                    + args[i]
                    + "; usage: EcbPlusStoryEvaluation [--tune] [--train] [--hand-set] [--errors]"
                    + " [--train-orders N] [--seed N] [--streams N]");
      }
    }
    Optional<Path> root = Datasets.find("ecbplus-dev");
    if (root.isEmpty()) {
      System.out.println(
          "ecbplus-dev is not available under " + Datasets.archives() + "; nothing to evaluate");
      return;
    }
    List<EcbPlusDocument> docs = EcbPlusReader.read(root.get());
    Map<String, String> gold = new LinkedHashMap<>();
    Set<String> trainTexts = new HashSet<>();
    Set<String> heldOut = new HashSet<>();
    for (EcbPlusDocument d : docs) {
      gold.put(d.name(), d.goldStory());
      (HELD_OUT.contains(d.topic()) ? heldOut : trainTexts).add(d.name());
    }
    Map<String, List<Article>> orders = new LinkedHashMap<>();
    orders.put("interleaved", articles(interleaved(docs)));
    orders.put("shuffled(seed " + seed + ")", articles(shuffled(docs, seed)));
    System.out.printf(
        Locale.ROOT,
        "ECB+ dev (%s): %d texts, %d gold stories; %d training texts, %d held-out texts (topics %s)%n",
        root.get(),
        docs.size(),
        new HashSet<>(gold.values()).size(),
        trainTexts.size(),
        heldOut.size(),
        new java.util.TreeSet<>(HELD_OUT));

    ClusterSettings settings = ClusterSettings.calibrated();
    if (handSet || tune) {
      settings = settings.toBuilder().mergeModel(MergeModel.NONE).build();
    }
    if (tune) {
      settings = tune(orders, gold, trainTexts);
    }
    if (train) {
      Map<String, List<Article>> fitOrders = new LinkedHashMap<>(orders);
      for (int extra = 1; fitOrders.size() < trainOrders; extra++) {
        // seeds 101, 102, ...: apart from the seeds of the --streams orders
        fitOrders.put(
            "shuffled(seed " + (100 + extra) + ")", articles(shuffled(docs, 100 + extra)));
      }
      settings = train(fitOrders, gold, trainTexts, settings);
    }
    double baselineThreshold = tuneBaseline(orders, gold, trainTexts);
    System.out.printf(
        Locale.ROOT,
        "settings: %s%nbaseline: single-pass tf-idf, threshold %.2f (best on training topics)%n%n",
        settings,
        baselineThreshold);
    for (Map.Entry<String, List<Article>> order : orders.entrySet()) {
      long start = System.nanoTime();
      Map<String, String> ours = runClusterer(order.getValue(), settings);
      long ourNanos = System.nanoTime() - start;
      start = System.nanoTime();
      Map<String, Integer> baseline = runBaseline(order.getValue(), baselineThreshold);
      long baselineNanos = System.nanoTime() - start;
      System.out.println("order " + order.getKey());
      print("StoryClusterer", gold, ours, trainTexts, heldOut);
      print("single-pass tf-idf baseline", gold, baseline, trainTexts, heldOut);
      if (errors) {
        printErrors(gold, ours);
      }
      System.out.printf(
          Locale.ROOT,
          "  time: StoryClusterer %.0f ms, baseline %.0f ms%n%n",
          ourNanos / 1e6,
          baselineNanos / 1e6);
    }
    if (streams >= 2) {
      printStreams(docs, gold, trainTexts, heldOut, settings, streams);
    }
  }

  /**
   * The whole number after option {@code args[i - 1]}, at least {@code least}; throws naming the
   * option when it is missing or not such a number.
   */
  static long number(String[] args, int i, long least) {
    String option = args[i - 1];
    long value;
    try {
      value = Long.parseLong(i < args.length ? args[i] : "");
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " needs a whole number, got " + (i < args.length ? "'" + args[i] + "'" : "none"),
          e);
    }
    if (value < least || least > Long.MIN_VALUE && value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          option + " needs a whole number of at least " + least + ", got " + value);
    }
    return value;
  }

  /** B-cubed F1 all / training / held-out on {@code count} stream orders and their mean. */
  static void printStreams(
      List<EcbPlusDocument> docs,
      Map<String, String> gold,
      Set<String> train,
      Set<String> heldOut,
      ClusterSettings settings,
      int count) {
    double[] sum = new double[3];
    for (int s = 0; s < count; s++) {
      List<EcbPlusDocument> order;
      String name;
      if (s == 0) {
        order = interleaved(docs);
        name = "interleaved";
      } else {
        long seed = s == 1 ? 20_261_123L : s - 1;
        order = shuffled(docs, seed);
        name = "shuffled " + seed;
      }
      Map<String, String> ours = runClusterer(articles(order), settings);
      double[] f1 = {
        ClusterScores.of(gold, ours, null).b3F1(),
        ClusterScores.of(gold, ours, train).b3F1(),
        ClusterScores.of(gold, ours, heldOut).b3F1()
      };
      for (int i = 0; i < 3; i++) {
        sum[i] += f1[i];
      }
      System.out.printf(
          Locale.ROOT,
          "stream %-18s B3 F1 all %.4f train %.4f held-out %.4f%n",
          name,
          f1[0],
          f1[1],
          f1[2]);
    }
    System.out.printf(
        Locale.ROOT,
        "mean of %d streams     B3 F1 all %.4f train %.4f held-out %.4f%n",
        count,
        sum[0] / count,
        sum[1] / count,
        sum[2] / count);
  }

  private static <L> void print(
      String name,
      Map<String, String> gold,
      Map<String, L> predicted,
      Set<String> train,
      Set<String> heldOut) {
    System.out.println("  " + ClusterScores.of(gold, predicted, null).row(name + " all"));
    System.out.println("  " + ClusterScores.of(gold, predicted, train).row(name + " train"));
    System.out.println("  " + ClusterScores.of(gold, predicted, heldOut).row(name + " held-out"));
  }

  /**
   * Per topic, the clusters holding its texts and how many texts of each gold story they hold
   * ({@code story-12: 9-ecb 2, 9-ecbplus 13}); then the topics whose two events share a cluster.
   */
  static void printErrors(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Map<String, Map<String, Integer>>> byTopic = new java.util.TreeMap<>();
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      String story = gold.get(e.getKey());
      String topic = story.substring(0, story.indexOf('-'));
      byTopic
          .computeIfAbsent(topic, k -> new java.util.TreeMap<>())
          .computeIfAbsent(e.getValue(), k -> new java.util.TreeMap<>())
          .merge(story, 1, Integer::sum);
    }
    List<String> merged = new ArrayList<>();
    int fragments = 0;
    for (Map.Entry<String, Map<String, Map<String, Integer>>> topic : byTopic.entrySet()) {
      StringBuilder line = new StringBuilder("  topic " + topic.getKey() + ":");
      boolean mixed = false;
      Map<String, Integer> clustersPerStory = new HashMap<>();
      for (Map.Entry<String, Map<String, Integer>> cluster : topic.getValue().entrySet()) {
        line.append(" [").append(cluster.getKey()).append(':');
        cluster
            .getValue()
            .forEach((story, n) -> line.append(' ').append(story).append(' ').append(n));
        line.append(']');
        mixed |= cluster.getValue().size() > 1;
        for (String story : cluster.getValue().keySet()) {
          clustersPerStory.merge(story, 1, Integer::sum);
        }
      }
      for (int n : clustersPerStory.values()) {
        fragments += n - 1;
      }
      if (mixed) {
        merged.add(topic.getKey());
      }
      System.out.println(line);
    }
    System.out.printf(
        Locale.ROOT,
        "  topics with both events in one cluster: %d %s; extra clusters of gold stories"
            + " (fragments): %d%n",
        merged.size(),
        merged,
        fragments);
  }

  /** Runs the clusterer over the stream; article id to story id. */
  public static Map<String, String> runClusterer(List<Article> stream, ClusterSettings settings) {
    StoryClusterer clusterer = StoryClusterer.builder().settings(settings).clock(INGEST).build();
    for (Article a : stream) {
      clusterer.assign(a);
    }
    clusterer.repair();
    Map<String, String> out = new HashMap<>();
    for (Article a : stream) {
      out.put(a.id(), clusterer.storyOf(a.id()).orElseThrow().id());
    }
    return out;
  }

  static Map<String, Integer> runBaseline(List<Article> stream, double threshold) {
    SinglePassTfIdfBaseline baseline = new SinglePassTfIdfBaseline(threshold);
    Map<String, Integer> out = new HashMap<>();
    for (Article a : stream) {
      out.put(a.id(), baseline.assign(a));
    }
    return out;
  }

  private static double tuneBaseline(
      Map<String, List<Article>> orders, Map<String, String> gold, Set<String> train) {
    double best = 0;
    double bestF1 = -1;
    for (int t = 2; t <= 60; t += 2) {
      double threshold = t / 100.0;
      double f1 = 0;
      for (List<Article> stream : orders.values()) {
        f1 += ClusterScores.of(gold, runBaseline(stream, threshold), train).b3F1();
      }
      if (f1 > bestF1) {
        bestF1 = f1;
        best = threshold;
      }
    }
    return best;
  }

  /** Fits the join model on the training texts of every order and picks its join probability. */
  private static ClusterSettings train(
      Map<String, List<Article>> orders,
      Map<String, String> gold,
      Set<String> trainTexts,
      ClusterSettings base) {
    List<MergeTrainer.Examples> examples = new ArrayList<>();
    for (Map.Entry<String, List<Article>> order : orders.entrySet()) {
      List<Article> stream = new ArrayList<>();
      for (Article a : order.getValue()) {
        if (trainTexts.contains(a.id())) {
          stream.add(a);
        }
      }
      MergeTrainer.Examples e = MergeTrainer.replay(stream, gold, base, true);
      System.out.printf(
          Locale.ROOT,
          "train: %s, %d training texts: %d pairs, %d of the same event%n",
          order.getKey(),
          stream.size(),
          e.size(),
          e.positives());
      examples.add(e);
    }
    MergeModel fitted = MergeTrainer.fit(examples, 1.0, 0.5);
    ClusterSettings best = base;
    double bestF1 = -1;
    for (int p = 40; p <= 80; p += 5) {
      ClusterSettings s =
          base.toBuilder().mergeModel(fitted.withJoinProbability(p / 100.0)).build();
      double f1 = 0;
      for (List<Article> stream : orders.values()) {
        f1 += ClusterScores.of(gold, runClusterer(stream, s), trainTexts).b3F1();
      }
      f1 /= orders.size();
      System.out.printf(
          Locale.ROOT,
          "train: join probability %.2f: train B3 F1 %.4f (mean of %d orders)%n",
          p / 100.0,
          f1,
          orders.size());
      if (f1 > bestF1) {
        bestF1 = f1;
        best = s;
      }
    }
    System.out.println("train: fitted model (paste into ClusterSettings.LEARNED):");
    System.out.println(best.mergeModel().toJava());
    return best;
  }

  private static ClusterSettings tune(
      Map<String, List<Article>> orders, Map<String, String> gold, Set<String> train) {
    ClusterSettings base =
        ClusterSettings.calibrated().toBuilder().mergeModel(MergeModel.NONE).build();
    ClusterSettings best = base;
    double bestF1 = -1;
    double[] entityShares = {0.5, 0.65};
    double[] titles = {0.0, 0.15};
    double[] gates = {0.3, 0.4};
    for (double entityShare : entityShares) {
      for (double title : titles) {
        for (double gate : gates) {
          for (int j = 11; j <= 15; j += 2) {
            double join = j / 100.0;
            ClusterSettings s =
                base.toBuilder()
                    .weights((1 - entityShare) * (1 - title), entityShare * (1 - title), title)
                    .nameGate(gate)
                    .joinThreshold(join)
                    .build();
            double f1 = 0;
            for (List<Article> stream : orders.values()) {
              f1 += ClusterScores.of(gold, runClusterer(stream, s), train).b3F1();
            }
            f1 /= orders.size();
            if (f1 > bestF1) {
              bestF1 = f1;
              best = s;
            }
            System.out.printf(
                Locale.ROOT,
                "tune: train B3 F1 %.4f (mean of both orders) entityShare %.2f title %.2f gate"
                    + " %.2f join %.2f%n",
                f1,
                entityShare,
                title,
                gate,
                join);
          }
        }
      }
    }
    return best;
  }

  /** The documents in a seeded random order. */
  static List<EcbPlusDocument> shuffled(List<EcbPlusDocument> docs, long seed) {
    List<EcbPlusDocument> out = new ArrayList<>(docs);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  /** Round-robin over gold stories: the first text of each, then the second of each, and so on. */
  static List<EcbPlusDocument> interleaved(List<EcbPlusDocument> docs) {
    Map<String, List<EcbPlusDocument>> byStory = new LinkedHashMap<>();
    for (EcbPlusDocument d : docs) {
      byStory.computeIfAbsent(d.goldStory(), k -> new ArrayList<>()).add(d);
    }
    List<EcbPlusDocument> out = new ArrayList<>();
    for (int round = 0; out.size() < docs.size(); round++) {
      for (List<EcbPlusDocument> story : byStory.values()) {
        if (round < story.size()) {
          out.add(story.get(round));
        }
      }
    }
    return out;
  }

  static List<Article> articles(List<EcbPlusDocument> docs) {
    List<Article> out = new ArrayList<>();
    for (EcbPlusDocument d : docs) {
      ArticleBuilder b =
          Article.builder("ecbplus-dev/ECB+/" + d.topic() + "/" + d.name())
              .id(d.name())
              .title(d.title().isBlank() ? null : d.title())
              .language("en");
      for (String sentence : d.sentences()) {
        b.paragraph(sentence);
      }
      out.add(b.build());
    }
    return out;
  }
}
