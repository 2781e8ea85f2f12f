package org.triangulate.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
        TriangulateServer.builder().store(data).port(0).token(TOKEN).out(QUIET).build();
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
}
