package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.Problem;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.Origin;
import org.triangulate.core.reuse.RelationKind;

class ProvenanceEngineTest {

  @Test
  void addingOneArticleFindsItsRelationsAmongEarlierOnes() {
    try (ProvenanceEngine engine = ProvenanceEngine.builder().build()) {
      assertThat(engine.add(Fixtures.wire()).relations()).isEmpty();
      engine.add(Fixtures.independent());
      ProvenanceEngine.AddResult result = engine.add(Fixtures.syndicated());
      assertThat(result.relations())
          .anySatisfy(
              a -> {
                assertThat(a.other("harbor")).isEqualTo("wire");
                assertThat(a.kind()).isEqualTo(RelationKind.SYNDICATED);
              });
      assertThat(engine.relationsOf("wire")).extracting(a -> a.other("wire")).contains("harbor");
      assertThat(engine.add(Fixtures.syndicated()).repeat()).isTrue();
      assertThat(engine.size()).isEqualTo(3);
    }
  }

  @Test
  void lineageCollapsesCopiesOntoTheirOrigin() {
    try (ProvenanceEngine engine = ProvenanceEngine.builder().build()) {
      List<Article> all =
          List.of(
              Fixtures.wire(),
              Fixtures.independent(),
              Fixtures.syndicated(),
              Fixtures.partial(),
              Fixtures.rewrite(),
              Fixtures.translation());
      all.forEach(engine::add);
      Lineage lineage = engine.lineage(all.stream().map(Article::id).toList());
      // wire + its syndicated copy, rewrite and translation form one lineage; the partial copy
      // reuses under half of its text and the independent report is its own.
      assertThat(lineage.independentSources())
          .as(
              lineage.origins()
                  + " "
                  + lineage.edges().stream()
                      .map(e -> e.copy() + "<" + e.source() + " " + e.kind() + " " + e.direction())
                      .toList())
          .isEqualTo(3);
      Origin wire =
          lineage.origins().stream().filter(o -> o.id().equals("wire")).findFirst().orElseThrow();
      assertThat(wire.members()).containsExactly("bote", "farm", "harbor", "wire");
      assertThat(wire.certain()).isTrue();
      assertThat(lineage.edges())
          .anySatisfy(
              e -> {
                assertThat(e.copy()).isEqualTo("farm");
                assertThat(e.attributionLoss()).isTrue();
                assertThat(e.injectedContent()).isTrue();
              });
      assertThat(lineage.edges()).noneMatch(e -> e.kind() == RelationKind.INDEPENDENT);
    }
  }

  @Test
  void wireNamedByCreditButAbsentCountsAsOneLineage() {
    List<String> body = new ArrayList<>(Fixtures.WIRE.subList(1, Fixtures.WIRE.size()));
    body.add("Source: Kestrel Wire");
    Article one = Fixtures.article("one", "Site One", "2026-03-02T08:00:00Z", "en", body);
    Article two = Fixtures.article("two", "Site Two", "2026-03-02T08:01:00Z", "en", body);
    try (ProvenanceEngine engine = ProvenanceEngine.builder().build()) {
      engine.add(one);
      engine.add(two);
      engine.add(Fixtures.independent());
      Lineage lineage = engine.lineage(List.of("one", "two", "post"));
      assertThat(lineage.independentSources()).isEqualTo(2);
      assertThat(lineage.origins())
          .anySatisfy(
              o -> {
                assertThat(o.external()).isTrue();
                assertThat(o.name()).isEqualTo("Kestrel Wire");
                assertThat(o.members()).containsExactly("one", "two");
              });
    }
  }

  @Test
  void relationsSurviveReopeningAndNewArticlesMatchOldOnes(@TempDir Path folder) {
    try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(folder).build()) {
      engine.add(Fixtures.wire());
      engine.add(Fixtures.syndicated());
      engine.commit();
    }
    try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(folder).build()) {
      assertThat(engine.size()).isEqualTo(2);
      assertThat(engine.relationsOf("harbor"))
          .extracting(Alignment::kind)
          .containsExactly(RelationKind.SYNDICATED);
      ProvenanceEngine.AddResult later = engine.add(Fixtures.rewrite());
      assertThat(later.relations())
          .anySatisfy(a -> assertThat(a.kind()).isEqualTo(RelationKind.REWRITE));
    }
  }

  @Test
  void semanticChannelWithAFakeEmbedderFindsTheRewrite() {
    try (ProvenanceEngine engine =
        ProvenanceEngine.builder().embedder(new HashingEmbedder(128)).build()) {
      engine.add(Fixtures.wire());
      ProvenanceEngine.AddResult result = engine.add(Fixtures.rewrite());
      assertThat(result.relations()).extracting(Alignment::kind).contains(RelationKind.REWRITE);
    }
  }

  @Test
  void candidatesComeFromTheTimeWindowButUndatedArticlesAreNeverExcluded(@TempDir Path folder) {
    List<String> copy = Fixtures.WIRE.subList(1, Fixtures.WIRE.size());
    // 60 days after the wire: outside the default window of 30 days.
    Article late = Fixtures.article("late", "Late Site", "2026-05-01T08:00:00Z", "en", copy);
    Article undated = Fixtures.article("undated", "Undated Site", null, "en", copy);
    Article soon = Fixtures.article("soon", "Soon Site", "2026-03-20T08:00:00Z", "en", copy);
    try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(folder).build()) {
      engine.add(Fixtures.wire());
      assertThat(engine.add(late).relations()).isEmpty();
      engine.commit();
    }
    // Reopened: the publication times are rebuilt from the index.
    try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(folder).build()) {
      assertThat(engine.add(undated).relations())
          .extracting(a -> a.other("undated"))
          .containsExactlyInAnyOrder("wire", "late");
      // 18 days after the wire, 42 before the late copy: the wire and the undated copy only.
      assertThat(engine.add(soon).relations())
          .extracting(a -> a.other("soon"))
          .containsExactlyInAnyOrder("wire", "undated");
    }
    try (ProvenanceEngine engine =
        ProvenanceEngine.builder().candidateWindow(Duration.ofDays(90)).build()) {
      engine.add(Fixtures.wire());
      assertThat(engine.add(late).relations())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.other("late")).isEqualTo("wire");
                assertThat(a.kind()).isEqualTo(RelationKind.SYNDICATED);
              });
    }
  }

  @Test
  void theWindowAlsoHoldsForCandidatesFoundOnlyByTheirVectors() {
    // The wire's words in reverse order, without capitals or numbers: no shingle, band, name or
    // number in common, so only the (bag-of-words) vectors of the sentences find the pair.
    List<String> reversed = new ArrayList<>();
    for (String sentence : Fixtures.WIRE) {
      List<String> words = new ArrayList<>();
      for (String w : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}0-9]+")) {
        if (!w.isEmpty() && !w.matches(".*[0-9].*")) {
          words.add(0, w);
        }
      }
      String text = String.join(" ", words);
      reversed.add(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
    }
    Article near = Fixtures.article("near", "Near Site", "2026-03-04T08:00:00Z", "en", reversed);
    Article far = Fixtures.article("far", "Far Site", "2026-05-04T08:00:00Z", "en", reversed);
    try (ProvenanceEngine lexical = ProvenanceEngine.builder().build()) {
      lexical.add(Fixtures.wire());
      assertThat(lexical.add(near).relations()).isEmpty();
    }
    try (ProvenanceEngine engine =
        ProvenanceEngine.builder().embedder(new HashingEmbedder(256)).build()) {
      engine.add(Fixtures.wire());
      assertThat(engine.add(far).relations()).isEmpty();
      assertThat(engine.add(near).relations())
          .extracting(a -> a.other("near"))
          .containsExactly("wire");
    }
  }

  @Test
  void candidateWindowMustBePositive() {
    assertThatThrownBy(() -> ProvenanceEngine.builder().candidateWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("candidateWindow must be a positive duration");
    assertThatThrownBy(() -> ProvenanceEngine.builder().candidateWindow(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badInputBecomesProblemsNotExceptions() {
    PassageEmbedder latinOnly =
        new PassageEmbedder() {
          private final HashingEmbedder inner = new HashingEmbedder(32);

          @Override
          public String name() {
            return "latin-only";
          }

          @Override
          public int dimension() {
            return 32;
          }

          @Override
          public List<float[]> embed(List<String> passages) {
            return inner.embed(passages);
          }

          @Override
          public boolean understands(String script) {
            return script.equals("LATIN");
          }
        };
    StringBuilder huge = new StringBuilder();
    for (int k = 0; k < 500_000; k++) {
      huge.append(k % 17 == 16 ? "veldra. " : "flood ");
    }
    try (ProvenanceEngine engine = ProvenanceEngine.builder().embedder(latinOnly).build()) {
      assertThat(codes(engine.add(Fixtures.article("empty", "X", null, "en", List.of()))))
          .containsExactly("reuse-empty");
      assertThat(
              codes(
                  engine.add(
                      Fixtures.article(
                          "one-line", "X", null, "en", List.of("The river rose in Veldra.")))))
          .containsExactly("reuse-short");
      assertThat(
              codes(
                  engine.add(
                      Fixtures.article(
                          "junk",
                          "X",
                          null,
                          "en",
                          List.of(
                              "Subscribe to our newsletter.",
                              "Accept all cookies.",
                              "All rights reserved.")))))
          .containsExactly("reuse-boilerplate");
      assertThat(
              codes(
                  engine.add(Fixtures.article("huge", "X", null, "en", List.of(huge.toString())))))
          .contains("reuse-truncated");
      assertThat(
              codes(
                  engine.add(
                      Fixtures.article(
                          "tamil",
                          "X",
                          null,
                          "ta",
                          List.of("வெள்ளம் நகரத்தை தாக்கியது. மக்கள் பாதுகாப்பாக உள்ளனர்.")))))
          .contains("reuse-script");
      Article duplicate = Fixtures.wire().toBuilder().id("wire-again").build();
      engine.add(Fixtures.wire());
      assertThat(engine.add(duplicate).relations())
          .anySatisfy(
              a -> {
                assertThat(a.kind()).isEqualTo(RelationKind.SYNDICATED);
                assertThat(a.score()).isEqualTo(1.0);
              });
    }
  }

  private static List<String> codes(ProvenanceEngine.AddResult result) {
    return result.problems().stream().map(Problem::code).toList();
  }
}
