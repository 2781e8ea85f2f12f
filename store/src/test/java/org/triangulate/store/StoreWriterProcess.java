package org.triangulate.store;

import java.nio.file.Path;

/**
 * A child process for the crash tests. {@code write DIR}: puts numbered articles forever,
 * committing every 10 and printing {@code committed N} after each commit. {@code hold DIR}: opens
 * the store, prints {@code open} and waits to be killed.
 */
public final class StoreWriterProcess {
  private StoreWriterProcess() {}

  public static void main(String[] args) throws InterruptedException {
    Path folder = Path.of(args[1]);
    // commitEvery is larger than the explicit batches, so only our commits make articles durable
    LuceneArticleStore store = LuceneArticleStore.builder(folder).commitEvery(1_000_000).open();
    if (args[0].equals("hold")) {
      System.out.println("open");
      System.out.flush();
      Thread.sleep(120_000);
      return;
    }
    for (int n = 0; ; n++) {
      store.put(TestArticles.numbered(n));
      if ((n + 1) % 10 == 0) {
        store.commit();
        System.out.println("committed " + (n + 1));
        System.out.flush();
      }
    }
  }
}
