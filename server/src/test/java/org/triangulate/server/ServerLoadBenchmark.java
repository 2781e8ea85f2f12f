package org.triangulate.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;
import org.triangulate.store.LuceneArticleStore;

/**
 * Load benchmark, not part of the default build: 50 concurrent clients against a store of synthetic
 * articles (fictional words, seeded), throughput and latency of the story list and story page
 * against the static health endpoint as the baseline. Run with
 *
 * <pre>
 * ./mvnw -B -q -pl server -am verify -Dspotless.check.skip=true -Dserver.excludedGroups=none \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ServerLoadBenchmark \
 *   -Dbench.articles=100000 -Dbench.seconds=10
 * </pre>
 */
@Tag("benchmark")
class ServerLoadBenchmark {
  private static final int CLIENTS = 50;

  @TempDir Path data;

  @Test
  void fiftyClients() throws Exception {
    String report =
        run(
            data,
            Integer.getInteger("bench.articles", 20_000),
            Integer.getInteger("bench.seconds", 10));
    System.out.println(report);
    Path out = Path.of("target", "bench-server.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, UTF_8);
  }

  /**
   * Runs the benchmark outside Maven, on a frozen class path (see server/scripts/run-load-bench.sh)
   * so that other builds in the same tree cannot change classes under it. Arguments: articles,
   * seconds per endpoint, report file.
   */
  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    // a fourth argument keeps the store (and what the server derived from it) for the next run
    Path folder =
        args.length > 3
            ? Files.createDirectories(Path.of(args[3]))
            : Files.createTempDirectory("triangulate-server-bench");
    String report = run(folder, articles, seconds);
    System.out.println(report);
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), report, UTF_8);
    }
  }

  static String run(Path data, int articles, int seconds) throws Exception {
    long t0 = System.nanoTime();
    Path written = data.resolve("bench-store-written.txt");
    String what = articles + " articles, seed 7";
    boolean reused = Files.exists(written) && Files.readString(written, UTF_8).equals(what);
    int stories = reused ? -1 : writeStore(data, articles);
    if (!reused) {
      Files.writeString(written, what, UTF_8);
    }
    long t1 = System.nanoTime();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    TriangulateServer first = server(data, log);
    first.start();
    long t2 = System.nanoTime();
    first.stop();
    // the second start finds everything the first one derived in the store folder
    long t3 = System.nanoTime();
    TriangulateServer server = server(data, log);
    int port = server.start();
    long t4 = System.nanoTime();
    long heap = usedHeap();
    StringBuilder report = new StringBuilder();
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      String base = "http://127.0.0.1:" + port;
      String status = get(client, base + "/api/v1/status");
      long t5 = System.nanoTime();
      List<String> storyIds = storyIds(client, base);
      long t6 = System.nanoTime();
      // the first story page waits for the provenance index when it opens in the background;
      // the server answers 503 after its request timeout, so ask again until it answers
      int answer = 503;
      int busy = 0;
      while (answer == 503 && System.nanoTime() - t6 < 1_800_000_000_000L) {
        answer =
            client
                .send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/stories/" + storyIds.get(0)))
                        .timeout(Duration.ofMinutes(5))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode();
        busy += answer == 503 ? 1 : 0;
      }
      String firstStory = answer + (busy > 0 ? " after " + busy + " answers 503" : "");
      long t7 = System.nanoTime();
      report.append(
          String.format(
              Locale.ROOT,
              "store: %,d synthetic articles%s; %s; first server start %.1f s;"
                  + " second start (same folder) %.1f s; heap used after the second start and a"
                  + " full GC %,d MiB (max %,d MiB); status %s;"
                  + " %d clients, %d s per endpoint after a 3 s warm-up%n%n",
              articles,
              stories < 0 ? "" : String.format(Locale.ROOT, " in %,d generated groups", stories),
              reused
                  ? "store reused from an earlier run"
                  : String.format(Locale.ROOT, "written in %.1f s", (t1 - t0) / 1e9),
              (t2 - t1) / 1e9,
              (t4 - t3) / 1e9,
              heap >> 20,
              Runtime.getRuntime().maxMemory() >> 20,
              status,
              CLIENTS,
              seconds));
      // the servers' own account of their starts
      for (String line : log.toString(UTF_8).split("\n")) {
        if (line.startsWith("Store ")) {
          report.append("- ").append(line.strip()).append('\n');
        }
      }
      report.append(
          String.format(
              Locale.ROOT,
              "- after the second start: all %,d story ids listed in %.1f s; the first story page"
                  + " (HTTP %s) %.1f s after that%n%n",
              storyIds.size(),
              (t6 - t5) / 1e9,
              firstStory,
              (t7 - t6) / 1e9));
      report.append(
          "| endpoint | requests | errors | req/s | p50 ms | p99 ms | req/s vs health (mean of both runs) |\n");
      report.append("|---|---:|---:|---:|---:|---:|---:|\n");
      Random random = new Random(42);
      List<String> hot = storyIds.subList(0, Math.min(20, storyIds.size()));
      // warm the JIT on the cheap paths before anything is measured
      run(client, 5, i -> base + "/api/v1/health");
      run(client, 5, i -> base + "/api/v1/stories?limit=25");
      Result health = run(client, seconds, i -> base + "/api/v1/health");
      Result list = run(client, seconds, i -> base + "/api/v1/stories?limit=25");
      Result filtered =
          run(
              client,
              seconds,
              i ->
                  base
                      + "/api/v1/stories?limit=25&q="
                      + WORDS[i % WORDS.length]
                      + "&from=2025-01-10");
      // three words, a different query for every request: no ranking can be reused
      Result distinct =
          run(
              client,
              seconds,
              i ->
                  base
                      + "/api/v1/stories?limit=25&q="
                      + WORDS[i % WORDS.length]
                      + "+"
                      + WORDS[(i / WORDS.length) % WORDS.length]
                      + "+"
                      + COMMON[(i / (WORDS.length * WORDS.length)) % COMMON.length]
                      + "&from=2025-01-10");
      Result hotStory =
          run(client, seconds, i -> base + "/api/v1/stories/" + hot.get(i % hot.size()));
      int[] order = new int[storyIds.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      AtomicLong next = new AtomicLong();
      Result coldStory =
          run(
              client,
              seconds,
              i ->
                  base
                      + "/api/v1/stories/"
                      + storyIds.get(order[(int) (next.getAndIncrement() % order.length)]));
      Result healthAgain = run(client, seconds, i -> base + "/api/v1/health");
      double baseline = (health.throughput() + healthAgain.throughput()) / 2;
      row(report, "GET /api/v1/health (static baseline, first)", health, baseline);
      row(report, "GET /api/v1/health (static baseline, again at the end)", healthAgain, baseline);
      row(report, "GET /api/v1/stories?limit=25", list, baseline);
      row(report, "GET /api/v1/stories?limit=25&q=WORD&from=DAY (36 words)", filtered, baseline);
      row(
          report,
          "GET /api/v1/stories?limit=25&q=W1+W2+W3&from=DAY (each query new)",
          distinct,
          baseline);
      row(report, "GET /api/v1/stories/{id} (20 hot stories, cached)", hotStory, baseline);
      row(report, "GET /api/v1/stories/{id} (each story once, uncached)", coldStory, baseline);
    } finally {
      server.stop();
    }
    return report.toString();
  }

  private static TriangulateServer server(Path data, ByteArrayOutputStream log) {
    return TriangulateServer.builder()
        .store(data)
        .port(0)
        .token("bench-token-0123456789abcdef")
        .out(new PrintStream(log, true, UTF_8))
        .build();
  }

  /** Heap in use after a full collection (System.gc is a request; two rounds make it likely). */
  private static long usedHeap() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 2; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** One endpoint's figures. */
  record Result(long requests, long errors, double seconds, double p50, double p99) {
    double throughput() {
      return requests / seconds;
    }
  }

  private static void row(StringBuilder out, String name, Result r, double baseline) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %d | %,.0f | %.2f | %.2f | %.2f |%n",
            name,
            r.requests(),
            r.errors(),
            r.throughput(),
            r.p50(),
            r.p99(),
            r.throughput() / baseline));
  }

  /** 50 clients, each issuing requests back to back: 3 s warm-up, then {@code seconds} measured. */
  private static Result run(HttpClient client, int seconds, IntFunction<String> url)
      throws InterruptedException {
    runFor(client, 3, url, new long[CLIENTS][], new long[CLIENTS]);
    long[][] latencies = new long[CLIENTS][];
    long[] errors = new long[CLIENTS];
    double elapsed = runFor(client, seconds, url, latencies, errors);
    long total = 0;
    for (long[] l : latencies) {
      total += l.length;
    }
    long[] all = new long[(int) total];
    int k = 0;
    for (long[] l : latencies) {
      System.arraycopy(l, 0, all, k, l.length);
      k += l.length;
    }
    Arrays.sort(all);
    long errorCount = Arrays.stream(errors).sum();
    return new Result(
        total,
        errorCount,
        elapsed,
        all.length == 0 ? Double.NaN : all[(int) (all.length * 0.50)] / 1e6,
        all.length == 0
            ? Double.NaN
            : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6);
  }

  private static double runFor(
      HttpClient client, int seconds, IntFunction<String> url, long[][] latencies, long[] errors)
      throws InterruptedException {
    CountDownLatch done = new CountDownLatch(CLIENTS);
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    for (int c = 0; c < CLIENTS; c++) {
      int clientNumber = c;
      Thread thread =
          new Thread(
              () -> {
                long[] mine = new long[1024];
                int n = 0;
                int i = clientNumber;
                try {
                  while (System.nanoTime() < end) {
                    HttpRequest request =
                        HttpRequest.newBuilder(URI.create(url.apply(i)))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build();
                    long s = System.nanoTime();
                    try {
                      HttpResponse<byte[]> response =
                          client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                      if (response.statusCode() != 200) {
                        if (errors[clientNumber]++ == 0 && clientNumber == 0) {
                          System.err.println(
                              "first error: "
                                  + response.statusCode()
                                  + " "
                                  + new String(response.body(), UTF_8));
                        }
                      }
                    } catch (IOException e) {
                      errors[clientNumber]++;
                    }
                    long took = System.nanoTime() - s;
                    if (n == mine.length) {
                      mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                    i += CLIENTS;
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  latencies[clientNumber] = Arrays.copyOf(mine, n);
                  done.countDown();
                }
              },
              "bench-client-" + c);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    return (System.nanoTime() - start) / 1e9;
  }

  private static String get(HttpClient client, String url)
      throws IOException, InterruptedException {
    return client
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static List<String> storyIds(HttpClient client, String base)
      throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    for (int offset = 0; ; offset += 500) {
      var page = mapper.readTree(get(client, base + "/api/v1/stories?limit=500&offset=" + offset));
      page.get("items").forEach(s -> ids.add(s.get("id").asText()));
      if (page.get("items").size() < 500) {
        return ids;
      }
    }
  }

  // ---------- synthetic corpus ----------

  private static final String[] WORDS = {
    "varn", "kessel", "dorwick", "ambrel", "tolmark", "halden", "sorvik", "lusk", "tarrow",
    "emble", "quarn", "brisel", "ostrava", "pellin", "morrow", "kandle", "ferris", "vostin",
    "ilsen", "harrow", "dunmere", "orlen", "dresna", "selby", "kirren", "mottle", "vasse",
    "rendel", "calder", "wexley", "brandt", "otter", "linden", "farrow", "gessel", "holm"
  };
  private static final String[] COMMON = {
    "council", "bridge", "river", "flood", "police", "mayor", "school", "market", "fire",
    "storm", "road", "harbour", "factory", "hospital", "station", "festival", "election", "court"
  };
  private static final String[] SITES = {
    "Nordwire", "Valley Post", "Trending Daily", "Kessmar Courier", "Lusk Herald",
    "North Gazette", "Island News", "Sellby Post", "Dunmere Daily", "Riverside Gazette"
  };

  /** Writes groups of 1 to 5 articles (an original, copies, a rewrite); returns the groups. */
  private static int writeStore(Path folder, int articles) {
    Random random = new Random(7);
    int groups = 0;
    try (LuceneArticleStore store = LuceneArticleStore.builder(folder).commitEvery(10_000).open()) {
      int written = 0;
      OffsetDateTime day0 = OffsetDateTime.of(2025, 1, 1, 6, 0, 0, 0, ZoneOffset.UTC);
      while (written < articles) {
        groups++;
        String name = cap(pick(random, WORDS)) + " " + cap(pick(random, WORDS));
        String topic = pick(random, COMMON);
        int number = 2 + random.nextInt(90);
        OffsetDateTime time = day0.plusMinutes((long) groups * 7);
        String original = paragraphs(random, name, topic, number);
        String title = cap(topic) + " in " + name + ": " + number + " " + pick(random, COMMON);
        int size = Math.min(articles - written, 1 + random.nextInt(5));
        for (int k = 0; k < size; k++) {
          String text =
              k == 0
                  ? original
                  : k < 3
                      ? original
                          + "\n\nThis story was provided by "
                          + SITES[groups % SITES.length]
                          + "."
                      : paragraphs(random, name, topic, number + (k == 4 ? 3 : 0));
          String site = SITES[(groups + k) % SITES.length];
          Article article =
              Article.builder("bench#" + written)
                  .id("b" + written)
                  .site(site)
                  .url(
                      "https://"
                          + site.toLowerCase(Locale.ROOT).replace(' ', '-')
                          + ".example/"
                          + written)
                  .title(title)
                  .published(
                      new PublicationDate(
                          time.plusMinutes(k * 30L), false, DateSource.INPUT_FIELD, 1.0))
                  .language("en")
                  .text(text, blocks(text))
                  .build();
          store.put(article);
          written++;
        }
      }
      store.commit();
    }
    return groups;
  }

  private static List<org.triangulate.core.Block> blocks(String text) {
    List<org.triangulate.core.Block> blocks = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        blocks.add(
            new org.triangulate.core.Block(org.triangulate.core.BlockKind.PARAGRAPH, start, end));
      }
      start = end + 2;
    }
    return blocks;
  }

  private static String paragraphs(Random random, String name, String topic, int number) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < 3; p++) {
      if (p > 0) {
        out.append("\n\n");
      }
      for (int s = 0; s < 3; s++) {
        out.append(cap(pick(random, COMMON)))
            .append(" officials in ")
            .append(name)
            .append(" said ")
            .append(number)
            .append(' ')
            .append(topic)
            .append(" workers ");
        for (int w = 0; w < 8; w++) {
          out.append(random.nextBoolean() ? pick(random, WORDS) : pick(random, COMMON)).append(' ');
        }
        out.append("on Tuesday, ").append(cap(pick(random, WORDS))).append(" said. ");
      }
    }
    return out.toString().strip();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String cap(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
