package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.ContentKind;
import org.triangulate.core.Ingestor;
import org.triangulate.core.Problem;

/** Fetching against a local server on 127.0.0.1 with an ephemeral port. */
class HttpIngestTest {
  private static final String PAGE =
      "<html><body><p>Floodgates at Holm Ridge were opened at 04:00.</p></body></html>";

  @TempDir Path dir;

  private HttpServer server;
  private ExecutorService executor;
  private String base;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<String> userAgents = new CopyOnWriteArrayList<>();

  private final Ingestor ingestor =
      Ingestors.builder()
          .connectTimeout(Duration.ofSeconds(2))
          .requestTimeout(Duration.ofMillis(400))
          .maxRetries(2)
          .retryBackoff(Duration.ofMillis(1))
          .maxRedirects(3)
          .maxDocumentBytes(10_000)
          .build();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
    try (exchange) {
      switch (path) {
        case "/page.html" -> send(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(UTF_8));
        case "/latin" ->
            send(
                exchange,
                200,
                "text/html; charset=ISO-8859-1",
                "<p>Sévrine</p>".getBytes(ISO_8859_1));
        case "/flaky" -> {
          if (hit <= 2) {
            send(exchange, 503, "text/plain", "busy".getBytes(UTF_8));
          } else {
            send(exchange, 200, "text/plain; charset=utf-8", "Recovered report".getBytes(UTF_8));
          }
        }
        case "/down" -> send(exchange, 500, "text/plain", "broken".getBytes(UTF_8));
        case "/slow" -> {
          sleep(1500);
          send(exchange, 200, "text/html", PAGE.getBytes(UTF_8));
        }
        case "/missing" -> send(exchange, 404, "text/html", "<p>not here</p>".getBytes(UTF_8));
        case "/loop-a" -> redirect(exchange, "/loop-b");
        case "/loop-b" -> redirect(exchange, "/loop-a");
        case "/hop" -> {
          String q = exchange.getRequestURI().getQuery();
          int n = q == null ? 0 : Integer.parseInt(q);
          redirect(exchange, "/hop?" + (n + 1));
        }
        case "/moved" -> redirect(exchange, base + "/page.html");
        case "/huge" ->
            send(exchange, 200, "text/html", "<p>long</p>".repeat(5000).getBytes(UTF_8));
        case "/huge-chunked" -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = "<p>more and more</p>".repeat(100).getBytes(UTF_8);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 20; i++) {
              out.write(chunk);
            }
          }
        }
        case "/image.png" ->
            send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        case "/feed" -> send(exchange, 200, "application/rss+xml", feed().getBytes(UTF_8));
        case "/story-1" ->
            send(
                exchange,
                200,
                "text/html; charset=utf-8",
                "<p>Full story one from Fennick.</p>".getBytes(UTF_8));
        default -> send(exchange, 404, "text/plain", "no".getBytes(UTF_8));
      }
    }
  }

  private String feed() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Fennick Herald</title><link>%s/</link><description>d</description>
        <item><title>One</title><link>%s/story-1</link><description>Teaser one.</description></item>
        <item><title>Two</title><link>%s/missing</link><description>Teaser two.</description></item>
        <item><title>Three</title><link>%s/missing</link></item>
        </channel></rss>
        """
        .formatted(base, base, base, base);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CollectingSink read(String input) {
    return CollectingSink.read(ingestor, input);
  }

  @Test
  void fetchesAPageWithCharsetUrlAndUserAgent() {
    CollectingSink sink = read(base + "/page.html");
    CollectingSink latin = read(base + "/latin");

    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.source()).isEqualTo(base + "/page.html");
              assertThat(d.kind()).isEqualTo(ContentKind.HTML);
              assertThat(d.declaredCharset()).isEqualTo(UTF_8);
              assertThat(d.hints().url()).isEqualTo(base + "/page.html");
            });
    assertThat(sink.text(0)).isEqualTo(PAGE);
    assertThat(latin.documents.get(0).declaredCharset()).isEqualTo(ISO_8859_1);
    assertThat(userAgents).containsOnly("Triangulate/0.1 (+https://github.com/triangulate)");
  }

  @Test
  void followsRedirectsAndRecordsTheFinalUrl() {
    CollectingSink sink = read(base + "/moved");

    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.source()).isEqualTo(base + "/moved");
              assertThat(d.hints().url()).isEqualTo(base + "/page.html");
            });
  }

  @Test
  void retriesServerErrorsWithBackoffAndGivesUpAfterTheLimit() {
    CollectingSink recovered = read(base + "/flaky");
    CollectingSink down = read(base + "/down");

    assertThat(recovered.problems).isEmpty();
    assertThat(recovered.text(0)).isEqualTo("Recovered report");
    assertThat(recovered.documents.get(0).kind()).isEqualTo(ContentKind.TEXT);
    assertThat(hits.get("/flaky")).hasValue(3);
    assertThat(down.documents).isEmpty();
    assertThat(down.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("http-status");
              assertThat(p.message()).contains("500");
            });
    assertThat(hits.get("/down")).hasValue(3);
  }

  @Test
  void reportsTimeoutsAfterRetrying() {
    CollectingSink sink = read(base + "/slow");

    assertThat(sink.documents).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("timeout");
              assertThat(p.document()).isEqualTo(base + "/slow");
              assertThat(p.message()).contains("3 attempts");
            });
  }

  @Test
  void detectsRedirectLoopsAndEndlessRedirects() {
    CollectingSink loop = read(base + "/loop-a");
    CollectingSink endless = read(base + "/hop");

    assertThat(loop.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("redirect-loop");
              assertThat(p.message()).contains("/loop-a -> ").contains("/loop-b -> ");
            });
    assertThat(endless.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("too-many-redirects");
              assertThat(p.message()).contains("more than 3 redirects");
            });
    assertThat(hits.get("/hop")).hasValue(4);
  }

  @Test
  void reportsMissingPagesHugeBodiesAndBinaryContent() {
    CollectingSink missing = read(base + "/missing");
    CollectingSink huge = read(base + "/huge");
    CollectingSink chunked = read(base + "/huge-chunked");
    CollectingSink image = read(base + "/image.png");
    CollectingSink refused = read("http://127.0.0.1:1/nothing-listens-here");

    assertThat(missing.codes()).containsExactly("http-status");
    assertThat(missing.problems.get(0).message()).contains("404");
    assertThat(huge.codes()).containsExactly("too-large");
    assertThat(chunked.codes()).containsExactly("too-large");
    assertThat(image.codes()).containsExactly("binary");
    assertThat(refused.codes()).containsExactly("unreachable");
    assertThat(List.of(missing, huge, chunked, image, refused))
        .allSatisfy(s -> assertThat(s.documents).isEmpty());
  }

  @Test
  void fetchesTheLinkedPagesOfAFeedUrlFallingBackToTheItemContent() {
    CollectingSink sink = read(base + "/feed");

    assertThat(sink.sources()).containsExactly(base + "/story-1", base + "/feed#2");
    assertThat(sink.text(0)).isEqualTo("<p>Full story one from Fennick.</p>");
    assertThat(sink.documents.get(0).hints().title()).isEqualTo("One");
    assertThat(sink.documents.get(0).hints().site()).isEqualTo("Fennick Herald");
    assertThat(sink.text(1)).isEqualTo("Teaser two.");
    assertThat(sink.problems)
        .extracting(Problem::document, Problem::code, Problem::fatal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(base + "/feed#2", "http-status", false),
            org.assertj.core.groups.Tuple.tuple(base + "/feed#3", "http-status", true));
  }

  @Test
  void readsTheFeedItemsThemselvesWhenLinkFetchingIsOff() {
    CollectingSink sink =
        CollectingSink.read(
            Ingestors.builder().feedLinks(FeedLinkPolicy.NEVER).build(), base + "/feed");

    assertThat(sink.sources()).containsExactly(base + "/feed#1", base + "/feed#2");
    assertThat(hits).doesNotContainKey("/story-1");
    assertThat(sink.codes()).containsExactly("empty");
  }

  @Test
  void fetchesEveryUrlOfAUrlList() throws IOException {
    Path list =
        Files.writeString(
            dir.resolve("sources.urls"),
            "# morning sources\n"
                + base
                + "/page.html\n\nnot a url\n"
                + base
                + "/missing\n"
                + base
                + "/latin\n");

    CollectingSink sink = read(list.toString());

    assertThat(sink.sources()).containsExactly(base + "/page.html", base + "/latin");
    assertThat(sink.problems)
        .extracting(Problem::document, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(list + "#4", "invalid-url"),
            org.assertj.core.groups.Tuple.tuple(base + "/missing", "http-status"));
  }
}
