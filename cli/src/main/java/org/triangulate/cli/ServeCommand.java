package org.triangulate.cli;

import java.net.BindException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.triangulate.server.FetchPolicy;
import org.triangulate.server.ReadAccess;
import org.triangulate.server.TriangulateServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate serve}: the REST API and the web UI on the store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web UI at http://HOST:PORT/ and the REST API under /api/v1 (described at"
          + " /api/v1/openapi.json) on the store, until stopped with Ctrl-C.",
      "Writes (POST /api/v1/ingest) need the write token: --token, $TRIANGULATE_TOKEN, or one"
          + " generated on first start, printed and kept in the store folder. Prints the address"
          + " and the token on stdout. The store is held for writing: stop the server before"
          + " running ingest or analyze on the same store."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand TriangulateCommand top;

  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      defaultValue = "" + TriangulateServer.DEFAULT_PORT,
      description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
              + " interface)")
  String host;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:TRIANGULATE_TOKEN}",
      description = "the write token, at least 16 characters (default: $TRIANGULATE_TOKEN)")
  String token;

  @Option(
      names = "--reads",
      paramLabel = "WHO",
      defaultValue = "LOCAL",
      description =
          "who may read without the token: OPEN (anyone), LOCAL (this machine; default) or TOKEN"
              + " (nobody)")
  ReadAccess reads;

  @Option(
      names = "--fetch-allow",
      paramLabel = "HOST|CIDR",
      split = ",",
      description =
          "hosts (name.example, *.corp.example), addresses or CIDR ranges (10.1.0.0/16, ::1) that"
              + " URL ingest may fetch although they are internal; by default only public"
              + " addresses are fetched, never loopback, link-local (169.254.169.254), private or"
              + " reserved ones, also not through a redirect. Repeat or separate with commas")
  List<String> fetchAllow = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be in [0, 65535], got " + port);
    }
    if (host.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--host must not be blank");
    }
    FetchPolicy fetchPolicy;
    try {
      fetchPolicy = FetchPolicy.allowing(fetchAllow);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--fetch-allow: " + e.getMessage(), e);
    }
    TriangulateServer.Builder builder =
        TriangulateServer.builder()
            .fetchPolicy(fetchPolicy)
            .store(top.store)
            .host(host.strip())
            .port(port)
            .readAccess(reads)
            .out(top.console.out());
    if (token != null && !token.isBlank()) {
      if (token.strip().length() < 16) {
        throw new ParameterException(
            spec.commandLine(),
            "--token must have at least 16 characters, got " + token.strip().length());
      }
      builder.token(token);
    }
    TriangulateServer server = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    try {
      server.start();
    } catch (RuntimeException e) {
      Throwable bind = cause(e, BindException.class);
      if (bind != null) {
        throw new SetupException(
            "cannot listen on "
                + host
                + ":"
                + port
                + " ("
                + bind.getMessage()
                + "); is another"
                + " server running there? Choose another --port",
            e);
      }
      Throwable unknown = cause(e, UnknownHostException.class);
      if (unknown != null) {
        throw new SetupException("unknown --host " + host + ": " + unknown.getMessage(), e);
      }
      throw e;
    }
    top.console.out().flush();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop(); // closes the store cleanly, so the next run opens it
                    top.console.err().println("triangulate: server stopped");
                  } finally {
                    stopped.countDown();
                  }
                },
                "triangulate-stop-server"));
    top.console.err().println("Press Ctrl-C to stop.");
    stopped.await();
    return Triangulate.OK;
  }

  private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }
}
