package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriangulateServerApiTest {
  private static final String TOKEN = "test-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  private static TriangulateServer server;
  private static Http http;
  private static Http.Answer firstIngest;

  @BeforeAll
  static void start() {
    server =
        TriangulateServer.builder()
            .store(data)
            .port(0)
            .token(TOKEN)
            .maxBodyBytes(256 * 1024)
            .maxIngestItems(20)
            .out(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
            .build();
    http = new Http(server.start());
    firstIngest =
        http.post(
            "/api/v1/ingest", "application/x-ndjson", Fixtures.jsonLines(Fixtures.corpus()), TOKEN);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void ingestOfJsonLinesStoresEveryArticleAndNamesTheirStories() {
    assertThat(firstIngest.status()).isEqualTo(201);
    assertThat(firstIngest.json().get("added").asInt()).isEqualTo(5);
    assertThat(firstIngest.json().get("failed").asInt()).isZero();
    assertThat(texts(firstIngest.json().get("articles")))
        .containsExactlyInAnyOrder("wire-1", "copy-1", "rewrite-1", "indep-1", "fest-1");
    assertThat(firstIngest.json().get("stories").size()).isBetween(2, 5);
  }

  @Test
  void repeatedIngestAddsNothing() {
    var again =
        http.post(
            "/api/v1/ingest",
            "application/x-ndjson",
            Fixtures.jsonLines(Fixtures.corpus().subList(0, 2)),
            TOKEN);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("repeats").asInt()).isEqualTo(2);
    assertThat(again.json().get("added").asInt()).isZero();
  }

  @Test
  void ingestOfAJsonListOfDocumentsAndBadDocumentsBecomeProblems() {
    String body =
        "{\"documents\": ["
            + Fixtures.document(
                    "extra-1",
                    "https://other.example/a",
                    "Tarrow island ferry resumes service",
                    "2025-06-01",
                    "Island News",
                    "The ferry between Tarrow and Emble resumed service on Monday after storms"
                        + " kept it in port for nine days, the ferry company said. Captain Ilse"
                        + " Harrow said 300 passengers crossed on the first day.")
                .toString()
            + ", {\"id\": \"empty-1\", \"text\": \"   \"}]}";
    var answer = http.post("/api/v1/ingest", "application/json", body, TOKEN);
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.json().get("added").asInt()).isEqualTo(1);
    assertThat(answer.json().get("problems").toString()).contains("blank");
    assertThat(http.get("/api/v1/articles/extra-1").status()).isEqualTo(200);
  }

  @Test
  void ingestNeedsTheToken() {
    String body = Fixtures.jsonLines(Fixtures.corpus().subList(0, 1));
    var none = http.post("/api/v1/ingest", "application/x-ndjson", body, null);
    var wrong = http.post("/api/v1/ingest", "application/x-ndjson", body, "wrong-token-0123456789");
    for (var answer : List.of(none, wrong)) {
      assertThat(answer.status()).isEqualTo(401);
      assertError(answer, 401);
      assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).isPresent();
    }
  }

  @Test
  void badIngestRequestsGetClearErrors() {
    assertError(http.post("/api/v1/ingest", "application/json", "", TOKEN), 400);
    assertError(http.post("/api/v1/ingest", "application/json", "{not json", TOKEN), 400);
    assertError(http.post("/api/v1/ingest", "application/json", "[]", TOKEN), 400);
    assertError(
        http.post("/api/v1/ingest", "application/json", "[\"https://a.example/\", {}]", TOKEN),
        400);
    assertError(http.post("/api/v1/ingest", "application/json", "[1, 2]", TOKEN), 400);
    var file = http.post("/api/v1/ingest", "application/json", "[\"file:///etc/passwd\"]", TOKEN);
    assertError(file, 400);
    assertThat(file.json().get("message").asText()).contains("not an http(s) URL");
    assertError(http.post("/api/v1/ingest", "text/plain", "hello", TOKEN), 415);
  }

  @Test
  void requestLimitsAnswer413() {
    String big = "{\"text\": \"" + "x".repeat(300 * 1024) + "\"}\n";
    var tooBig = http.post("/api/v1/ingest", "application/x-ndjson", big, TOKEN);
    assertError(tooBig, 413);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      urls.add("\"https://many.example/" + i + "\"");
    }
    var tooMany =
        http.post("/api/v1/ingest", "application/json", "[" + String.join(",", urls) + "]", TOKEN);
    assertError(tooMany, 413);
    assertThat(tooMany.json().get("fix").asText()).contains("20");
  }

  @Test
  void articlesListAndOne() {
    var list = http.get("/api/v1/articles?limit=2");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get("items").size()).isEqualTo(2);
    assertThat(list.json().get("total").asInt()).isGreaterThanOrEqualTo(5);
    var copy = http.get("/api/v1/articles/copy-1");
    assertThat(copy.status()).isEqualTo(200);
    assertThat(copy.json().get("text").asText()).contains("Orlen Street bridge");
    assertThat(copy.json().at("/article/site").asText()).isEqualTo("Valley Post");
    // an upload is named by its file name, never by a path on the server
    assertThat(copy.json().at("/article/source").asText())
        .matches("api-upload-\\d+-\\d+\\.jsonl#2")
        .doesNotContain(data.toString());
    JsonNode relations = copy.json().get("relations");
    assertThat(relations.size()).isPositive();
    JsonNode syndication = null;
    for (JsonNode r : relations) {
      if (r.get("firstId").asText().equals("wire-1")
          || r.get("secondId").asText().equals("wire-1")) {
        syndication = r;
      }
    }
    assertThat(syndication).as("relation with wire-1 in " + relations).isNotNull();
    assertThat(syndication.get("kind").asText()).isEqualTo("SYNDICATED");
    assertThat(syndication.get("sourceId").asText()).isEqualTo("wire-1");
    assertThat(syndication.get("pairs").size()).isPositive();
  }

  @Test
  void unknownAndMalformedIdsAreRejectedWithoutTouchingFiles() {
    assertError(http.get("/api/v1/articles/no-such-article"), 404);
    assertError(http.get("/api/v1/stories/no-such-story"), 404);
    for (String path :
        List.of(
            "/api/v1/articles/..",
            "/api/v1/articles/%2E%2E",
            "/api/v1/articles/a..b",
            "/api/v1/stories/%2E%2E",
            "/api/v1/articles/%00x",
            "/api/v1/articles/-x",
            "/api/v1/align?a=..&b=wire-1")) {
      var answer = http.get(path);
      assertThat(answer.status()).as(path).isIn(400, 404);
      assertThat(answer.body()).as(path).doesNotContain(TOKEN);
    }
    for (String path :
        List.of("/api/v1/articles/%2E%2E", "/api/v1/articles/a..b", "/api/v1/articles/-x")) {
      assertError(http.get(path), 400);
    }
    var encodedSlash = http.get("/api/v1/articles/..%2Fserver-token");
    assertThat(encodedSlash.status()).isIn(400, 404);
    assertThat(encodedSlash.body()).doesNotContain(TOKEN);
  }

  @Test
  void storyListFiltersAndPages() {
    var all = http.get("/api/v1/stories");
    assertThat(all.status()).isEqualTo(200);
    int total = all.json().get("total").asInt();
    assertThat(total).isGreaterThanOrEqualTo(2);
    JsonNode wireStory = storyOf("wire-1");
    assertThat(texts(wireStory.get("articleIds"))).contains("copy-1");
    assertThat(wireStory.get("independentSources").asInt())
        .isBetween(1, wireStory.get("size").asInt() - 1);
    assertThat(wireStory.get("sites").toString()).contains("Nordwire");

    var may = http.get("/api/v1/stories?from=2025-05-01&to=2025-05-31");
    assertThat(labels(may)).containsExactly("Lusk Bay harbour festival opens with boat parade");
    var march = http.get("/api/v1/stories?to=2025-03-31");
    assertThat(labels(march)).isNotEmpty().noneMatch(l -> l.contains("Lusk"));
    var lusk = http.get("/api/v1/stories?source=lusk%20HERALD");
    assertThat(labels(lusk)).containsExactly("Lusk Bay harbour festival opens with boat parade");
    var english = http.get("/api/v1/stories?language=en");
    assertThat(english.json().get("total").asInt()).isEqualTo(total);
    assertThat(http.get("/api/v1/stories?language=fi").json().get("total").asInt()).isZero();
    var corrosion = http.get("/api/v1/stories?q=corrosion");
    assertThat(corrosion.json().get("items").size()).isPositive();
    assertThat(corrosion.json().at("/items/0/articleIds").toString()).contains("indep-1");
    var multi = http.get("/api/v1/stories?minSources=2");
    for (JsonNode s : multi.json().get("items")) {
      assertThat(s.get("independentSources").asInt()).isGreaterThanOrEqualTo(2);
    }
    var page = http.get("/api/v1/stories?offset=1&limit=1");
    assertThat(page.json().get("items").size()).isEqualTo(1);
    assertThat(page.json().get("offset").asInt()).isEqualTo(1);
    assertThat(page.json().at("/items/0/id").asText())
        .isEqualTo(all.json().at("/items/1/id").asText());
  }

  @Test
  void badStoryListParametersGet400WithAFix() {
    for (String query :
        List.of(
            "limit=0",
            "limit=501",
            "limit=abc",
            "offset=-1",
            "from=2025-13-01",
            "from=2025-03-10&to=2025-03-01",
            "language=english",
            "minSources=-2",
            "q=" + "w".repeat(501))) {
      assertError(http.get("/api/v1/stories?" + query), 400);
    }
  }

  @Test
  void oneStoryWithLineageFactsDisputesTimelineAndBrief() {
    String id = storyOf("wire-1").get("id").asText();
    var detail = http.get("/api/v1/stories/" + id);
    assertThat(detail.status()).isEqualTo(200);
    JsonNode lineage = detail.json().get("lineage");
    boolean copyEdge = false;
    for (JsonNode edge : lineage.get("edges")) {
      if (edge.get("copy").asText().equals("copy-1")
          && edge.get("source").asText().equals("wire-1")) {
        copyEdge = true;
        assertThat(edge.get("evidence").size()).isPositive();
      }
    }
    assertThat(copyEdge).as("edge copy-1 -> wire-1 in " + lineage).isTrue();
    assertThat(detail.json().at("/facts/entities").toString()).contains("Reske");
    assertThat(detail.json().at("/comparison/brief/sentences").size()).isPositive();
    for (JsonNode sentence : detail.json().at("/comparison/brief/sentences")) {
      assertThat(sentence.get("citations").size()).isPositive();
    }
    assertThat(detail.json().get("articles").size())
        .isEqualTo(detail.json().at("/story/size").asInt());

    assertThat(http.get("/api/v1/stories/" + id + "/lineage").json()).isEqualTo(lineage);
    assertThat(http.get("/api/v1/stories/" + id + "/facts").json())
        .isEqualTo(detail.json().get("facts"));
    assertThat(http.get("/api/v1/stories/" + id + "/claims").json())
        .isEqualTo(detail.json().at("/comparison/claims"));
    assertThat(http.get("/api/v1/stories/" + id + "/disputes").json())
        .isEqualTo(detail.json().at("/comparison/disputes"));
    assertThat(http.get("/api/v1/stories/" + id + "/timeline").json())
        .isEqualTo(detail.json().at("/comparison/timeline"));
    assertThat(http.get("/api/v1/stories/" + id + "/brief").json())
        .isEqualTo(detail.json().at("/comparison/brief"));
  }

  @Test
  void searchFindsArticlesWithTheirStories() {
    var hits = http.get("/api/v1/search?q=Tolvanen&limit=10");
    assertThat(hits.status()).isEqualTo(200);
    Set<String> ids = new HashSet<>();
    for (JsonNode hit : hits.json()) {
      ids.add(hit.get("articleId").asText());
      assertThat(hit.get("storyId").isTextual()).isTrue();
    }
    assertThat(ids).contains("wire-1", "copy-1").doesNotContain("fest-1");
    assertError(http.get("/api/v1/search"), 400);
    assertError(http.get("/api/v1/search?q=x&limit=100000"), 400);
  }

  @Test
  void alignOfTwoArticles() {
    var answer = http.get("/api/v1/align?a=copy-1&b=wire-1");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("kind").asText()).isEqualTo("SYNDICATED");
    assertThat(answer.json().get("pairs").size()).isPositive();
    var unrelated = http.get("/api/v1/align?a=fest-1&b=wire-1");
    assertThat(unrelated.json().get("kind").asText()).isEqualTo("UNRELATED");
    assertError(http.get("/api/v1/align?a=wire-1&b=wire-1"), 400);
    assertError(http.get("/api/v1/align?a=wire-1"), 400);
    assertError(http.get("/api/v1/align?a=wire-1&b=nothing-here"), 404);
  }

  @Test
  void healthStatusUnknownRoutesAndMethods() {
    assertThat(http.get("/api/v1/health").json().get("status").asText()).isEqualTo("ok");
    var status = http.get("/api/v1/status");
    assertThat(status.json().get("articles").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(status.json().get("stories").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(status.json().get("version").asLong()).isPositive();
    assertError(http.get("/api/v1/nothing"), 404);
    var wrongMethod = http.post("/api/v1/stories", "application/json", "[]", TOKEN);
    assertThat(wrongMethod.status()).isIn(404, 405);
    assertThat(wrongMethod.json().get("fix").asText()).isNotBlank();
  }

  @Test
  void everyRouteIsDocumentedInOpenApiAndNothingElse() throws IOException {
    var answer = http.get("/api/v1/openapi.json");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode paths = answer.json().get("paths");
    Set<String> documented = new HashSet<>();
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      for (Iterator<String> methods = paths.get(path).fieldNames(); methods.hasNext(); ) {
        documented.add(methods.next().toUpperCase(java.util.Locale.ROOT) + " " + path);
      }
    }
    Set<String> routes = new HashSet<>();
    for (TriangulateServer.Route route : TriangulateServer.ROUTES) {
      routes.add(route.method() + " " + route.path());
    }
    assertThat(documented).isEqualTo(routes);
    for (TriangulateServer.Route route : TriangulateServer.ROUTES) {
      JsonNode operation =
          paths.get(route.path()).get(route.method().toLowerCase(java.util.Locale.ROOT));
      assertThat(operation.get("summary").asText()).as(route.toString()).isNotBlank();
      assertThat(operation.get("responses").size()).as(route.toString()).isPositive();
    }
  }

  @Test
  void webUiIsServedWithAStrictContentSecurityPolicy() throws IOException {
    var page = http.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/app.js\"");
    String csp = page.raw().headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(page.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    var script = http.get("/app.js");
    assertThat(script.raw().headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/javascript");
    // the UI builds pages from data with textContent only; none of the HTML-parsing sinks appear
    assertThat(script.body())
        .doesNotContain(
            ".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    assertThat(http.get("/app.css").status()).isEqualTo(200);
  }

  @Test
  void aForeignHostHeaderIsRefusedOnALoopbackServer() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/v1/stories HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 403").contains("\"fix\"");
    }
  }

  @Test
  void readAccessTokenNeedsTheTokenAndAGeneratedTokenIsOwnerOnly(@TempDir Path folder)
      throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    TriangulateServer locked =
        TriangulateServer.builder()
            .store(folder)
            .port(0)
            .readAccess(ReadAccess.TOKEN)
            .out(new PrintStream(printed, true, StandardCharsets.UTF_8))
            .build();
    Http client = new Http(locked.start());
    try {
      Path file = folder.resolve(Tokens.FILE);
      String token = Files.readString(file).strip();
      assertThat(token).hasSize(64);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains(token);
      assertError(client.get("/api/v1/stories"), 401);
      assertThat(client.get("/api/v1/stories", token).status()).isEqualTo(200);
      assertThat(client.get("/api/v1/health").status()).isEqualTo(200);
    } finally {
      locked.stop();
    }
    // a second start reuses the stored token and does not print it again
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    TriangulateServer second =
        TriangulateServer.builder()
            .store(folder)
            .port(0)
            .out(new PrintStream(again, true, StandardCharsets.UTF_8))
            .build();
    second.start();
    second.stop();
    String token = Files.readString(folder.resolve(Tokens.FILE)).strip();
    assertThat(again.toString(StandardCharsets.UTF_8)).doesNotContain(token);
  }

  private static JsonNode storyOf(String articleId) {
    var all = http.get("/api/v1/stories?limit=500");
    for (JsonNode story : all.json().get("items")) {
      if (texts(story.get("articleIds")).contains(articleId)) {
        return story;
      }
    }
    throw new AssertionError("no story holds " + articleId + ": " + all.body());
  }

  private static List<String> labels(Http.Answer answer) {
    List<String> out = new ArrayList<>();
    answer.json().get("items").forEach(s -> out.add(s.get("label").asText()));
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void assertError(Http.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json()).as("JSON error body: " + answer.body()).isNotNull();
    assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    assertThat(answer.json().get("message").asText()).isNotBlank();
    assertThat(answer.json().get("fix").asText()).isNotBlank();
    assertThat(JSON).isNotNull();
  }
}
