package org.triangulate.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleStore.PutOutcome;

/** Kills a real child JVM that is writing the store, then checks what survived. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StoreCrashTest {
  @TempDir Path folder;

  @Test
  void killedWriterLeavesEveryCommittedArticleIntactAndTheNextRunGoesOn() throws Exception {
    Process child = start("write");
    int committed = 0;
    try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
      String line;
      // let it commit a few batches, then kill it while it is writing the next ones
      while (committed < 200 && (line = lines.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).as("the child committed batches before it was killed").isEqualTo(200);

    try (var store = LuceneArticleStore.open(folder)) {
      long survived = store.size();
      assertThat(survived).isGreaterThanOrEqualTo(committed).isEqualTo(survived / 10 * 10);
      List<Article> all = new ArrayList<>();
      store.forEach(all::add);
      assertThat(all).hasSize((int) survived);
      for (int n = 0; n < all.size(); n++) {
        assertThat(all.get(n)).isEqualTo(TestArticles.numbered(n)); // intact, in order
      }
      // the next run re-reads the same input: committed articles are repeats, the rest is added
      for (int n = 0; n < survived; n++) {
        assertThat(store.put(TestArticles.numbered(n))).isEqualTo(PutOutcome.REPEAT);
      }
      for (int n = (int) survived; n < survived + 25; n++) {
        assertThat(store.put(TestArticles.numbered(n))).isEqualTo(PutOutcome.ADDED);
      }
      assertThat(store.search("\"cracks in the varrow levee\"", 5)).isNotEmpty();
    }
    try (var store = LuceneArticleStore.open(folder)) {
      assertThat(store.get("article-" + (committed + 5))).isPresent();
    }
  }

  @Test
  void aStoreHeldByAnotherProcessGivesAClearErrorAndIsFreeOnceItDies() throws Exception {
    Process child = start("hold");
    try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("open");
      assertThatThrownBy(() -> LuceneArticleStore.open(folder))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining(folder.toString())
          .hasMessageContaining("write.lock")
          .hasMessageContaining("--store");
      // reading the last commit still works while the other process holds the lock
      try (var reader = LuceneArticleStore.openReadOnly(folder)) {
        assertThat(reader.size()).isZero();
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    // a killed holder leaves write.lock behind, but the operating system lock is gone
    try (var store = LuceneArticleStore.open(folder)) {
      assertThat(store.put(TestArticles.numbered(1))).isEqualTo(PutOutcome.ADDED);
    }
  }

  private Process start(String mode) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            classpath,
            StoreWriterProcess.class.getName(),
            mode,
            folder.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }
}
