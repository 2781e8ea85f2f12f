package org.triangulate.server;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * How every browser test starts Debian's chromium: never a browser download, no background traffic.
 */
final class Chromium {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private Chromium() {}

  /** Skips the calling test, saying how to install chromium, when it is absent. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(EXECUTABLE),
        "browser tests skipped: no chromium at /usr/bin/chromium;"
            + " run server/scripts/install-chromium.sh (apt-get install chromium)");
  }

  /** A Playwright that uses the system browser instead of downloading its own. */
  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** Headless, sandbox off (we run as root), background networking off, laptop-sized viewport. */
  static BrowserType.LaunchPersistentContextOptions options() {
    return new BrowserType.LaunchPersistentContextOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(
            List.of(
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--headless"))
        .setViewportSize(1280, 900);
  }
}
