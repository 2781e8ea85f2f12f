package org.triangulate.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.report.Analysis;
import org.triangulate.report.Reports;

/**
 * Opens the {@code report.html} of the example corpus in headless Chromium: the page the browser
 * builds has every section of every story, links that land, and no script; a screenshot is kept in
 * {@code target/screenshots/report.png} to look at.
 */
class HtmlReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path folder;
  static Path html;

  @BeforeAll
  static void writeReport() {
    Analysis analysis = ExamplesReportTest.analyzeExamples();
    html = Reports.writeAll(analysis, folder.resolve("out")).get(2);
  }

  @Test
  void theBrowserShowsEverySectionOfEveryStory() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "headless Chromium is not at " + CHROMIUM + "; install Debian's chromium to run this test");
    String dom = chromium("--dump-dom", html.toUri().toString());
    assertThat(dom).contains("<h1>Triangulate report</h1>");
    int stories = count(dom, "<section class=\"story\">");
    assertThat(stories).isGreaterThanOrEqualTo(2);
    for (String section :
        List.of(
            "Who copied whom",
            "Brief",
            "Disputes",
            "Claims by source",
            "Timeline",
            "Copies",
            "Quotes",
            "Entities")) {
      assertThat(count(dom, "<h4>" + section + "</h4>")).as(section).isEqualTo(stories);
    }
    assertThat(count(dom, "<svg")).isEqualTo(stories);
    assertThat(dom).contains("independent source").contains("contradiction");
    assertThat(dom.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    // every link inside the page lands on an element of the page
    Set<String> ids = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(dom);
    while (id.find()) {
      ids.add(id.group(1));
    }
    List<String> targets = new ArrayList<>();
    Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(dom);
    while (href.find()) {
      targets.add(href.group(1).replace("&amp;", "&"));
    }
    assertThat(targets).hasSizeGreaterThan(50);
    assertThat(ids).containsAll(targets);
  }

  @Test
  void aScreenshotIsTaken() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "headless Chromium is not at " + CHROMIUM + "; install Debian's chromium to run this test");
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    Path png = shots.resolve("report.png");
    Files.deleteIfExists(png);
    chromium("--screenshot=" + png.toAbsolutePath(), html.toUri().toString());
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(20_000); // a page with content, not a blank one
    assertThat(new String(bytes, 1, 3, UTF_8)).isEqualTo("PNG");
  }

  /** Runs headless Chromium offline and returns what it printed on stdout. */
  private static String chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(folder, "profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=1280,2400",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stdout = folder.resolve("chromium-" + System.nanoTime() + ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium exit code").isZero();
    return Files.readString(stdout, UTF_8);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
