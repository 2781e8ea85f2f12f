package org.triangulate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.store.LuceneArticleStore;

/** Stops a real {@code triangulate ingest} process (SIGTERM, as Ctrl-C) in the middle of a run. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StopDuringIngestTest {
  private static final int DOCUMENTS = 1_500;
  private static final Pattern DONE = Pattern.compile("(\\d+)/\\? docs");

  @TempDir Path dir;

  @Test
  void stoppingAnIngestCommitsWhatWasReadAndTheNextRunGoesOn() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < DOCUMENTS; i++) {
      Files.writeString(
          corpus.resolve(String.format(java.util.Locale.ROOT, "report-%05d.txt", i)),
          "Ferry service "
              + i
              + " resumes on the fictional Lake Orrin\n\nThe ferry line number "
              + i
              + " across the fictional Lake Orrin resumed on Monday after storms, the Orrin"
              + " Transport Board said, and boats ran every half hour.\n",
          UTF_8);
    }
    Path store = dir.resolve("data");
    Process child =
        start(
            "ingest",
            "--store",
            store.toString(),
            "--progress",
            "--threads",
            "1",
            corpus.toString());
    var stderr = new ByteArrayOutputStream();
    int seen = 0;
    try (InputStream err = child.getErrorStream()) {
      byte[] buffer = new byte[4096];
      int n;
      while (seen < 200 && (n = err.read(buffer)) > 0) {
        stderr.write(buffer, 0, n);
        Matcher m = DONE.matcher(stderr.toString(UTF_8));
        while (m.find()) {
          seen = Math.max(seen, Integer.parseInt(m.group(1)));
        }
      }
      // SIGTERM, so the shutdown hooks run as on Ctrl-C; the handle, unlike Process.destroy(),
      // leaves our end of stderr open to read what the child says while it stops
      child.toHandle().destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      stderr.write(err.readAllBytes());
    }
    String messages = stderr.toString(UTF_8);
    assertThat(seen).as(messages).isGreaterThanOrEqualTo(200);
    assertThat(messages)
        .as("stopped mid-run")
        .doesNotContain("ingest: " + DOCUMENTS + " documents");
    assertThat(messages).contains("the articles read so far are committed");

    long kept;
    try (var reader = LuceneArticleStore.openReadOnly(store)) {
      kept = reader.size();
      List<Article> all = new ArrayList<>();
      reader.forEach(all::add);
      assertThat(all)
          .hasSize((int) kept)
          .allSatisfy(a -> assertThat(a.text()).contains("Lake Orrin"));
    }
    // more than the batch commits (every 500) would have kept, and not yet everything
    assertThat(kept).isGreaterThanOrEqualTo(seen).isLessThan(DOCUMENTS);

    // the next run counts the kept articles as repeats and adds the rest
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code =
        Triangulate.run(
            new String[] {"ingest", "--store", store.toString(), corpus.toString()},
            new java.io.PrintStream(out, true, UTF_8),
            new java.io.PrintStream(err, true, UTF_8));
    assertThat(code).isZero();
    assertThat(err.toString(UTF_8))
        .contains((DOCUMENTS - kept) + " new, " + kept + " repeats")
        .contains("holds " + DOCUMENTS + " articles");
  }

  private static Process start(String... args) throws IOException {
    return ChildCli.command(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }
}
