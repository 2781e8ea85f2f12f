package org.triangulate.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server-sent events at /api/v1/events, read by a plain HTTP client as a browser would. */
class ServerEventsTest {
  private static final String TOKEN = "events-token-0123456789abcdef";

  @TempDir Path data;

  /** One event of the stream. */
  record Event(String name, String id, JsonNode data) {}

  /** Reads the stream on its own thread into a queue. */
  private static Thread reader(InputStream body, BlockingQueue<Event> events, List<String> lines) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader in = new BufferedReader(new InputStreamReader(body, UTF_8))) {
                String name = "message";
                String id = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(line);
                  if (line.isEmpty()) {
                    if (data.length() > 0) {
                      events.add(new Event(name, id, Fixtures.JSON.readTree(data.toString())));
                    }
                    name = "message";
                    id = null;
                    data.setLength(0);
                  } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                  } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                  } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                  }
                }
              } catch (IOException e) {
                lines.add("closed: " + e.getMessage());
              }
            },
            "events-test-reader");
    thread.setDaemon(true);
    return thread;
  }

  @Test
  void listenersHearOfEveryIngestWithTheNewArticlesAndStories() throws Exception {
    TriangulateServer server =
        TriangulateServer.builder()
            .store(data)
            .port(0)
            .token(TOKEN)
            .out(new PrintStream(OutputStream.nullOutputStream(), true, UTF_8))
            .build();
    int port = server.start();
    Http http = new Http(port);
    HttpClient client = HttpClient.newHttpClient();
    try {
      HttpResponse<InputStream> stream =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
                  .header("Accept", "text/event-stream")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(stream.statusCode()).isEqualTo(200);
      assertThat(stream.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/event-stream");
      BlockingQueue<Event> events = new LinkedBlockingQueue<>();
      List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
      reader(stream.body(), events, lines).start();

      Event hello = events.poll(10, TimeUnit.SECONDS);
      assertThat(hello).as("lines so far: %s", lines).isNotNull();
      assertThat(hello.name()).isEqualTo("hello");
      assertThat(hello.data().get("articles").asLong()).isZero();
      long before = hello.data().get("version").asLong();
      assertThat(server.eventListeners()).isEqualTo(1);

      var ingest =
          http.post(
              "/api/v1/ingest",
              "application/x-ndjson",
              Fixtures.jsonLines(Fixtures.corpus()),
              TOKEN);
      assertThat(ingest.status()).as(ingest.body()).isEqualTo(201);

      Event update = events.poll(10, TimeUnit.SECONDS);
      assertThat(update).as("lines so far: %s", lines).isNotNull();
      assertThat(update.name()).isEqualTo("update");
      assertThat(update.data().get("version").asLong()).isGreaterThan(before);
      assertThat(update.id()).isEqualTo(update.data().get("version").asText());
      assertThat(update.data().get("articles").asLong()).isEqualTo(5);
      List<String> announced = new ArrayList<>();
      update.data().get("newArticles").forEach(n -> announced.add(n.asText()));
      assertThat(announced)
          .containsExactlyInAnyOrder("wire-1", "copy-1", "rewrite-1", "indep-1", "fest-1");
      List<String> stories = new ArrayList<>();
      update.data().get("newStories").forEach(n -> stories.add(n.asText()));
      List<String> ingested = new ArrayList<>();
      ingest.json().get("stories").forEach(n -> ingested.add(n.asText()));
      assertThat(stories).containsExactlyElementsOf(ingested);
      assertThat(update.data().get("stories").asInt()).isEqualTo(ingested.size());

      // without the event-stream header the answer says what to send
      var plain = http.get("/api/v1/events");
      assertThat(plain.status()).isEqualTo(406);
      assertThat(plain.json().get("fix").asText()).contains("text/event-stream");

      // a repeated ingest changes nothing and announces nothing
      var again =
          http.post(
              "/api/v1/ingest",
              "application/x-ndjson",
              Fixtures.jsonLines(Fixtures.corpus()),
              TOKEN);
      assertThat(again.json().get("added").asInt()).isZero();
      assertThat(events.poll(2500, TimeUnit.MILLISECONDS)).isNull();
    } finally {
      server.stop();
    }
    assertThat(server.eventListeners()).isZero();
  }

  @Test
  void idleStreamsGetKeepAliveCommentsAndOutliveTheIdleTimeout() throws Exception {
    TriangulateServer server =
        TriangulateServer.builder()
            .store(data)
            .port(0)
            .token(TOKEN)
            .idleTimeout(Duration.ofSeconds(3))
            .out(new PrintStream(OutputStream.nullOutputStream(), true, UTF_8))
            .build();
    int port = server.start();
    try {
      HttpResponse<InputStream> stream =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
                      .header("Accept", "text/event-stream")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
      BlockingQueue<Event> events = new LinkedBlockingQueue<>();
      List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
      reader(stream.body(), events, lines).start();
      assertThat(events.poll(10, TimeUnit.SECONDS)).isNotNull();
      // an idle timeout of 3 s would have closed a silent stream twice over
      Thread.sleep(7_000);
      assertThat(lines).as("keep-alive comment lines").anyMatch(l -> l.startsWith(":"));
      assertThat(lines).noneMatch(l -> l.startsWith("closed"));
      assertThat(server.eventListeners()).isEqualTo(1);
    } finally {
      server.stop();
    }
  }
}
