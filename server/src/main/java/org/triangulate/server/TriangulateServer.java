package org.triangulate.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.StoryFacts;

/**
 * The Triangulate server: a REST API under {@code /api/v1} and the web UI at {@code /}, on the
 * embedded store. Binds to 127.0.0.1 by default; writes (ingest) need the token; reads are open to
 * local clients unless configured otherwise.
 *
 * <pre>{@code
 * TriangulateServer server = TriangulateServer.builder().store(Path.of("triangulate-data")).port(7070).build();
 * int port = server.start();
 * ...
 * server.stop();
 * }</pre>
 */
public final class TriangulateServer {
  /** Default port. */
  public static final int DEFAULT_PORT = 7070;

  /** Default largest request body: 16 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** Default most URLs or documents in one ingest request. */
  public static final int DEFAULT_MAX_INGEST_ITEMS = 1_000;

  /** Every API route, as documented in {@code openapi.json}. */
  public static final List<Route> ROUTES =
      List.of(
          new Route("GET", "/api/v1/health"),
          new Route("GET", "/api/v1/status"),
          new Route("GET", "/api/v1/openapi.json"),
          new Route("GET", "/api/v1/articles"),
          new Route("GET", "/api/v1/articles/{id}"),
          new Route("GET", "/api/v1/stories"),
          new Route("GET", "/api/v1/stories/{id}"),
          new Route("GET", "/api/v1/stories/{id}/lineage"),
          new Route("GET", "/api/v1/stories/{id}/facts"),
          new Route("GET", "/api/v1/stories/{id}/claims"),
          new Route("GET", "/api/v1/stories/{id}/disputes"),
          new Route("GET", "/api/v1/stories/{id}/timeline"),
          new Route("GET", "/api/v1/stories/{id}/brief"),
          new Route("GET", "/api/v1/search"),
          new Route("GET", "/api/v1/align"),
          new Route("GET", "/api/v1/events"),
          new Route("POST", "/api/v1/ingest"));

  /** Most clients listening to {@code /api/v1/events} at once; more get a 503 and poll. */
  public static final int MAX_EVENT_LISTENERS = 256;

  /** How often listeners get a comment line (at most; half the idle timeout when shorter). */
  private static final Duration HEARTBEAT = Duration.ofSeconds(10);

  /** Most article or story ids named in one update event. */
  private static final int MAX_IDS_PER_EVENT = 100;

  /**
   * One route of the API.
   *
   * @param method the HTTP method
   * @param path the path with {@code {name}} parameters
   */
  public record Route(String method, String path) {
    public Route {
      Checks.notBlank("method", method);
      Checks.notBlank("path", path);
    }
  }

  private static final String WEB = "/org/triangulate/server/web/";
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";
  private static final int MAX_QUERY_CHARS = 500;

  private final StoryView view;
  private StoryView served;
  private boolean ownsServed;
  private final Path folder;
  private final String host;
  private final int port;
  private final String configuredToken;
  private final ReadAccess readAccess;
  private final int maxBodyBytes;
  private final int maxIngestItems;
  private final Duration requestTimeout;
  private final Duration idleTimeout;
  private final PrintStream out;
  private final FetchPolicy fetchPolicy;
  private final ObjectMapper mapper;
  private final Map<String, byte[]> assets;
  private final byte[] openApi;
  private final AtomicLong uploads = new AtomicLong();
  private final Map<String, byte[]> storyJson =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
              return size() > 64;
            }
          });
  private final Set<SseClient> listeners = ConcurrentHashMap.newKeySet();
  private final AtomicLong announcedVersion = new AtomicLong(Long.MIN_VALUE);
  private final AtomicInteger ingestsRunning = new AtomicInteger();
  private ScheduledExecutorService ticker;
  private ExecutorService workers;
  private Javalin app;
  private String token;
  private boolean loopbackOnly;
  private volatile int boundPort = -1;

  private TriangulateServer(Builder b) {
    this.view = b.view;
    this.folder = b.folder;
    this.host = b.host;
    this.port = b.port;
    this.configuredToken = b.token;
    this.readAccess = b.readAccess;
    this.maxBodyBytes = b.maxBodyBytes;
    this.maxIngestItems = b.maxIngestItems;
    this.requestTimeout = b.requestTimeout;
    this.idleTimeout = b.idleTimeout;
    this.out = b.out;
    this.fetchPolicy = b.fetchPolicy;
    this.mapper =
        new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.assets =
        Map.of(
            "/", resource(WEB + "index.html"),
            "/app.js", resource(WEB + "app.js"),
            "/app.css", resource(WEB + "app.css"));
    this.openApi = resource("/org/triangulate/server/openapi.json");
  }

  /** A builder; set {@link Builder#store(Path)} (or a {@link Builder#view(StoryView)}). */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a server. */
  public static final class Builder {
    private Path folder;
    private StoryView view;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private String token;
    private ReadAccess readAccess = ReadAccess.LOCAL;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxIngestItems = DEFAULT_MAX_INGEST_ITEMS;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private PrintStream out = System.out;
    private FetchPolicy fetchPolicy = FetchPolicy.publicOnly();

    private Builder() {}

    /** The data folder of the store (created if missing); also holds the token file. */
    public Builder store(Path value) {
      folder = Checks.notNull("store", value);
      return this;
    }

    /**
     * Serves this view instead of opening the store's; the caller keeps and closes it. A {@link
     * #store} folder is still needed for the token file unless a {@link #token} is given.
     */
    public Builder view(StoryView value) {
      view = Checks.notNull("view", value);
      return this;
    }

    /** Address to bind; default 127.0.0.1 (this machine only). */
    public Builder host(String value) {
      host = Checks.notBlank("host", value);
      return this;
    }

    /** Port to bind, 0 for any free port; default {@value #DEFAULT_PORT}. */
    public Builder port(int value) {
      if (value < 0 || value > 65535) {
        throw new IllegalArgumentException("port must be in [0, 65535], got " + value);
      }
      port = value;
      return this;
    }

    /** The write token; without one it is read from (or generated into) the data folder. */
    public Builder token(String value) {
      Checks.notBlank("token", value);
      if (value.strip().length() < 16) {
        throw new IllegalArgumentException(
            "token must have at least 16 characters, got " + value.strip().length());
      }
      token = value.strip();
      return this;
    }

    /** Who may read; default {@link ReadAccess#LOCAL}. */
    public Builder readAccess(ReadAccess value) {
      readAccess = Checks.notNull("readAccess", value);
      return this;
    }

    /** Largest request body in bytes; default 16 MiB. */
    public Builder maxBodyBytes(int value) {
      if (value < 1024) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + value);
      }
      maxBodyBytes = value;
      return this;
    }

    /** Most URLs or documents in one ingest request; default 1,000. */
    public Builder maxIngestItems(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxIngestItems must be at least 1, got " + value);
      }
      maxIngestItems = value;
      return this;
    }

    /** Longest time a story analysis or alignment may take before a 503; default 30 s. */
    public Builder requestTimeout(Duration value) {
      requestTimeout = Checks.positive("requestTimeout", value);
      return this;
    }

    /** How long an idle connection stays open; default 30 s. */
    public Builder idleTimeout(Duration value) {
      idleTimeout = Checks.positive("idleTimeout", value);
      return this;
    }

    /**
     * Which URLs an ingest may fetch; default {@link FetchPolicy#publicOnly()}: no loopback,
     * link-local, private or other internal address, also not through a redirect. With a {@link
     * #view} of its own the server checks the URLs sent; the redirects are the view's to guard.
     */
    public Builder fetchPolicy(FetchPolicy value) {
      fetchPolicy = Checks.notNull("fetchPolicy", value);
      return this;
    }

    /** Where the server prints its address and a newly generated token; default System.out. */
    public Builder out(PrintStream value) {
      out = Checks.notNull("out", value);
      return this;
    }

    public TriangulateServer build() {
      if (folder == null && view == null) {
        throw new IllegalStateException(
            "set the data folder with store(Path) or a view(StoryView)");
      }
      if (folder == null && token == null) {
        throw new IllegalStateException(
            "without a store folder there is nowhere to keep the token; set token(String)");
      }
      return new TriangulateServer(this);
    }
  }

  /**
   * Opens the store (unless a view was given), binds and starts serving.
   *
   * @return the port bound (useful with port 0)
   * @throws IllegalStateException if the server runs already
   */
  public synchronized int start() {
    if (app != null) {
      throw new IllegalStateException("the server runs already on port " + app.port());
    }
    served = view;
    ownsServed = false;
    if (served == null) {
      EmbeddedStoryView opened = EmbeddedStoryView.open(folder, fetchPolicy);
      served = opened;
      ownsServed = true;
      out.println("Store " + folder + ": " + opened.startup().describe());
    }
    try {
      token = configuredToken;
      if (token == null) {
        Tokens.Loaded loaded = Tokens.loadOrCreate(folder);
        token = loaded.token();
        if (loaded.generated()) {
          out.println("Write token (generated, kept in " + loaded.file() + "): " + token);
        } else {
          out.println("Write token: in " + loaded.file());
        }
      }
      loopbackOnly = isLoopback(host);
      workers =
          Executors.newFixedThreadPool(
              Math.max(2, Runtime.getRuntime().availableProcessors()),
              namedThreads("triangulate-server-work-"));
      app = createApp();
      app.start(host, port);
      announcedVersion.set(served.version());
      ticker =
          Executors.newSingleThreadScheduledExecutor(namedThreads("triangulate-server-events-"));
      // a comment line well within the idle timeout, or the connector closes a quiet stream
      long beats = Math.max(1, Math.min(HEARTBEAT.toMillis(), idleTimeout.toMillis() / 2) / 1000);
      AtomicLong ticks = new AtomicLong();
      ticker.scheduleWithFixedDelay(
          () -> tick(ticks.incrementAndGet() % beats == 0), 1, 1, TimeUnit.SECONDS);
      for (Connector connector : app.jettyServer().server().getConnectors()) {
        if (connector instanceof ServerConnector server) {
          server.setIdleTimeout(idleTimeout.toMillis());
        }
      }
      boundPort = app.port();
      out.println("Triangulate serves http://" + hostForUrl(host) + ":" + boundPort + "/");
      return boundPort;
    } catch (RuntimeException e) {
      if (app != null) {
        app.stop();
        app = null;
      }
      if (workers != null) {
        workers.shutdownNow();
      }
      if (ticker != null) {
        ticker.shutdownNow();
      }
      if (ownsServed) {
        served.close();
      }
      throw e;
    }
  }

  /** Stops serving and, when it opened the store, closes it. Does nothing when not running. */
  public synchronized void stop() {
    if (app == null) {
      return;
    }
    try {
      ticker.shutdownNow();
      for (SseClient client : List.copyOf(listeners)) {
        client.close();
      }
      app.stop();
    } finally {
      app = null;
      boundPort = -1;
      listeners.clear();
      workers.shutdownNow();
      if (ownsServed) {
        served.close();
      }
    }
  }

  /** The bound port, or -1 when not running. */
  public int port() {
    return boundPort;
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve host " + host + ": " + e.getMessage(), e);
    }
  }

  private Javalin createApp() {
    Javalin javalin =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = maxBodyBytes;
              config.http.defaultContentType = "application/json";
              config.jsonMapper(new JavalinJackson(mapper, false));
            });
    javalin.before(this::guard);
    javalin.exception(ApiException.class, (e, ctx) -> answer(ctx, e));
    javalin.exception(
        HttpResponseException.class,
        (e, ctx) ->
            answer(
                ctx,
                new ApiException(
                    e.getStatus(),
                    e.getMessage(),
                    e.getStatus() == 413
                        ? "send at most " + maxBodyBytes + " bytes per request; split the batch"
                        : "check the request against /api/v1/openapi.json")));
    javalin.exception(
        Exception.class,
        (e, ctx) ->
            answer(
                ctx,
                new ApiException(
                    500,
                    "internal error: " + e,
                    "report this with the request that caused it; the data is unchanged")));
    javalin.error(
        404,
        ctx -> {
          if (!ctx.res().isCommitted() && ctx.result() == null) {
            answer(
                ctx,
                new ApiException(
                    404,
                    "no such route: " + ctx.method() + " " + Ids.shorten(ctx.path()),
                    "see /api/v1/openapi.json for the routes"));
          }
        });
    javalin.error(
        405,
        ctx ->
            answer(
                ctx,
                new ApiException(
                    405,
                    "method " + ctx.method() + " not allowed on " + Ids.shorten(ctx.path()),
                    "see /api/v1/openapi.json for the methods of each route")));
    assets.forEach(
        (path, bytes) ->
            javalin.get(
                path,
                ctx ->
                    ctx.contentType(contentType(path))
                        .header("Cache-Control", "no-cache")
                        .result(bytes)));
    route(javalin, "GET", "/api/v1/health", ctx -> ctx.json(Map.of("status", "ok")));
    route(
        javalin,
        "GET",
        "/api/v1/status",
        ctx ->
            ctx.json(
                Map.of(
                    "version",
                    served.version(),
                    "articles",
                    served.articleCount(),
                    "stories",
                    served.storyCount())));
    route(
        javalin,
        "GET",
        "/api/v1/openapi.json",
        ctx -> ctx.contentType("application/json").result(openApi));
    route(
        javalin,
        "GET",
        "/api/v1/articles",
        ctx ->
            ctx.json(
                served.articles(intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE), limit(ctx))));
    route(
        javalin,
        "GET",
        "/api/v1/articles/{id}",
        ctx -> {
          String id = Ids.require("article id", ctx.pathParam("id"));
          // its relations need the provenance index, which may still be opening
          ctx.json(found(timed(() -> served.article(id), "reading article " + id), "article", id));
        });
    route(
        javalin,
        "GET",
        "/api/v1/stories",
        ctx -> {
          // a list of large stories would otherwise carry thousands of article ids per page
          Page<StorySummary> page = served.stories(storyQuery(ctx));
          ctx.json(
              new Page<>(
                  page.items().stream().map(StorySummary::forList).toList(),
                  page.offset(),
                  page.limit(),
                  page.total()));
        });
    route(javalin, "GET", "/api/v1/stories/{id}", this::storyPage);
    route(javalin, "GET", "/api/v1/stories/{id}/lineage", ctx -> ctx.json(story(ctx).lineage()));
    route(javalin, "GET", "/api/v1/stories/{id}/facts", ctx -> ctx.json(facts(story(ctx))));
    route(
        javalin,
        "GET",
        "/api/v1/stories/{id}/claims",
        ctx -> ctx.json(comparison(story(ctx)).claims()));
    route(
        javalin,
        "GET",
        "/api/v1/stories/{id}/disputes",
        ctx -> ctx.json(comparison(story(ctx)).disputes()));
    route(
        javalin,
        "GET",
        "/api/v1/stories/{id}/timeline",
        ctx -> ctx.json(comparison(story(ctx)).timeline()));
    route(
        javalin,
        "GET",
        "/api/v1/stories/{id}/brief",
        ctx -> ctx.json(comparison(story(ctx)).brief()));
    route(
        javalin,
        "GET",
        "/api/v1/search",
        ctx -> ctx.json(served.search(requiredText(ctx, "q"), limit(ctx))));
    route(
        javalin,
        "GET",
        "/api/v1/align",
        ctx -> {
          String a = Ids.require("parameter a", ctx.queryParam("a"));
          String b = Ids.require("parameter b", ctx.queryParam("b"));
          if (a.equals(b)) {
            throw new ApiException(
                400, "a and b are the same article " + a, "give two different article ids");
          }
          ctx.json(
              found(
                  timed(() -> served.align(a, b), "aligning " + a + " with " + b),
                  "article pair",
                  a + " / " + b));
        });
    if (!ROUTES.contains(new Route("GET", "/api/v1/events"))) {
      throw new IllegalStateException("GET /api/v1/events is missing from ROUTES");
    }
    javalin.sse("/api/v1/events", this::listen);
    route(javalin, "POST", "/api/v1/ingest", this::ingest);
    return javalin;
  }

  private void route(Javalin javalin, String method, String path, Handler handler) {
    if (!ROUTES.contains(new Route(method, path))) {
      throw new IllegalStateException(method + " " + path + " is missing from ROUTES");
    }
    javalin.addHttpHandler(HandlerType.valueOf(method), path, handler);
  }

  private static String contentType(String path) {
    if (path.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (path.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    return "text/html; charset=utf-8";
  }

  /** Security headers for every answer; host, read access and size checks before every handler. */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    if (loopbackOnly && !localHostHeader(ctx.host())) {
      // a page on another site that rebinds its DNS name to 127.0.0.1 must not read the API
      throw new ApiException(
          403,
          "host " + Ids.shorten(ctx.host()) + " is not this machine",
          "open the server as http://127.0.0.1:"
              + boundPort
              + "/ or http://localhost:"
              + boundPort
              + "/");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > maxBodyBytes) {
      throw new ApiException(
          413,
          "the body has " + length + " bytes, more than the limit of " + maxBodyBytes,
          "split the batch into requests of at most " + maxBodyBytes + " bytes");
    }
    if (ctx.path().equals("/api/v1/events") && !"text/event-stream".equals(ctx.header("Accept"))) {
      // Javalin opens the stream only for exactly this header and would answer nothing otherwise
      throw new ApiException(
          406,
          "the event stream needs the header Accept: text/event-stream, got "
              + Ids.shorten(ctx.header("Accept")),
          "listen with an EventSource, or send exactly 'Accept: text/event-stream'");
    }
    if (ctx.path().equals("/api/v1/events") && listeners.size() >= MAX_EVENT_LISTENERS) {
      throw new ApiException(
          503,
          "already " + listeners.size() + " clients listen to events",
          "poll /api/v1/status every few seconds instead");
    }
    if (ctx.path().startsWith("/api/") && ctx.method() == HandlerType.GET) {
      boolean allowed =
          switch (readAccess) {
            case OPEN -> true;
            case LOCAL -> isLoopbackClient(ctx) || authorised(ctx);
            case TOKEN -> authorised(ctx);
          };
      if (!allowed && !ctx.path().equals("/api/v1/health")) {
        throw new ApiException(
            401,
            "reading needs the token from this client",
            "send the header 'Authorization: Bearer TOKEN' with the token the server printed");
      }
    }
  }

  private static boolean localHostHeader(String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String name = hostHeader.toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      int end = name.indexOf(']');
      name = end < 0 ? name : name.substring(0, end + 1);
    } else if (name.indexOf(':') >= 0) {
      name = name.substring(0, name.indexOf(':'));
    }
    return name.equals("localhost")
        || name.equals("[::1]")
        || name.startsWith("127.")
        || name.equals("localhost.");
  }

  private static boolean isLoopbackClient(Context ctx) {
    String address = ctx.req().getRemoteAddr();
    if (address == null) {
      return false;
    }
    return address.equals("127.0.0.1")
        || address.startsWith("127.")
        || address.equals("0:0:0:0:0:0:0:1")
        || address.equals("::1")
        || address.equals("[0:0:0:0:0:0:0:1]");
  }

  private boolean authorised(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return Tokens.matches(token, header.substring(7).strip());
  }

  private void answer(Context ctx, ApiException e) {
    ctx.status(e.status());
    if (e.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"triangulate\"");
    }
    try {
      ctx.contentType("application/json").result(mapper.writeValueAsBytes(e.body()));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("an error body always serialises", impossible);
    }
  }

  private static <T> T found(Optional<T> value, String what, String id) {
    return value.orElseThrow(
        () ->
            new ApiException(
                404, "no " + what + " " + Ids.shorten(id), "take ids from the API's lists"));
  }

  /** The story page's JSON, serialised once per story and version of the data. */
  private void storyPage(Context ctx) throws JsonProcessingException {
    String id = Ids.require("story id", ctx.pathParam("id"));
    String key = served.version() + "/" + id;
    byte[] json = storyJson.get(key);
    if (json == null) {
      json = mapper.writeValueAsBytes(story(ctx));
      storyJson.put(key, json);
    }
    ctx.contentType("application/json").result(json);
  }

  private StoryDetail story(Context ctx) {
    String id = Ids.require("story id", ctx.pathParam("id"));
    return found(timed(() -> served.story(id), "analysing story " + id), "story", id);
  }

  private static StoryFacts facts(StoryDetail detail) {
    if (detail.facts() == null) {
      throw new ApiException(
          500,
          "the facts of story "
              + detail.story().id()
              + " could not be computed: "
              + detail.problems(),
          "report this with the story id; the lineage is at /api/v1/stories/ID/lineage");
    }
    return detail.facts();
  }

  private static Comparison comparison(StoryDetail detail) {
    if (detail.comparison() == null) {
      throw new ApiException(
          500,
          "the comparison of story "
              + detail.story().id()
              + " could not be computed: "
              + detail.problems(),
          "report this with the story id; the lineage is at /api/v1/stories/ID/lineage");
    }
    return detail.comparison();
  }

  /** Runs slow work on the worker pool with the request timeout. */
  private <T> T timed(Supplier<T> work, String what) {
    Future<T> future = workers.submit(work::get);
    try {
      return future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiException(
          503,
          what + " took longer than " + requestTimeout.toSeconds() + " s",
          "retry later; the server may be busy ingesting");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, what + " was interrupted", "retry the request");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    }
  }

  private static int limit(Context ctx) {
    return intParam(ctx, "limit", 50, 1, StoryQuery.MAX_LIMIT);
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed < min || parsed > max) {
        throw new NumberFormatException("out of range");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new ApiException(
          400,
          name + " must be a whole number in [" + min + ", " + max + "], got " + Ids.shorten(value),
          "pass " + name + "=" + fallback + " or another number in range");
    }
  }

  private static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value != null && value.length() > MAX_QUERY_CHARS) {
      throw new ApiException(
          400,
          name + " has " + value.length() + " characters, more than " + MAX_QUERY_CHARS,
          "shorten " + name);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String requiredText(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      throw new ApiException(400, name + " is missing", "pass ?" + name + "=words to search");
    }
    return value;
  }

  private static LocalDate day(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(
          400,
          name + " must be a day YYYY-MM-DD, got " + Ids.shorten(value),
          "pass e.g. " + name + "=2025-03-14");
    }
  }

  private static StoryQuery storyQuery(Context ctx) {
    LocalDate from = day(ctx, "from");
    LocalDate to = day(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new ApiException(
          400, "to " + to + " is before from " + from, "swap the two days or widen the range");
    }
    String language = text(ctx, "language");
    if (language != null && !language.matches("[A-Za-z]{2,3}")) {
      throw new ApiException(
          400,
          "language must be an ISO 639-1 code such as en, got " + Ids.shorten(language),
          "pass language=en or leave it out");
    }
    return new StoryQuery(
        from,
        to,
        text(ctx, "source"),
        language,
        text(ctx, "q"),
        intParam(ctx, "minSources", 0, 0, 1_000_000),
        intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
        limit(ctx));
  }

  private void ingest(Context ctx) throws IOException {
    if (!authorised(ctx)) {
      throw new ApiException(
          401,
          "ingest needs the write token",
          "send the header 'Authorization: Bearer TOKEN' with the token the server printed or"
              + " the one in the data folder's "
              + Tokens.FILE);
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw new ApiException(
          400,
          "the body is empty",
          "send JSON Lines, a JSON list of URLs or a JSON list of documents");
    }
    List<String> inputs = new ArrayList<>();
    List<Problem> refused = new ArrayList<>();
    Path upload = null;
    try {
      if (type.startsWith("application/x-ndjson")
          || type.startsWith("application/jsonl")
          || type.startsWith("application/json-lines")
          || type.startsWith("application/x-jsonlines")) {
        upload = writeUpload(body);
        inputs.add(upload.toString());
      } else if (type.startsWith("application/json")) {
        JsonNode root = parse(body);
        if (root.isObject() && root.has("urls")) {
          root = root.get("urls");
        } else if (root.isObject() && root.has("documents")) {
          root = root.get("documents");
        }
        if (!root.isArray() || root.isEmpty()) {
          throw new ApiException(
              400,
              "expected a non-empty JSON list of URLs or of documents, got " + root.getNodeType(),
              "send [\"https://...\"] or [{\"id\":...,\"title\":...,\"text\":...}]");
        }
        if (root.size() > maxIngestItems) {
          throw new ApiException(
              413,
              "the list has " + root.size() + " items, more than the limit of " + maxIngestItems,
              "split it into lists of at most " + maxIngestItems);
        }
        if (allTextual(root)) {
          for (JsonNode url : root) {
            String checked = checkedUrl(url.textValue());
            Optional<String> refusal = fetchPolicy.refusal(URI.create(checked));
            if (refusal.isPresent()) {
              refused.add(
                  Problem.failure(checked, "fetch-refused", "not fetched: " + refusal.get()));
            } else {
              inputs.add(checked);
            }
          }
        } else if (allObjects(root)) {
          StringBuilder lines = new StringBuilder();
          for (JsonNode document : root) {
            lines.append(mapper.writeValueAsString(document)).append('\n');
          }
          upload = writeUpload(lines.toString().getBytes(UTF_8));
          inputs.add(upload.toString());
        } else {
          throw new ApiException(
              400,
              "the list mixes URLs and documents or holds other values",
              "send either only URL strings or only document objects");
        }
      } else {
        throw new ApiException(
            415,
            "unsupported content type " + Ids.shorten(type),
            "send application/x-ndjson (JSON Lines) or application/json (a list of URLs or"
                + " documents)");
      }
      IngestResult result;
      ingestsRunning.incrementAndGet();
      try {
        result = inputs.isEmpty() ? IngestResult.NOTHING : served.ingest(inputs);
        if (result.added() > 0) {
          // on the ticker's thread, before its next tick: a slow listener never delays the answer
          List<String> articles = result.articles();
          List<String> stories = result.stories();
          ticker.execute(() -> announce(articles, stories));
        }
      } finally {
        ingestsRunning.decrementAndGet();
      }
      if (!refused.isEmpty()) {
        result = result.withRefused(refused);
      }
      ctx.status(result.added() > 0 ? 201 : 200).json(result);
    } finally {
      if (upload != null) {
        Files.deleteIfExists(upload);
      }
    }
  }

  /**
   * A new listener of {@code /api/v1/events}: told the current state at once, then every change.
   */
  private void listen(SseClient client) {
    client.keepAlive();
    listeners.add(client);
    client.onClose(() -> listeners.remove(client));
    long version = served.version();
    client.sendEvent("hello", eventJson(version, List.of(), List.of()), Long.toString(version));
  }

  /**
   * Runs every second on the ticker: announces a change of the data that no ingest of this server
   * announced (an ingest in flight announces its own), and keeps idle connections open.
   */
  private void tick(boolean heartbeat) {
    try {
      if (ingestsRunning.get() == 0 && served.version() != announcedVersion.get()) {
        announce(List.of(), List.of());
      }
      if (heartbeat) {
        for (SseClient client : listeners) {
          client.sendComment("keep-alive");
        }
      }
    } catch (RuntimeException e) {
      // a failed tick must not end the ticker: the next one tries again
      out.println("Triangulate: announcing an update failed: " + e);
    }
  }

  /**
   * Tells every listener the data changed, once per version; names the new articles and stories.
   * Runs on the ticker thread only, so announcements never interleave.
   */
  private void announce(List<String> articles, List<String> stories) {
    long version = served.version();
    if (version == announcedVersion.get()) {
      return;
    }
    announcedVersion.set(version);
    String json = eventJson(version, articles, stories);
    for (SseClient client : listeners) {
      client.sendEvent("update", json, Long.toString(version));
    }
  }

  private String eventJson(long version, List<String> articles, List<String> stories) {
    Map<String, Object> event = new java.util.LinkedHashMap<>();
    event.put("version", version);
    event.put("articles", served.articleCount());
    event.put("stories", served.storyCount());
    event.put("newArticles", articles.subList(0, Math.min(articles.size(), MAX_IDS_PER_EVENT)));
    event.put("newStories", stories.subList(0, Math.min(stories.size(), MAX_IDS_PER_EVENT)));
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("an event of numbers and ids always serialises", impossible);
    }
  }

  /** How many clients listen to {@code /api/v1/events} now. */
  public int eventListeners() {
    return listeners.size();
  }

  private JsonNode parse(byte[] body) {
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new ApiException(
          400,
          "the body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""),
          "send a JSON list, or JSON Lines with Content-Type application/x-ndjson");
    }
  }

  private static boolean allTextual(JsonNode list) {
    for (JsonNode node : list) {
      if (!node.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static boolean allObjects(JsonNode list) {
    for (JsonNode node : list) {
      if (!node.isObject()) {
        return false;
      }
    }
    return true;
  }

  private static String checkedUrl(String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // answered below: the URL is named in the error
    }
    throw new ApiException(
        400,
        "not an http(s) URL: " + Ids.shorten(value),
        "send absolute http:// or https:// URLs; files are not read through the API");
  }

  /** Writes an upload where the pipeline reads it; the name says where it came from. */
  private Path writeUpload(byte[] body) throws IOException {
    Path dir =
        folder != null
            ? EmbeddedStoryView.uploadFolder(folder).toAbsolutePath().normalize()
            : Files.createTempDirectory("triangulate-uploads");
    Files.createDirectories(dir);
    Path file =
        dir.resolve(
            "api-upload-"
                + System.currentTimeMillis()
                + "-"
                + uploads.incrementAndGet()
                + ".jsonl");
    Files.write(file, body);
    return file;
  }

  private static byte[] resource(String name) {
    try (InputStream in = TriangulateServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  private static java.util.concurrent.ThreadFactory namedThreads(String prefix) {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
