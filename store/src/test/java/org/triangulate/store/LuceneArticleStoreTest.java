package org.triangulate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleStore.PutOutcome;
import org.triangulate.core.ArticleStore.SearchHit;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;

class LuceneArticleStoreTest {
  @TempDir Path folder;

  @Test
  void everyFieldRoundTripsExactlyAcrossReopen() {
    Article full = TestArticles.numbered(7);
    Article sparse =
        Article.builder("notes/bare.txt")
            .paragraph("Only text, in the fictional Kessa Valley.")
            .build();
    try (var store = LuceneArticleStore.open(folder)) {
      assertThat(store.put(full)).isEqualTo(PutOutcome.ADDED);
      assertThat(store.put(sparse)).isEqualTo(PutOutcome.ADDED);
      assertThat(store.get(full.id())).contains(full); // before any commit
    }
    try (var store = LuceneArticleStore.open(folder)) {
      assertThat(store.get(full.id())).contains(full);
      Article back = store.get(sparse.id()).orElseThrow();
      assertThat(back).isEqualTo(sparse);
      assertThat(back.title()).isNull();
      assertThat(back.published()).isNull();
      assertThat(store.get("no-such-id")).isEmpty();
    }
  }

  @Test
  void dayOnlyDatesLongTextsAndUnusualCharactersRoundTrip() {
    String longText = "Ünïcödé 🌊 \u0000 rivers of the fictional Narn delta. ".repeat(5_000);
    Article article =
        Article.builder("feed.rss#2")
            .title("Flood \"warning\" <b>in</b> Narn")
            .published(
                PublicationDate.ofDay(LocalDate.of(2025, 3, 15), DateSource.TEXT_DATE_LINE, 0.5))
            .language("fr")
            .paragraph(longText)
            .build();
    assertThat(longText.length()).isGreaterThan(65_535);
    try (var store = LuceneArticleStore.open(folder)) {
      store.put(article);
    }
    try (var store = LuceneArticleStore.open(folder)) {
      assertThat(store.get(article.id())).contains(article);
    }
  }

  @Test
  void sameIdTwiceIsARepeatAlsoAfterReopen() {
    try (var store = LuceneArticleStore.open(folder)) {
      assertThat(store.put(TestArticles.numbered(1))).isEqualTo(PutOutcome.ADDED);
      assertThat(store.put(TestArticles.numbered(1))).isEqualTo(PutOutcome.REPEAT);
      assertThat(store.size()).isEqualTo(1);
    }
    try (var store = LuceneArticleStore.open(folder)) {
      assertThat(store.put(TestArticles.numbered(1))).isEqualTo(PutOutcome.REPEAT);
      assertThat(store.put(TestArticles.numbered(2))).isEqualTo(PutOutcome.ADDED);
      assertThat(store.size()).isEqualTo(2);
    }
  }

  @Test
  void forEachVisitsInInsertionOrderAcrossManyCommitsAndReopens() {
    List<Integer> order = List.of(5, 3, 9, 1, 7, 2, 8, 0, 6, 4);
    try (var store = LuceneArticleStore.builder(folder).commitEvery(3).open()) {
      order.subList(0, 6).forEach(n -> store.put(TestArticles.numbered(n)));
    }
    try (var store = LuceneArticleStore.builder(folder).commitEvery(2).open()) {
      order.subList(6, 10).forEach(n -> store.put(TestArticles.numbered(n)));
      List<String> seen = new ArrayList<>();
      store.forEach(a -> seen.add(a.id()));
      assertThat(seen).containsExactlyElementsOf(order.stream().map(n -> "article-" + n).toList());
    }
  }

  @Test
  void forEachPagesThroughLargeStores() {
    try (var store = LuceneArticleStore.builder(folder).commitEvery(400).open()) {
      for (int n = 0; n < 1_300; n++) {
        store.put(TestArticles.numbered(n));
      }
      List<String> seen = new ArrayList<>();
      store.forEach(a -> seen.add(a.id()));
      assertThat(seen).hasSize(1_300).first().isEqualTo("article-0");
      assertThat(seen.get(1_299)).isEqualTo("article-1299");
    }
  }

  @Test
  void batchesAreCommittedAutomatically() {
    try (var store = LuceneArticleStore.builder(folder).commitEvery(4).open()) {
      for (int n = 0; n < 10; n++) {
        store.put(TestArticles.numbered(n));
      }
      // a reader of the last commit sees the two full batches, not the two pending articles
      try (var reader = LuceneArticleStore.openReadOnly(folder)) {
        assertThat(reader.size()).isEqualTo(8);
        assertThat(reader.get("article-7")).contains(TestArticles.numbered(7));
        assertThat(reader.get("article-8")).isEmpty();
      }
      store.commit();
      try (var reader = LuceneArticleStore.openReadOnly(folder)) {
        assertThat(reader.size()).isEqualTo(10);
      }
    }
  }

  @Test
  void searchFindsTitleAndTextWithASnippetAroundTheMatch() {
    Article levee = TestArticles.numbered(3);
    Article other =
        Article.builder("b.txt")
            .title("Harvest festival in Dorne")
            .paragraph(
                "The fictional town of Dorne held its harvest festival. "
                    + "Much later in a long text, the mayor mentioned the levee only once.")
            .build();
    try (var store = LuceneArticleStore.open(folder)) {
      store.put(levee);
      store.put(other);
      List<SearchHit> hits = store.search("levee", 10);
      assertThat(hits).extracting(SearchHit::articleId).containsExactly(levee.id(), other.id());
      assertThat(hits.get(0).title()).isEqualTo(levee.title());
      assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
      assertThat(hits.get(1).snippet()).contains("levee").doesNotContain("\n");

      assertThat(store.search("harvest festival", 10))
          .extracting(SearchHit::articleId)
          .containsExactly(other.id());
      assertThat(store.search("\"Mayor Ilsa Brandt\"", 10))
          .extracting(SearchHit::articleId)
          .containsExactly(levee.id());
      assertThat(store.search("levee -harvest", 10))
          .extracting(SearchHit::articleId)
          .containsExactly(levee.id());
      assertThat(store.search("nonexistentword", 10)).isEmpty();
      assertThat(store.search("((( \"", 10)).isEmpty(); // odd syntax never throws
      assertThat(store.search("levee", 1)).hasSize(1);
    }
  }

  @Test
  void snippetsStartAndEndOnWordBoundaries() {
    try (var store = LuceneArticleStore.open(folder)) {
      String text = "alpha beta gamma delta ".repeat(20) + "target " + "omega psi chi ".repeat(30);
      String snippet = store.snippet(text, java.util.Set.of("target"));
      assertThat(snippet).startsWith("…").endsWith("…").contains("target");
      String inner = snippet.substring(1, snippet.length() - 1);
      for (String word : inner.split(" ")) {
        assertThat(word).isIn("alpha", "beta", "gamma", "delta", "target", "omega", "psi", "chi");
      }
    }
  }

  @Test
  void badCallsSayWhatToDo() {
    try (var store = LuceneArticleStore.open(folder)) {
      assertThatThrownBy(() -> store.search(" ", 10)).hasMessageContaining("query");
      assertThatThrownBy(() -> store.search("levee", 0)).hasMessageContaining("limit");
      assertThatThrownBy(() -> LuceneArticleStore.builder(folder).commitEvery(0))
          .hasMessageContaining("commitEvery");
    }
    assertThatThrownBy(() -> LuceneArticleStore.openReadOnly(folder.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no store at")
        .hasMessageContaining("--store");
    try (var reader = LuceneArticleStore.openReadOnly(folder)) {
      assertThatThrownBy(() -> reader.put(TestArticles.numbered(1)))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("read-only");
    }
    var store = LuceneArticleStore.open(folder);
    store.close();
    store.close(); // closing twice is harmless
    assertThatThrownBy(() -> store.get("x")).hasMessageContaining("closed");
  }
}
