package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI on the store built from the bundled {@code examples/} (what {@code triangulate serve}
 * shows after {@code triangulate ingest examples}), in Debian's chromium; skipped without it.
 */
class ExamplesBrowserTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir Path data;
  @TempDir Path profile;

  @Test
  void storesBuiltFromTheExamplesShowStoriesWithLineage() throws Exception {
    Chromium.assumeInstalled();
    Assumptions.assumeTrue(Files.isDirectory(EXAMPLES), "no examples folder at " + EXAMPLES);
    try (EmbeddedStoryView view = EmbeddedStoryView.open(data)) {
      IngestResult result = view.ingest(List.of(EXAMPLES.toString()));
      assertThat(result.added()).isPositive();
    }
    TriangulateServer server =
        TriangulateServer.builder()
            .store(data)
            .port(0)
            .out(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
            .build();
    int port = server.start();
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    try (Playwright playwright = Chromium.playwright();
        BrowserContext browser =
            playwright.chromium().launchPersistentContext(profile, Chromium.options())) {
      Page page = browser.newPage();
      page.navigate("http://127.0.0.1:" + port + "/");
      page.waitForSelector("#story-list li.story");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(shots.resolve("examples-01-list.png"))
              .setFullPage(true));
      // a story with more than one independent source, through the filter
      page.navigate("http://127.0.0.1:" + port + "/#/?minSources=2");
      page.waitForSelector("#story-list li.story");
      page.locator("#story-list li.story h2 a").first().click();
      page.waitForSelector("#lineage-graph g.node");
      assertThat(page.locator("#lineage-graph g.node").count()).isPositive();
      assertThat(page.locator("#brief").innerText()).contains("Brief");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(shots.resolve("examples-02-story.png"))
              .setFullPage(true));
    } finally {
      server.stop();
    }
  }
}
