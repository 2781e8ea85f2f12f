package org.triangulate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.TriangulateTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.TriangulateTest.Run;
import org.triangulate.store.LuceneArticleStore;

/** Starts a real {@code triangulate serve} process on a free port, asks it, and stops it. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ADDRESS = Pattern.compile("serves (http://127\\.0\\.0\\.1:\\d+)/");

  @TempDir Path dir;

  @Test
  void servesTheOpenApiDescriptionAndTheStoriesThenStopsCleanly() throws Exception {
    Path store = dir.resolve("data");
    Path corpus = dir.resolve("corpus");
    Fixtures.write(corpus, "a-wire.txt", Fixtures.WIRE);
    Fixtures.write(corpus, "b-copy.txt", Fixtures.COPY);
    assertThat(run("ingest", "--store", store.toString(), corpus.toString()).code()).isZero();

    Process child = start("serve", "--store", store.toString(), "--port", "0");
    try {
      String base = null;
      List<String> printed = new ArrayList<>();
      try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
        String line;
        while (base == null && (line = lines.readLine()) != null) {
          printed.add(line);
          Matcher m = ADDRESS.matcher(line);
          if (m.find()) {
            base = m.group(1);
          }
        }
        assertThat(base).as("the server prints its address; it printed %s", printed).isNotNull();
        assertThat(String.join("\n", printed)).contains("Write token");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> openApi = get(http, base + "/api/v1/openapi.json");
        assertThat(openApi.statusCode()).isEqualTo(200);
        JsonNode description = JSON.readTree(openApi.body());
        assertThat(description.get("openapi").asText()).startsWith("3.");
        assertThat(description.get("paths").has("/api/v1/stories")).isTrue();

        HttpResponse<String> stories = get(http, base + "/api/v1/stories");
        assertThat(stories.statusCode()).isEqualTo(200);
        assertThat(stories.body()).contains("Ferry fire on Lake Orrin");
      }
    } finally {
      child.toHandle().destroy(); // SIGTERM, as Ctrl-C
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    // stopped cleanly: the store opens for writing again
    try (var reopened = LuceneArticleStore.open(store)) {
      assertThat(reopened.size()).isEqualTo(2);
    }
  }

  @Test
  void badArgumentsAreUsageErrors() throws IOException {
    Run help = run("serve", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--port").contains("--host").contains("127.0.0.1");
    Run port = run("serve", "--store", dir.resolve("data").toString(), "--port", "70000");
    assertThat(port.code()).isEqualTo(2);
    assertThat(port.err()).contains("--port must be in [0, 65535]");
    Run token = run("serve", "--store", dir.resolve("data").toString(), "--token", "short");
    assertThat(token.code()).isEqualTo(2);
    assertThat(token.err()).contains("at least 16 characters");
    Run reads = run("serve", "--store", dir.resolve("data").toString(), "--reads", "everyone");
    assertThat(reads.code()).isEqualTo(2);
    assertThat(help.out()).contains("--fetch-allow").contains("169.254.169.254");
    Run allow =
        run(
            "serve",
            "--store",
            dir.resolve("data").toString(),
            "--fetch-allow",
            "127.0.0.1,10.0.0.0/33");
    assertThat(allow.code()).isEqualTo(2);
    assertThat(allow.err()).contains("--fetch-allow").contains("prefix length");
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Run busy =
          run(
              "serve",
              "--store",
              dir.resolve("data").toString(),
              "--port",
              Integer.toString(taken.getLocalPort()));
      assertThat(busy.code()).isEqualTo(2);
      assertThat(busy.err()).contains("cannot listen on").contains("another --port");
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static Process start(String... args) throws IOException {
    return ChildCli.command(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
