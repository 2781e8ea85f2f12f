package org.triangulate.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.reuse.Alignment;

/** Timeouts, builder checks and URL ingest, each with its own server. */
class ServerLimitsTest {
  private static final String TOKEN = "limits-token-0123456789abcdef";
  private static final PrintStream QUIET =
      new PrintStream(OutputStream.nullOutputStream(), true, UTF_8);

  @TempDir Path data;

  /** A view whose story analysis takes too long. */
  private static final class SlowView implements StoryView {
    @Override
    public long version() {
      return 1;
    }

    @Override
    public long articleCount() {
      return 0;
    }

    @Override
    public int storyCount() {
      return 0;
    }

    @Override
    public Page<StorySummary> stories(StoryQuery query) {
      return Page.of(List.of(), 0, query.limit());
    }

    @Override
    public Optional<StoryDetail> story(String id) {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Optional.empty();
    }

    @Override
    public Page<ArticleSummary> articles(int offset, int limit) {
      return Page.of(List.of(), offset, limit);
    }

    @Override
    public Optional<ArticleDetail> article(String id) {
      return Optional.empty();
    }

    @Override
    public List<SearchResult> search(String query, int limit) {
      return List.of();
    }

    @Override
    public Optional<Alignment> align(String firstId, String secondId) {
      return Optional.empty();
    }

    @Override
    public IngestResult ingest(List<String> inputs) {
      return new IngestResult(0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    @Override
    public void close() {}
  }

  @Test
  void slowAnalysisAnswers503WithinTheTimeout() {
    TriangulateServer server =
        TriangulateServer.builder()
            .view(new SlowView())
            .token(TOKEN)
            .port(0)
            .requestTimeout(Duration.ofMillis(300))
            .out(QUIET)
            .build();
    Http http = new Http(server.start());
    try {
      long start = System.nanoTime();
      var answer = http.get("/api/v1/stories/story-1");
      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.json().get("fix").asText()).contains("retry");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
      assertThat(http.get("/api/v1/stories").status()).isEqualTo(200);
    } finally {
      server.stop();
    }
    assertThat(server.port()).isEqualTo(-1);
  }

  @Test
  void builderRejectsBadSettings() {
    assertThatThrownBy(() -> TriangulateServer.builder().build())
        .hasMessageContaining("store(Path)");
    assertThatThrownBy(() -> TriangulateServer.builder().view(new SlowView()).build())
        .hasMessageContaining("token");
    assertThatThrownBy(() -> TriangulateServer.builder().port(70000)).hasMessageContaining("port");
    assertThatThrownBy(() -> TriangulateServer.builder().token("short")).hasMessageContaining("16");
    assertThatThrownBy(() -> TriangulateServer.builder().maxBodyBytes(10))
        .hasMessageContaining("maxBodyBytes");
  }

  @Test
  void startingTwiceIsACallerBug() {
    TriangulateServer server =
        TriangulateServer.builder().store(data).port(0).token(TOKEN).out(QUIET).build();
    server.start();
    try {
      assertThatThrownBy(server::start).hasMessageContaining("runs already");
    } finally {
      server.stop();
    }
    server.stop(); // a second stop does nothing
  }

  @Test
  void ingestOfAUrlListFetchesThePages() throws Exception {
    HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] page =
        ("<html><head><title>Ferry service resumes between Tarrow and Emble</title>"
                + "<meta property=\"article:published_time\" content=\"2025-06-02T08:00:00Z\">"
                + "</head><body><article><h1>Ferry service resumes between Tarrow and Emble</h1>"
                + "<p>The ferry between the islands of Tarrow and Emble resumed service on Monday"
                + " after storms kept it in port for nine days, the ferry company said.</p>"
                + "<p>Captain Ilse Harrow said 300 passengers crossed on the first day and that"
                + " the evening sailing would run until the end of the month.</p>"
                + "</article></body></html>")
            .getBytes(UTF_8);
    site.createContext(
        "/ferry",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    site.start();
    TriangulateServer server =
        TriangulateServer.builder()
            .store(data)
            .port(0)
            .token(TOKEN)
            .out(QUIET)
            .fetchPolicy(FetchPolicy.allowing(List.of("127.0.0.1")))
            .build();
    Http http = new Http(server.start());
    try {
      String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/ferry";
      var answer =
          http.post("/api/v1/ingest", "application/json", "{\"urls\": [\"" + url + "\"]}", TOKEN);
      assertThat(answer.status()).as(answer.body()).isEqualTo(201);
      String id = answer.json().at("/articles/0").asText();
      var article = http.get("/api/v1/articles/" + id);
      assertThat(article.json().at("/article/title").asText()).contains("Ferry service");
      assertThat(article.json().get("text").asText()).contains("Ilse Harrow");
    } finally {
      server.stop();
      site.stop(0);
    }
  }

  /** A site on 127.0.0.1 that counts its requests and answers each path as told. */
  private static HttpServer site(AtomicInteger hits, Map<String, String> redirects)
      throws IOException {
    return site("127.0.0.1", hits, redirects);
  }

  private static HttpServer site(String address, AtomicInteger hits, Map<String, String> redirects)
      throws IOException {
    HttpServer site = HttpServer.create(new InetSocketAddress(address, 0), 0);
    site.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          String target = redirects.get(exchange.getRequestURI().getPath());
          if (target != null) {
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
          }
          byte[] page =
              ("<html><head><title>Internal payroll notes</title></head><body><article>"
                      + "<p>Internal payroll notes for the Varn office that no remote user should"
                      + " ever be able to read through the news server's ingest.</p>"
                      + "</article></body></html>")
                  .getBytes(UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    site.start();
    return site;
  }

  @Test
  void urlsOfInternalAddressesAreRefusedWithoutAnyRequest() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    HttpServer site = site(hits, Map.of());
    TriangulateServer server =
        TriangulateServer.builder().store(data).port(0).token(TOKEN).out(QUIET).build();
    Http http = new Http(server.start());
    try {
      int port = site.getAddress().getPort();
      String body =
          "[\"http://127.0.0.1:"
              + port
              + "/payroll\", \"http://localhost:"
              + port
              + "/payroll\", \"http://169.254.169.254/latest/meta-data/\","
              + " \"http://[::1]:"
              + port
              + "/payroll\", \"http://10.0.0.1/\"]";
      var answer = http.post("/api/v1/ingest", "application/json", body, TOKEN);
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().get("added").asLong()).isZero();
      assertThat(answer.json().get("failed").asLong()).isEqualTo(5);
      var problems = answer.json().get("problems");
      assertThat(problems).hasSize(5);
      problems.forEach(p -> assertThat(p.get("code").asText()).isEqualTo("fetch-refused"));
      assertThat(problems.get(2).get("message").asText()).contains("169.254.169.254", "link-local");
      assertThat(hits.get()).as("requests that reached the internal site").isZero();
      assertThat(http.get("/api/v1/status").json().get("articles").asLong()).isZero();
    } finally {
      server.stop();
      site.stop(0);
    }
  }

  @Test
  void aRedirectCannotLeadWhereTheAllowListDoesNotReach() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    AtomicInteger secretHits = new AtomicInteger();
    // another loopback address, reachable from this machine but not on the allow-list
    HttpServer secret = site("127.0.0.2", secretHits, Map.of());
    int secretPort = secret.getAddress().getPort();
    HttpServer site =
        site(
            hits,
            Map.of(
                "/to-metadata", "http://169.254.169.254/latest/meta-data/iam/",
                "/to-loopback", "http://127.0.0.2:" + secretPort + "/payroll",
                "/to-file", "file:///etc/passwd"));
    // only 127.0.0.1 itself is allowed
    TriangulateServer server =
        TriangulateServer.builder()
            .store(data)
            .port(0)
            .token(TOKEN)
            .out(QUIET)
            .fetchPolicy(FetchPolicy.allowing(List.of("127.0.0.1/32")))
            .build();
    Http http = new Http(server.start());
    try {
      String base = "http://127.0.0.1:" + site.getAddress().getPort();
      String body =
          "[\"" + base + "/to-metadata\", \"" + base + "/to-loopback\", \"" + base + "/to-file\"]";
      var answer = http.post("/api/v1/ingest", "application/json", body, TOKEN);
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(answer.json().get("added").asLong()).isZero();
      var problems = answer.json().get("problems");
      assertThat(problems).hasSize(3);
      assertThat(problems.get(0).get("code").asText()).isEqualTo("fetch-refused");
      assertThat(problems.get(0).get("message").asText()).contains("169.254.169.254");
      assertThat(problems.get(1).get("code").asText()).isEqualTo("fetch-refused");
      assertThat(problems.get(1).get("message").asText()).contains("127.0.0.2", "loopback");
      assertThat(problems.get(2).get("message").asText()).contains("file:///etc/passwd");
      assertThat(hits.get()).as("the allowed site answered each request").isEqualTo(3);
      assertThat(secretHits.get())
          .as("requests that reached the site behind the redirect")
          .isZero();
    } finally {
      server.stop();
      site.stop(0);
      secret.stop(0);
    }
  }
}
