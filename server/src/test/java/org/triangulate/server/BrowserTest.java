package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real browser: Debian's chromium driven by Playwright. Skipped when {@code
 * /usr/bin/chromium} is missing (server/scripts/install-chromium.sh installs it). Screenshots go to
 * {@code target/screenshots}.
 */
class BrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String TOKEN = "browser-token-0123456789abcdef";

  @TempDir static Path data;
  @TempDir static Path profile;
  private static TriangulateServer server;
  private static Http http;
  private static String base;
  private static Playwright playwright;
  private static BrowserContext browser;
  private Page page;
  private final List<String> dialogs = new ArrayList<>();
  private final List<String> pageErrors = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    Files.createDirectories(SCREENSHOTS);
    server =
        TriangulateServer.builder()
            .store(data)
            .port(0)
            .token(TOKEN)
            .out(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
            .build();
    int port = server.start();
    base = "http://127.0.0.1:" + port + "/";
    http = new Http(port);
    var ingest =
        http.post(
            "/api/v1/ingest", "application/x-ndjson", Fixtures.jsonLines(Fixtures.corpus()), TOKEN);
    assertThat(ingest.status()).as(ingest.body()).isEqualTo(201);
    var hostile =
        http.post(
            "/api/v1/ingest",
            "application/json",
            "[" + XssCorpus.textDocument() + "," + XssCorpus.htmlDocument() + "]",
            TOKEN);
    assertThat(hostile.json().get("added").asInt()).as(hostile.body()).isEqualTo(2);
    playwright = Chromium.playwright();
    browser =
        playwright
            .chromium()
            .launchPersistentContext(
                profile,
                Chromium.options()
                    // the CSP would stop injected scripts anyway; without it, the XSS test shows
                    // that escaping alone keeps every payload inert
                    .setBypassCSP(true));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @BeforeEach
  void openPage() {
    page = browser.newPage();
    page.onDialog(
        dialog -> {
          dialogs.add(dialog.message());
          dialog.dismiss();
        });
    page.onPageError(pageErrors::add);
  }

  @AfterEach
  void closePage() {
    page.close();
    assertThat(dialogs).as("no script from the data may open a dialog").isEmpty();
    assertThat(pageErrors).as("the UI's own script must not fail").isEmpty();
  }

  private void shot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private void openList() {
    page.navigate(base);
    page.waitForSelector("#story-list li.story");
  }

  @Test
  void storyListShowsSizesAndIndependentSources() {
    openList();
    Locator bridge = page.locator("li.story", new Page.LocatorOptions().setHasText("Varnholt"));
    assertThat(bridge.count()).isPositive();
    String meta = bridge.first().locator(".meta").innerText();
    assertThat(meta).containsPattern("\\d+ articles").contains("independent source");
    assertThat(page.locator("#story-count").innerText()).contains("stories match");
    shot("01-story-list");
  }

  @Test
  void filterBySourceAndDate() {
    openList();
    page.fill("#filter-source", "Lusk");
    page.click("#filters button[type=submit]");
    page.waitForURL(Pattern.compile(".*#/\\?source=Lusk$"));
    page.waitForFunction("() => document.querySelectorAll('#story-list li.story').length === 1");
    assertThat(page.locator("#story-list li.story").innerText()).contains("Lusk Bay");
    shot("02-filter-source");
    page.click("#filter-reset");
    page.fill("#filter-from", "2025-03-01");
    page.fill("#filter-to", "2025-03-31");
    page.click("#filters button[type=submit]");
    page.waitForFunction(
        "() => location.hash.includes('from=2025-03-01')"
            + " && document.querySelector('#story-list') !== null");
    assertThat(page.locator("#story-list").innerText()).contains("Varnholt").doesNotContain("Lusk");
  }

  @Test
  void storyPageShowsBriefLineageClaimsQuotesEntitiesTimeline() {
    openStory();
    assertThat(page.locator("#brief li").count()).isPositive();
    assertThat(page.locator("#brief a.cite").count()).isPositive();
    Locator nodes = page.locator("#lineage-graph g.node");
    assertThat(nodes.count()).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("#lineage-graph path.edge").count()).isPositive();
    assertThat(page.locator("#lineage-graph g.node.origin").count()).isPositive();
    assertThat(page.locator("#claims").innerText()).contains("Claims by independent source");
    assertThat(page.locator("#quotes").innerText()).contains("Tolvanen");
    assertThat(page.locator("#entities").innerText()).contains("Reske");
    assertThat(page.locator("#timeline h2").innerText()).isEqualTo("Timeline");
    shot("03-story-page");
  }

  @Test
  void lineageNodeOpensArticleAndSideBySideShowsAlignedPassages() {
    openStory();
    page.locator("#lineage-graph g.node[data-article='copy-1']").click();
    page.waitForSelector("#relations li");
    assertThat(page.locator("#article-text mark.reuse").count()).isPositive();
    shot("04-article-page");
    page.locator("#relations li", new Page.LocatorOptions().setHasText("wire-1"))
        .locator("a.side-by-side")
        .click();
    page.waitForSelector("#side-by-side mark.pair");
    assertThat(page.locator("#alignment-summary").innerText()).contains("syndicated");
    assertThat(page.locator("#side-left mark.pair").count()).isPositive();
    assertThat(page.locator("#side-right mark.pair").count()).isPositive();
    page.locator("#side-left mark.pair").first().click();
    assertThat(page.locator("#side-right mark.pair.active").count()).isPositive();
    shot("05-side-by-side");
  }

  @Test
  void keyboardOnlyNavigation() {
    openList();
    Locator first = page.locator("#story-list li.story a").first();
    first.focus();
    page.keyboard().press("Enter");
    page.waitForSelector("#lineage-graph");
    Locator node = page.locator("#lineage-graph g.node").first();
    node.focus();
    assertThat((Boolean) page.evaluate("() => document.activeElement.classList.contains('node')"))
        .isTrue();
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*#/article/.+"));
    page.waitForSelector("#article-text");
    assertThat(page.locator("h1").innerText()).isNotBlank();
  }

  @Test
  void searchFromTheHeader() {
    openList();
    page.fill("#search-box", "Tolvanen");
    page.keyboard().press("Enter");
    page.waitForSelector("#search-results li");
    assertThat(page.locator("#search-results").innerText()).contains("Varnholt");
    assertThat(page.locator("#search-results").innerText()).doesNotContain("Lusk");
    shot("06-search");
  }

  @Test
  void anArticleIngestedThroughTheApiAppearsWithoutAReload() {
    List<String> polls = new java.util.concurrent.CopyOnWriteArrayList<>();
    page.onRequest(
        request -> {
          if (request.url().endsWith("/api/v1/status")) {
            polls.add(request.url());
          }
        });
    openList();
    // the page listens to server-sent events; polling is only its fallback
    page.waitForFunction("() => document.body.dataset.live === 'events'");
    polls.clear();
    page.evaluate("() => { window.__sameDocument = true; }");
    var answer =
        http.post(
            "/api/v1/ingest",
            "application/json",
            "["
                + Fixtures.document(
                    "late-1",
                    "https://north-gazette.example/orchard",
                    "Frost destroys orchards in the Halden valley",
                    "2025-07-20T06:00:00Z",
                    "North Gazette",
                    "A late frost destroyed most of the apple blossom in the Halden valley"
                        + " overnight, growers said on Sunday. The growers' association chair"
                        + " Ottilie Brandt said 60 farms had lost at least half their crop."
                        + "\n\nThe regional council will meet on Wednesday to discuss aid.")
                + "]",
            TOKEN);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    page.locator("#story-list li.story", new Page.LocatorOptions().setHasText("Halden valley"))
        .waitFor(
            new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(15_000));
    assertThat(page.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
    assertThat(page.locator("#live").innerText()).contains("Updated");
    assertThat(page.evaluate("() => document.body.dataset.live")).isEqualTo("events");
    assertThat(polls).as("the update came as an event, not by polling").isEmpty();
    shot("07-live-update");
  }

  @Test
  void withoutEventsThePageFallsBackToPolling() {
    // a proxy that refuses the event stream: the page must notice and poll instead
    page.route("**/api/v1/events", route -> route.abort());
    openList();
    page.waitForFunction("() => document.body.dataset.live === 'polling'");
    var answer =
        http.post(
            "/api/v1/ingest",
            "application/json",
            "["
                + Fixtures.document(
                    "late-2",
                    "https://island-news.example/lighthouse",
                    "Lighthouse on Kessel point relit after forty years",
                    "2025-07-21T06:00:00Z",
                    "Island News",
                    "The lighthouse on Kessel point was relit on Monday night for the first"
                        + " time in forty years, the harbour trust said. Keeper Anselm Dorwick"
                        + " said 400 people watched from the quay.")
                + "]",
            TOKEN);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    page.locator("#story-list li.story", new Page.LocatorOptions().setHasText("Kessel point"))
        .waitFor(
            new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(15_000));
    assertThat(page.evaluate("() => document.body.dataset.live")).isEqualTo("polling");
  }

  @Test
  void phoneSizedScreenKeepsTheListReadable() {
    page.setViewportSize(390, 844);
    openList();
    shot("08-phone-list");
    Object tooWide =
        page.evaluate(
            "() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id)");
    assertThat((List<?>) tooWide).as("no horizontal scrolling on a phone").isEmpty();
  }

  @Test
  void xssPayloadsRenderInertOnEveryPage() {
    List<String> routes =
        List.of(
            "",
            "#/articles",
            "#/article/xss-1",
            "#/article/xss-2",
            "#/search?q=quarry",
            "#/?q=quarry",
            "#/compare/xss-1/xss-2");
    for (String route : routes) {
      page.navigate(base + route);
      page.waitForFunction("() => !document.querySelector('main').innerText.includes('Loading')");
      page.waitForTimeout(300);
      assertInert(route);
    }
    String storyId =
        page.evaluate(
                "async () => (await (await fetch('/api/v1/articles/xss-1')).json()).article.storyId")
            .toString();
    page.navigate(base + "#/story/" + storyId);
    page.waitForSelector("#lineage-graph");
    page.waitForTimeout(300);
    assertInert("story " + storyId);
    shot("09-xss-story");
    page.navigate(base + "#/article/xss-1");
    page.waitForSelector("#article-text");
    // the payloads are shown as text, literally
    assertThat(page.locator("h1").innerText()).contains("<img src=x onerror=");
    assertThat(page.locator("#article-text").innerText()).contains("<iframe src=");
    // the javascript: URL is shown as text but is no link
    assertThat(page.locator("main a[href^='javascript']").count()).isZero();
    shot("10-xss-article");
  }

  private void assertInert(String where) {
    assertThat(page.evaluate("() => window.__pwned === undefined"))
        .as("payload ran on " + where)
        .isEqualTo(true);
    Object injected =
        page.evaluate(
            "() => [...document.querySelectorAll('main *')].filter(e =>"
                + " ['SCRIPT','IMG','IFRAME','OBJECT','EMBED','DETAILS','STYLE','LINK'].includes(e.tagName)"
                + " || [...e.attributes].some(a => a.name.startsWith('on'))"
                + " || (e.getAttribute('href') || '').trim().toLowerCase().startsWith('javascript')"
                + " || (e.getAttribute('src') || '').trim().toLowerCase().startsWith('javascript'))"
                + ".map(e => e.outerHTML.slice(0, 120))");
    assertThat((List<?>) injected).as("elements injected on " + where).isEmpty();
  }

  private void openStory() {
    openList();
    page.locator("#story-list li.story a", new Page.LocatorOptions().setHasText("Varnholt"))
        .first()
        .click();
    page.waitForSelector("#lineage-graph");
    assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lineage"))
                .count())
        .isEqualTo(1);
  }
}
