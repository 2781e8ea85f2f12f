package org.triangulate.bench.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * per-article time as the corpus grows, index memory per article, and a naive all-pairs baseline on
 * a small corpus, with the ratio. Single-threaded, so articles/s are per core.
 *
 * <p>Usage: {@code ReuseBenchmark [naiveSize] [size...]}, default {@code 300 10000 50000}.
 */
public final class ReuseBenchmark {
  private ReuseBenchmark() {}

  private static final long SEED = 20261123L;

  public static void main(String[] args) throws IOException {
    int naiveSize = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    List<Integer> sizes = new ArrayList<>();
    for (int k = 1; k < args.length; k++) {
      sizes.add(Integer.parseInt(args[k]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 50_000);
    }
    System.out.printf(
        Locale.ROOT,
        "planted rates: syndicated 0.15, partial 0.10, rewrite 0.10, independent same-story 0.10;"
            + " seed %d; lexical channels only (no embedding model)%n",
        SEED);
    naive(naiveSize);
    for (int size : sizes) {
      engine(size);
    }
  }

  private static CorpusGenerator generator() {
    return new CorpusGenerator(SEED, 0.15, 0.10, 0.10, 0.10);
  }

  private static void naive(int size) throws IOException {
    CorpusGenerator.Corpus corpus = generator().generate(size);
    Aligner aligner = Aligner.builder().build();
    long t0 = System.nanoTime();
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
    Result naive = score(corpus, found, kinds);
    Path folder = Files.createTempDirectory("reuse-bench-naive");
    long t1 = System.nanoTime();
    Result ours;
    try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(folder).build()) {
      for (Article a : articles) {
        engine.add(a);
      }
      engine.commit();
      ours = collect(engine, corpus);
    }
    long engineNanos = System.nanoTime() - t1;
    delete(folder);
    System.out.printf(
        Locale.ROOT,
        "naive all-pairs (each article analysed once), %d articles (%d pairs): %.1f s, %s%n",
        size,
        (long) size * (size - 1) / 2,
        naiveNanos / 1e9,
        naive.format());
    System.out.printf(
        Locale.ROOT,
        "engine, same %d articles: %.2f s, %s%n",
        size,
        engineNanos / 1e9,
        ours.format());
    System.out.printf(
        Locale.ROOT, "speed-up engine vs naive: %.1fx%n", naiveNanos / (double) engineNanos);
  }

  private static void engine(int size) throws IOException {
    CorpusGenerator.Corpus corpus = generator().generate(size);
    Path folder = Files.createTempDirectory("reuse-bench");
    System.gc();
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    int tail = Math.min(1000, size / 10);
    long tailStart = 0;
    Result result;
    ProvenanceEngine.Stats stats;
    long heapAfter;
    try (ProvenanceEngine engine =
        ProvenanceEngine.builder().folder(folder).cacheSize(2048).build()) {
      List<Article> articles = corpus.articles();
      for (int k = 0; k < articles.size(); k++) {
        if (k == articles.size() - tail) {
          tailStart = System.nanoTime();
        }
        engine.add(articles.get(k));
      }
      long end = System.nanoTime();
      engine.commit();
      stats = engine.stats();
      System.gc();
      heapAfter = usedHeap();
      result = collect(engine, corpus);
      double total = (end - t0) / 1e9;
      double tailPerArticle = (end - tailStart) / 1e6 / tail;
      System.out.printf(
          Locale.ROOT,
          "engine, %d articles: %.1f s total, %.2f ms/article overall, %.2f ms/article over the"
              + " last %d; candidates %.0f articles/s, verification %.0f articles/s (%.1f"
              + " candidates verified per article), index writes %.0f articles/s%n",
          size,
          total,
          total * 1e3 / size,
          tailPerArticle,
          tail,
          size / (stats.candidateNanos() / 1e9),
          size / (stats.verifyNanos() / 1e9),
          stats.candidatePairs() / (double) size,
          size / (stats.indexNanos() / 1e9));
    }
    long disk = size(folder);
    System.out.printf(
        Locale.ROOT,
        "  memory: heap %.1f KiB/article (postings %d entries, %d keys; includes the cache of 2048"
            + " analysed articles and all relations), disk %.1f KiB/article (stored text"
            + " included)%n",
        (heapAfter - heapBefore) / 1024.0 / size,
        stats.postingEntries(),
        stats.postingKeys(),
        disk / 1024.0 / size);
    System.out.printf(Locale.ROOT, "  %s%n", result.format());
    delete(folder);
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
    Set<String> found = new HashSet<>();
    Map<String, RelationKind> kinds = new HashMap<>();
    for (Article a : corpus.articles()) {
      for (Alignment r : engine.relationsOf(a.id())) {
        if (r.kind().isCopy()) {
          String key = key(r.firstId(), r.secondId());
          found.add(key);
          kinds.put(key, r.kind());
        }
      }
    }
    return score(corpus, found, kinds);
  }

  private static Result score(
      CorpusGenerator.Corpus corpus, Set<String> found, Map<String, RelationKind> kinds) {
    int hit = 0;
    int kindRight = 0;
    for (CorpusGenerator.Planted p : corpus.planted()) {
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
        corpus.planted().size(),
        found.size(),
        found.isEmpty() ? 0 : correct / (double) found.size(),
        corpus.planted().isEmpty() ? 0 : hit / (double) corpus.planted().size(),
        hit == 0 ? 0 : kindRight / (double) hit);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
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
