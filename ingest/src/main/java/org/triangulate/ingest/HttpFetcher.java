package org.triangulate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Fetches http(s) URLs with {@link HttpClient}: a connect timeout and an overall deadline per
 * request, bounded retries with exponential backoff for 5xx, 429 and network errors, redirects
 * followed by hand (at most a limit, loops detected), bodies capped at a size. Thread-safe.
 */
final class HttpFetcher {
  private static final AtomicInteger POOLS = new AtomicInteger();
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final IngestSettings settings;
  private final FetchGuard guard;
  private final HttpClient client;

  HttpFetcher(IngestSettings settings) {
    this(settings, FetchGuard.ANY);
  }

  HttpFetcher(IngestSettings settings, FetchGuard guard) {
    this.settings = settings;
    this.guard = guard;
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread t =
                  new Thread(task, "triangulate-http-" + pool + "-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
  }

  /** Fetches {@code url}; the body may have at most {@code maxBytes}. */
  Fetched fetch(String url, int maxBytes) throws FetchException {
    return fetch(url, mediaType -> maxBytes);
  }

  /**
   * Fetches {@code url}; the body may have at most as many bytes as {@code limit} allows for the
   * response's media type (null when none was declared).
   */
  Fetched fetch(String url, ToIntFunction<String> limit) throws FetchException {
    URI uri = parse(url);
    List<URI> chain = new ArrayList<>();
    chain.add(uri);
    while (true) {
      // asked for every hop, so a redirect cannot reach what a direct request may not
      Optional<String> refused = guard.refusal(uri);
      if (refused.isPresent()) {
        throw new FetchException("fetch-refused", "not fetched: " + refused.get());
      }
      HttpResponse<Body> response = sendWithRetries(uri, limit);
      int status = response.statusCode();
      if (isRedirect(status)) {
        String location =
            response
                .headers()
                .firstValue("Location")
                .orElseThrow(
                    () ->
                        new FetchException(
                            "http-status", "HTTP " + status + " redirect without a Location"));
        URI next = resolve(uri, location);
        if (chain.contains(next)) {
          chain.add(next);
          throw new FetchException("redirect-loop", "redirect loop: " + describe(chain));
        }
        chain.add(next);
        if (chain.size() - 1 > settings.maxRedirects()) {
          throw new FetchException(
              "too-many-redirects",
              "more than " + settings.maxRedirects() + " redirects: " + describe(chain));
        }
        uri = next;
        continue;
      }
      if (status < 200 || status > 299) {
        throw new FetchException("http-status", "HTTP " + status + " from " + uri);
      }
      Body body = response.body();
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      if (body.tooLarge()) {
        throw new FetchException(
            "too-large",
            "response from "
                + uri
                + " is larger than the limit of "
                + limit.applyAsInt(mediaType(contentType))
                + " bytes; it was skipped");
      }
      return new Fetched(
          url, uri.toString(), mediaType(contentType), charset(contentType), body.bytes());
    }
  }

  private HttpResponse<Body> sendWithRetries(URI uri, ToIntFunction<String> limit)
      throws FetchException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(settings.requestTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", ACCEPT);
    if (uri.getScheme().equalsIgnoreCase("http")) {
      // No h2c upgrade over plain HTTP: many small news servers mishandle it.
      request.version(HttpClient.Version.HTTP_1_1);
    }
    int attempt = 0;
    while (true) {
      Duration wait = backoff(attempt);
      try {
        HttpResponse<Body> response = send(request.build(), limit);
        int status = response.statusCode();
        boolean retryable = status >= 500 || status == 429;
        if (!retryable || attempt >= settings.maxRetries()) {
          return response;
        }
        wait = retryAfter(response).orElse(wait);
      } catch (HttpTimeoutException | TimeoutException e) {
        if (attempt >= settings.maxRetries()) {
          throw new FetchException(
              "timeout",
              "no complete answer from "
                  + uri
                  + " within "
                  + settings.requestTimeout().toMillis()
                  + " ms, after "
                  + (attempt + 1)
                  + " attempts");
        }
      } catch (IOException e) {
        if (attempt >= settings.maxRetries()) {
          throw new FetchException(
              "unreachable",
              "cannot fetch "
                  + uri
                  + " after "
                  + (attempt + 1)
                  + " attempts: "
                  + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
      }
      sleep(wait);
      attempt++;
    }
  }

  private HttpResponse<Body> send(HttpRequest request, ToIntFunction<String> limit)
      throws IOException, TimeoutException, FetchException {
    CompletableFuture<HttpResponse<Body>> future =
        client.sendAsync(
            request,
            info ->
                new LimitedSubscriber(
                    is2xx(info.statusCode())
                        ? limit.applyAsInt(
                            mediaType(info.headers().firstValue("Content-Type").orElse(null)))
                        : 0,
                    info));
    try {
      // The request timeout covers the headers; this deadline also covers a slow body.
      return future.get(settings.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", "interrupted while fetching " + request.uri());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause);
    }
  }

  private Duration backoff(int attempt) {
    long millis = settings.retryBackoff().toMillis() << Math.min(attempt, 16);
    return Duration.ofMillis(Math.min(millis, MAX_RETRY_AFTER.toMillis()));
  }

  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .filter(v -> v.strip().matches("\\d{1,6}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
        .map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
  }

  private static void sleep(Duration wait) throws FetchException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", "interrupted while waiting to retry");
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean is2xx(int status) {
    return status >= 200 && status <= 299;
  }

  /** Parses an absolute http(s) URL, or throws a fetch failure saying what is wrong. */
  static URI parse(String url) throws FetchException {
    try {
      URI uri = new URI(url.strip());
      checkHttp(uri, url);
      return uri;
    } catch (URISyntaxException e) {
      throw new FetchException("invalid-url", "not a valid URL: " + e.getMessage());
    }
  }

  private static URI resolve(URI base, String location) throws FetchException {
    try {
      URI next = base.resolve(new URI(location.strip()));
      checkHttp(next, location);
      return next;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(
          "invalid-url", "redirect from " + base + " to an invalid URL: " + location);
    }
  }

  private static void checkHttp(URI uri, String given) throws FetchException {
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new FetchException(
          "invalid-url", "only absolute http:// and https:// URLs can be fetched, got " + given);
    }
  }

  private static String describe(List<URI> chain) {
    return String.join(" -> ", chain.stream().map(URI::toString).toList());
  }

  /** The lower-case media type of a Content-Type header, or null. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() ? null : type;
  }

  /** The charset parameter of a Content-Type header, or null. */
  static Charset charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String[] pair = part.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        return charsetNamed(pair[1]);
      }
    }
    return null;
  }

  /**
   * The charset with this name, or null when it is blank or unknown: extraction then detects the
   * charset from the bytes, which is what a wrong declaration needs anyway.
   */
  static Charset charsetNamed(String name) {
    if (name == null) {
      return null;
    }
    String clean = name.strip().replace("\"", "").replace("'", "");
    if (clean.isEmpty()) {
      return null;
    }
    try {
      return Charset.forName(clean);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /**
   * A body read into memory up to a limit.
   *
   * @param bytes what was read
   * @param tooLarge true when the body was longer than the limit and reading stopped
   */
  record Body(byte[] bytes, boolean tooLarge) {}

  /** Collects a body up to a limit and cancels the download past it. */
  private static final class LimitedSubscriber implements HttpResponse.BodySubscriber<Body> {
    private final int limit;
    private final long declaredLength;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedSubscriber(int limit, HttpResponse.ResponseInfo info) {
      this.limit = limit;
      this.declaredLength = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
      subscription = value;
      if (declaredLength > limit) {
        value.cancel();
        result.complete(new Body(new byte[0], true));
      } else {
        value.request(1);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        int n = buffer.remaining();
        if (out.size() + (long) n > limit) {
          subscription.cancel();
          result.complete(new Body(new byte[0], true));
          return;
        }
        byte[] chunk = new byte[n];
        buffer.get(chunk);
        out.write(chunk, 0, n);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(new Body(out.toByteArray(), false));
    }
  }
}
