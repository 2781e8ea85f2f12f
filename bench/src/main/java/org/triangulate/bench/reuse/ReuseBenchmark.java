package org.triangulate.bench.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.RelationKind;
import org.triangulate.reuse.Aligner;
import org.triangulate.reuse.PreparedArticle;
import org.triangulate.reuse.ProvenanceEngine;

/**
 * Benchmark of the provenance engine on seeded synthetic corpora with planted copies: precision and
 * recall of planted relations, articles per second for candidate generation and for verification,
 * per-article cost as the corpus grows, index memory per article, and a naive all-pairs baseline on
 * a small corpus, with the ratio. Single-threaded, so articles/s are per core. Costs are CPU time
 * of the benchmark thread (ThreadMXBean), so that other processes on the machine do not distort the
 * growth; wall-clock time is printed beside them.
 *
 * <p>Usage: {@code ReuseBenchmark [--no-screening] [--shuffle N] [--undated RATE] [naiveSize]
 * [size...]}, default {@code 300 10000 100000}: one engine run up to the largest size, reported at
 * each size (overall mean and the last 1,000 articles) and the growth between the first and the
 * last. A naive size of 0 skips the baseline. {@code --shuffle N} adds the articles out of
 * publication order, shuffled (seeded) within consecutive blocks of N, as a crawl or backfill
 * would; the sizes must then be multiples of N, so that each checkpoint holds the same articles as
 * in order. {@code --undated RATE} removes the publication date of that share of the articles
 * (seeded), as when a page gives none; the corpus is otherwise the same.
 */
public final class ReuseBenchmark {
  /** Analysed articles the engine keeps in memory ({@code -Dreuse.cacheSize}, default 2,048). */
  private static final int CACHE_SIZE = Integer.getInteger("reuse.cacheSize", 2048);

  /**
   * Candidate window of the engine in days ({@code -Dreuse.windowDays}, default 30, the engine's
   * default); the corpus spans about two years per 100,000 articles (one article every 1-20
   * minutes).
   */
  private static final int WINDOW_DAYS = Integer.getInteger("reuse.windowDays", 30);

  private ReuseBenchmark() {}

  private static final long SEED = 20261123L;

  public static void main(String[] args) throws IOException {
    boolean screening = true;
    int shuffle = 1;
    double undated = 0;
    List<Integer> numbers = new ArrayList<>();
    for (int k = 0; k < args.length; k++) {
      if (args[k].equals("--no-screening")) {
        screening = false;
      } else if (args[k].equals("--shuffle") && k + 1 < args.length) {
        shuffle = Integer.parseInt(args[++k]);
        if (shuffle < 1) {
          throw new IllegalArgumentException("--shuffle needs a block size of 1 or more");
        }
      } else if (args[k].equals("--undated") && k + 1 < args.length) {
        undated = Double.parseDouble(args[++k]);
        if (!(undated >= 0 && undated <= 1)) {
          throw new IllegalArgumentException("--undated needs a share in [0, 1], got " + undated);
        }
      } else {
        numbers.add(Integer.parseInt(args[k]));
      }
    }
    int naiveSize = numbers.isEmpty() ? 300 : numbers.get(0);
    List<Integer> sizes = numbers.size() > 1 ? numbers.subList(1, numbers.size()) : List.of();
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000);
    }
    System.out.printf(
        Locale.ROOT,
        "planted rates: syndicated 0.15, partial 0.10, rewrite 0.10, independent same-story 0.10;"
            + " names taken from an earlier story: place %.2f, neighbouring place %.2f, surname"
            + " %.2f, organisation %.2f (else fresh); seed %d; lexical channels only (no embedding"
            + " model)%n",
        CorpusGenerator.PLACE_REUSE,
        CorpusGenerator.OTHER_REUSE,
        CorpusGenerator.SURNAME_REUSE,
        CorpusGenerator.ORG_REUSE,
        SEED);
    if (naiveSize > 0) {
      naive(naiveSize, screening);
    }
    for (int size : sizes) {
      if (size % shuffle != 0) {
        throw new IllegalArgumentException(
            "with --shuffle " + shuffle + " every size must be a multiple of it, got " + size);
      }
    }
    if (shuffle > 1) {
      System.out.printf(
          Locale.ROOT,
          "articles added out of order: shuffled within blocks of %d (seed %d)%n",
          shuffle,
          SEED);
    }
    if (undated > 0) {
      System.out.printf(
          Locale.ROOT, "publication date removed from a share of %.2f of the articles%n", undated);
    }
    engine(sizes, screening, shuffle, undated);
  }

  /** The articles with the publication date of a seeded share of them removed. */
  private static List<Article> undate(List<Article> articles, double share) {
    if (share == 0) {
      return articles;
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(SEED + 1);
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      out.add(random.nextDouble() < share ? a.toBuilder().published(null).build() : a);
    }
    return out;
  }

  /** The articles in the order they are added: shuffled within consecutive blocks. */
  private static List<Article> addingOrder(List<Article> articles, int block) {
    List<Article> out = new ArrayList<>(articles);
    java.util.Random random = new java.util.Random(SEED);
    for (int from = 0; from < out.size(); from += block) {
      java.util.Collections.shuffle(out.subList(from, Math.min(out.size(), from + block)), random);
    }
    return out;
  }

  private static CorpusGenerator generator() {
    return new CorpusGenerator(SEED, 0.15, 0.10, 0.10, 0.10);
  }

  private static void naive(int size, boolean screening) throws IOException {
    CorpusGenerator.Corpus corpus = generator().generate(size);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Aligner aligner = Aligner.builder().build();
    long t0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    Set<String> found = new HashSet<>();
    Map<String, RelationKind> kinds = new HashMap<>();
    List<Article> articles = corpus.articles();
    List<PreparedArticle> prepared = articles.stream().map(aligner::prepare).toList();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = 0; j < i; j++) {
        Alignment a = aligner.align(prepared.get(i), prepared.get(j));
        if (a.kind().isCopy()) {
          String key = key(a.firstId(), a.secondId());
          found.add(key);
          kinds.put(key, a.kind());
        }
      }
    }
    long naiveNanos = System.nanoTime() - t0;
    long naiveCpu = threads.getCurrentThreadCpuTime() - c0;
    Result naive = score(corpus, found, kinds);
    Path folder = Files.createTempDirectory("reuse-bench-naive");
    long t1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    Result ours;
    try (ProvenanceEngine engine =
        ProvenanceEngine.builder().folder(folder).screening(screening).build()) {
      for (Article a : articles) {
        engine.add(a);
      }
      engine.commit();
      ours = collect(engine, corpus);
    }
    long engineNanos = System.nanoTime() - t1;
    long engineCpu = threads.getCurrentThreadCpuTime() - c1;
    delete(folder);
    System.out.printf(
        Locale.ROOT,
        "naive all-pairs (each article analysed once), %d articles (%d pairs): wall %.1f s, CPU"
            + " %.1f s, %s%n",
        size,
        (long) size * (size - 1) / 2,
        naiveNanos / 1e9,
        naiveCpu / 1e9,
        naive.format());
    System.out.printf(
        Locale.ROOT,
        "engine, same %d articles: wall %.2f s, CPU %.2f s, %s%n",
        size,
        engineNanos / 1e9,
        engineCpu / 1e9,
        ours.format());
    System.out.printf(
        Locale.ROOT,
        "speed-up engine vs naive (CPU time of the benchmark thread): %.1fx%n",
        naiveCpu / (double) engineCpu);
  }

  /**
   * One engine run over the largest size, with a report at each checkpoint (each requested size):
   * the first articles of a larger corpus are the same as those of a smaller one (the generator
   * draws article by article), so the state at a checkpoint is the state of a run of that size.
   */
  private static void engine(
      List<Integer> checkpoints, boolean screening, int shuffle, double undated)
      throws IOException {
    int size = checkpoints.stream().mapToInt(Integer::intValue).max().orElseThrow();
    CorpusGenerator.Corpus corpus = generator().generate(size);
    Path folder = Files.createTempDirectory("reuse-bench");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.gc();
    long heapBefore = usedHeap();
    long[] cpu = new long[size + 1];
    List<Checkpoint> reports = new ArrayList<>();
    long wall0 = System.nanoTime();
    try (ProvenanceEngine engine =
        ProvenanceEngine.builder()
            .folder(folder)
            .cacheSize(CACHE_SIZE)
            .candidateWindow(java.time.Duration.ofDays(WINDOW_DAYS))
            .screening(screening)
            .build()) {
      List<Article> articles = addingOrder(undate(corpus.articles(), undated), shuffle);
      // CPU time of commits, garbage collection and scoring at checkpoints is left out.
      long excludedCpu = 0;
      long pausedWall = 0;
      cpu[0] = threads.getCurrentThreadCpuTime();
      long process0 = processCpu();
      for (int k = 0; k < size; k++) {
        engine.add(articles.get(k));
        cpu[k + 1] = threads.getCurrentThreadCpuTime() - excludedCpu;
        if ((k + 1) % PROGRESS == 0) {
          ProvenanceEngine.Stats stats = engine.stats();
          System.out.printf(
              Locale.ROOT,
              "  %d articles: CPU %.2f ms/article over the last %d, wall %.0f s so far, %.1f"
                  + " candidates and %.2f read-backs per article so far%n",
              k + 1,
              (cpu[k + 1] - cpu[k + 1 - PROGRESS]) / 1e6 / PROGRESS,
              PROGRESS,
              (System.nanoTime() - wall0 - pausedWall) / 1e9,
              stats.candidatePairs() / (double) (k + 1),
              stats.readBack() / (double) (k + 1));
        }
        if (checkpoints.contains(k + 1)) {
          long wall = System.nanoTime() - wall0 - pausedWall;
          long process = processCpu() - process0;
          long pause = System.nanoTime();
          engine.commit();
          ProvenanceEngine.Stats stats = engine.stats();
          System.gc();
          long heap = usedHeap() - heapBefore;
          Result result = collect(engine, corpus, k + 1);
          Checkpoint c =
              new Checkpoint(k + 1, wall, process, cpu, stats, heap, size(folder), result);
          c.print(screening);
          reports.add(c);
          excludedCpu = threads.getCurrentThreadCpuTime() - cpu[k + 1];
          pausedWall += System.nanoTime() - pause;
        }
      }
    }
    delete(folder);
    if (reports.size() >= 2) {
      Checkpoint first = reports.get(0);
      Checkpoint last = reports.get(reports.size() - 1);
      System.out.printf(
          Locale.ROOT,
          "growth %d -> %d articles (CPU time of the benchmark thread): overall mean %.2f -> %.2f"
              + " ms/article (%.2fx), last %d articles %.2f -> %.2f ms/article (%.2fx)%n",
          first.articles(),
          last.articles(),
          first.meanMillis(),
          last.meanMillis(),
          last.meanMillis() / first.meanMillis(),
          TAIL,
          first.tailMillis(),
          last.tailMillis(),
          last.tailMillis() / first.tailMillis());
    }
  }

  private static final int TAIL = 1000;
  private static final int PROGRESS = 5000;

  /** What one checkpoint measured. */
  record Checkpoint(
      int articles,
      long wallNanos,
      long processNanos,
      long[] cpu,
      ProvenanceEngine.Stats stats,
      long heapBytes,
      long diskBytes,
      Result result) {
    double meanMillis() {
      return (cpu[articles] - cpu[0]) / 1e6 / articles;
    }

    int tail() {
      return Math.min(TAIL, articles / 10);
    }

    double tailMillis() {
      return (cpu[articles] - cpu[articles - tail()]) / 1e6 / tail();
    }

    void print(boolean screening) {
      double cpuSeconds = (cpu[articles] - cpu[0]) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "engine%s, %d articles: wall %.1f s, CPU of the process %.1f s (all threads, with"
              + " checkpoints, GC and Lucene merges), CPU of the benchmark thread %.1f s; CPU %.2f"
              + " ms/article overall, %.2f ms/article over the last %d%n",
          screening ? "" : " (screening off)",
          articles,
          wallNanos / 1e9,
          processNanos / 1e9,
          cpuSeconds,
          meanMillis(),
          tailMillis(),
          tail());
      System.out.printf(
          Locale.ROOT,
          "  per core (CPU time): candidate generation (analysis + postings) %.0f articles/s,"
              + " verification %.0f articles/s (%.1f candidates per article: %.1f screened by"
              + " sketch, %.1f aligned, %.1f of them read back from the index), index writes %.0f"
              + " articles/s%n",
          articles / (stats.candidateNanos() / 1e9),
          articles / (stats.verifyNanos() / 1e9),
          stats.candidatePairs() / (double) articles,
          stats.screenedPairs() / (double) articles,
          (stats.candidatePairs() - stats.screenedPairs()) / (double) articles,
          stats.readBack() / (double) articles,
          articles / (stats.indexNanos() / 1e9));
      System.out.printf(
          Locale.ROOT,
          "  memory: heap %.1f KiB/article (after GC; includes the cache of %,d analysed articles,"
              + " all relations, postings of %d entries / %d keys, sketches %.1f KiB/article),"
              + " disk %.1f KiB/article (stored text included); candidate window %d days%n",
          heapBytes / 1024.0 / articles,
          CACHE_SIZE,
          stats.postingEntries(),
          stats.postingKeys(),
          stats.sketchBytes() / 1024.0 / articles,
          diskBytes / 1024.0 / articles,
          WINDOW_DAYS);
      System.out.printf(Locale.ROOT, "  %s%n", result.format());
    }
  }

  /** Precision, recall and kind accuracy of copy relations. */
  record Result(int planted, int found, double precision, double recall, double kindAccuracy) {
    String format() {
      return String.format(
          Locale.ROOT,
          "planted %d, copy relations found %d, precision %.3f, recall %.3f, kind right on %.3f of"
              + " the planted ones found",
          planted,
          found,
          precision,
          recall,
          kindAccuracy);
    }
  }

  private static Result collect(ProvenanceEngine engine, CorpusGenerator.Corpus corpus) {
    return collect(engine, corpus, corpus.articles().size());
  }

  /** Scores the relations among the first {@code upTo} articles. */
  private static Result collect(ProvenanceEngine engine, CorpusGenerator.Corpus corpus, int upTo) {
    Set<String> found = new HashSet<>();
    Map<String, RelationKind> kinds = new HashMap<>();
    for (Article a : corpus.articles().subList(0, upTo)) {
      for (Alignment r : engine.relationsOf(a.id())) {
        if (r.kind().isCopy()) {
          String key = key(r.firstId(), r.secondId());
          found.add(key);
          kinds.put(key, r.kind());
        }
      }
    }
    return score(corpus, found, kinds, upTo);
  }

  private static Result score(
      CorpusGenerator.Corpus corpus, Set<String> found, Map<String, RelationKind> kinds) {
    return score(corpus, found, kinds, corpus.articles().size());
  }

  private static Result score(
      CorpusGenerator.Corpus corpus, Set<String> found, Map<String, RelationKind> kinds, int upTo) {
    Set<String> inRange = new HashSet<>();
    for (Article a : corpus.articles().subList(0, upTo)) {
      inRange.add(a.id());
    }
    List<CorpusGenerator.Planted> planted =
        corpus.planted().stream().filter(p -> inRange.contains(p.copy())).toList();
    int hit = 0;
    int kindRight = 0;
    for (CorpusGenerator.Planted p : planted) {
      String key = key(p.copy(), p.source());
      if (found.contains(key)) {
        hit++;
        if (kinds.get(key) == p.kind()) {
          kindRight++;
        }
      }
    }
    int correct = 0;
    Map<RelationKind, Integer> wrong = new java.util.TreeMap<>();
    for (String key : found) {
      String[] ids = key.split("\\|");
      if (corpus.lineageOf().get(ids[0]).equals(corpus.lineageOf().get(ids[1]))) {
        correct++;
      } else {
        wrong.merge(kinds.get(key), 1, Integer::sum);
      }
    }
    System.out.println("  false copy relations by kind: " + wrong);
    return new Result(
        planted.size(),
        found.size(),
        found.isEmpty() ? 0 : correct / (double) found.size(),
        planted.isEmpty() ? 0 : hit / (double) planted.size(),
        hit == 0 ? 0 : kindRight / (double) hit);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  /** CPU time of the whole process where the JVM reports it, else -1. */
  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(ReuseBenchmark::fileSize).sum();
    }
  }

  private static long fileSize(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
