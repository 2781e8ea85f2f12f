package org.triangulate.bench.extraction;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.triangulate.core.ContentKind;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;
import org.triangulate.extract.ArticleExtractor;

/**
 * Throughput of {@link ArticleExtractor} on the trafilatura-eval HTML pages against
 * readability-lxml (Debian's {@code python3-readability}, run by {@code
 * bench/scripts/extraction/readability_bench.py}) on the same pages in the same run; then our
 * throughput with 1 and 2 threads.
 *
 * <p>Run: {@code ./mvnw -B -q -pl bench -am compile exec:java
 * -Dexec.mainClass=org.triangulate.bench.extraction.ExtractionBenchmark}. Options (system
 * properties): {@code rounds} (default 3), {@code warmups} (untimed rounds before ours, default 3:
 * the JVM needs several passes over the pages before its compiled code settles), {@code python}
 * (default {@code /usr/bin/python3}).
 */
public final class ExtractionBenchmark {
  private static final Pattern PAGES_PER_SECOND =
      Pattern.compile("\"pages_per_second\":\\s*([0-9.eE+-]+)");

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("rounds", 3);
    var folder = unpackedDataset("trafilatura-eval");
    if (folder.isEmpty()) {
      System.out.println(
          "skipped: dataset not found (trafilatura-eval); unpack it with"
              + " ../shared/datasets/unpack.sh ../shared-data");
      return;
    }
    List<Path> files = htmlFiles(folder.get().resolve("tests"));
    List<RawDocument> pages = new ArrayList<>();
    long bytes = 0;
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      bytes += content.length;
      pages.add(
          new RawDocument(file.toString(), ContentKind.HTML, content, null, SourceHints.NONE));
    }
    System.out.printf(
        Locale.ROOT,
        "pages: %d trafilatura-eval HTML files, %.1f MB, %d timed rounds each"
            + " (ours after %d untimed rounds)%n",
        pages.size(),
        bytes / 1e6,
        rounds,
        Integer.getInteger("warmups", 3));
    ArticleExtractor extractor = ArticleExtractor.standard();

    int warmups = Integer.getInteger("warmups", 3);
    for (int w = 0; w < warmups; w++) {
      runSingle(extractor, pages); // warm-up: JIT
    }
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      runSingle(extractor, pages);
    }
    double oursSingle = pages.size() * rounds / ((System.nanoTime() - start) / 1e9);
    System.out.printf(
        Locale.ROOT, "triangulate, 1 thread (calling thread): %8.1f pages/s%n", oursSingle);

    Double peer = readability(files, rounds);
    if (peer == null) {
      System.out.println(
          "readability-lxml: not available (apt-get install -y python3-readability)");
    } else {
      System.out.printf(
          Locale.ROOT, "readability-lxml 0.8.1, 1 thread:      %8.1f pages/s%n", peer);
      System.out.printf(
          Locale.ROOT, "ratio triangulate / readability-lxml:    %8.1fx%n", oursSingle / peer);
    }

    for (int threads : new int[] {1, 2}) {
      double rate = runPool(extractor, pages, threads, rounds);
      System.out.printf(
          Locale.ROOT,
          "triangulate, pool 'extract-bench' with %d thread(s): %8.1f pages/s%n",
          threads,
          rate);
    }
  }

  private static int runSingle(ArticleExtractor extractor, List<RawDocument> pages) {
    int characters = 0;
    for (RawDocument page : pages) {
      characters += extractor.extract(page).text().length();
    }
    return characters;
  }

  private static double runPool(
      ArticleExtractor extractor, List<RawDocument> pages, int threads, int rounds)
      throws InterruptedException, ExecutionException {
    AtomicInteger number = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "extract-bench-" + number.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
    try {
      List<Future<Integer>> warm = new ArrayList<>();
      for (RawDocument page : pages) {
        warm.add(pool.submit(() -> extractor.extract(page).text().length()));
      }
      for (Future<Integer> f : warm) {
        f.get();
      }
      long start = System.nanoTime();
      List<Future<Integer>> futures = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        for (RawDocument page : pages) {
          futures.add(pool.submit(() -> extractor.extract(page).text().length()));
        }
      }
      for (Future<Integer> f : futures) {
        f.get();
      }
      return pages.size() * rounds / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Pages per second of readability-lxml, or null when Python or the package is missing. */
  private static Double readability(List<Path> files, int rounds)
      throws IOException, InterruptedException {
    Path script = script();
    String python = System.getProperty("python", "/usr/bin/python3");
    if (script == null || !Files.isExecutable(Path.of(python))) {
      return null;
    }
    Path list = Files.createTempFile("extract-bench-pages", ".txt");
    try {
      Files.write(list, files.stream().map(Path::toString).toList(), UTF_8);
      Process process =
          new ProcessBuilder(python, script.toString(), list.toString(), Integer.toString(rounds))
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      if (process.waitFor() != 0) {
        System.out.println("readability-lxml failed: " + output.strip());
        return null;
      }
      Matcher m = PAGES_PER_SECOND.matcher(output);
      return m.find() ? Double.parseDouble(m.group(1)) : null;
    } finally {
      Files.deleteIfExists(list);
    }
  }

  private static Path script() {
    for (String candidate :
        List.of(
            System.getProperty("triangulate.bench.script", ""),
            "bench/scripts/extraction/readability_bench.py",
            "scripts/extraction/readability_bench.py",
            "../bench/scripts/extraction/readability_bench.py")) {
      if (!candidate.isEmpty() && Files.isRegularFile(Path.of(candidate))) {
        return Path.of(candidate).toAbsolutePath();
      }
    }
    return null;
  }

  /**
   * The unpacked dataset folder, located like {@code org.triangulate.eval.Datasets} does ({@code
   * -Dtriangulate.datasets.unpacked}, {@code TRIANGULATE_DATASETS_UNPACKED}, {@code
   * ../shared-data}); bench does not depend on eval, whose mains would run here too.
   */
  private static java.util.Optional<Path> unpackedDataset(String name) {
    String base = System.getProperty("triangulate.datasets.unpacked");
    if (base == null || base.isBlank()) {
      base = System.getenv("TRIANGULATE_DATASETS_UNPACKED");
    }
    if (base == null || base.isBlank()) {
      base = "../shared-data";
    }
    Path folder = Path.of(base).toAbsolutePath().normalize().resolve(name);
    return Files.isDirectory(folder) ? java.util.Optional.of(folder) : java.util.Optional.empty();
  }

  private static List<Path> htmlFiles(Path tests) {
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("cache", "eval")) {
      try (Stream<Path> s = Files.list(tests.resolve(sub))) {
        s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + tests.resolve(sub), e);
      }
    }
    return files;
  }
}
