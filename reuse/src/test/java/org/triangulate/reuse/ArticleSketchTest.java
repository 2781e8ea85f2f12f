package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.RelationKind;

/**
 * Duel tests of sketch screening against full alignment, on a seeded stream of invented articles
 * (made-up towns and people, shared sentence templates, verbatim, partial and reworded copies).
 */
class ArticleSketchTest {

  @Test
  void screeningNeverContradictsTheAligner() {
    Aligner aligner = Aligner.builder().build();
    List<Article> stream = InventedNews.of(160, 7L);
    List<AnalysedArticle> analysed = stream.stream().map(aligner::analyse).toList();
    List<ArticleSketch> sketches = analysed.stream().map(ArticleSketch::of).toList();
    Map<ArticleSketch.Screen, Integer> seen = new EnumMap<>(ArticleSketch.Screen.class);
    int copiesAligned = 0;
    for (int i = 0; i < analysed.size(); i++) {
      for (int j = Math.max(0, i - 40); j < i; j++) {
        ArticleSketch.Screen screen =
            ArticleSketch.screen(
                sketches.get(i), sketches.get(j), true, ParaphraseScorer.LEXICAL.threshold());
        seen.merge(screen, 1, Integer::sum);
        Alignment full = aligner.align(analysed.get(i), analysed.get(j));
        switch (screen) {
          case UNRELATED ->
              assertThat(full.kind()).as(full.toString()).isEqualTo(RelationKind.UNRELATED);
          case INDEPENDENT -> {
            assertThat(full.kind()).as(full.toString()).isEqualTo(RelationKind.INDEPENDENT);
            assertThat(full.pairs()).isEmpty();
            assertThat(full.score())
                .isEqualTo(ArticleSketch.anchorDice(sketches.get(i), sketches.get(j)));
          }
          case ALIGN -> copiesAligned += full.kind().isCopy() ? 1 : 0;
        }
      }
    }
    // The stream exercises all three verdicts, and the copies all went to alignment.
    assertThat(seen).containsKeys(ArticleSketch.Screen.values());
    assertThat(copiesAligned).isGreaterThan(10);
  }

  @Test
  void withAModelOnlyTheNonLexicalGatesApply() {
    Aligner lexical = Aligner.builder().build();
    List<Article> stream = InventedNews.of(80, 11L);
    List<ArticleSketch> sketches =
        stream.stream().map(lexical::analyse).map(ArticleSketch::of).toList();
    for (int i = 1; i < sketches.size(); i++) {
      for (int j = 0; j < i; j++) {
        ArticleSketch.Screen withModel =
            ArticleSketch.screen(sketches.get(i), sketches.get(j), false, 0.5);
        ArticleSketch.Screen withoutModel =
            ArticleSketch.screen(sketches.get(i), sketches.get(j), true, 0.5);
        // Dropping the lexical gate can only send more pairs to alignment.
        if (withoutModel == ArticleSketch.Screen.ALIGN) {
          assertThat(withModel).isEqualTo(ArticleSketch.Screen.ALIGN);
        }
      }
    }
  }

  @Test
  void crossLanguagePairsAreAlwaysAligned() {
    Aligner aligner = Aligner.builder().build();
    ArticleSketch english = ArticleSketch.of(aligner.analyse(Fixtures.wire()));
    ArticleSketch other = ArticleSketch.of(aligner.analyse(Fixtures.translation()));
    assertThat(ArticleSketch.screen(other, english, true, 0.5))
        .isEqualTo(ArticleSketch.Screen.ALIGN);
  }

  @Test
  void encodesAndDecodesToTheSameVerdicts() {
    Aligner aligner = Aligner.builder().build();
    List<ArticleSketch> sketches =
        InventedNews.of(40, 3L).stream().map(aligner::analyse).map(ArticleSketch::of).toList();
    for (int i = 1; i < sketches.size(); i++) {
      byte[] bytes = sketches.get(i).encode();
      ArticleSketch copy = ArticleSketch.decode(bytes, 0, bytes.length);
      assertThat(copy.encode()).isEqualTo(bytes);
      assertThat(copy.sentences()).isEqualTo(sketches.get(i).sentences());
      for (int j = 0; j < i; j++) {
        assertThat(ArticleSketch.screen(copy, sketches.get(j), true, 0.5))
            .isEqualTo(ArticleSketch.screen(sketches.get(i), sketches.get(j), true, 0.5));
      }
    }
    byte[] bytes = sketches.get(0).encode();
    assertThatThrownBy(() -> ArticleSketch.decode(bytes, 0, bytes.length - 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void engineWithScreeningFindsExactlyTheRelationsOfFullAlignment(@TempDir Path folder) {
    List<Article> stream = InventedNews.of(140, 5L);
    List<List<Alignment>> full = new ArrayList<>();
    try (ProvenanceEngine engine = ProvenanceEngine.builder().screening(false).build()) {
      stream.forEach(engine::add);
      stream.forEach(a -> full.add(engine.relationsOf(a.id())));
      assertThat(engine.stats().screenedPairs()).isZero();
    }
    List<Article> first = stream.subList(0, 90);
    try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(folder).build()) {
      first.forEach(engine::add);
      engine.commit();
      assertThat(engine.stats().screenedPairs()).isPositive();
    }
    // Reopened: the sketches come back from the index and screen pairs with old articles too.
    try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(folder).build()) {
      stream.subList(90, stream.size()).forEach(engine::add);
      assertThat(engine.stats().screenedPairs()).isPositive();
      assertThat(engine.stats().sketchBytes()).isPositive();
      for (int k = 0; k < stream.size(); k++) {
        assertThat(new HashSet<>(engine.relationsOf(stream.get(k).id())))
            .as(stream.get(k).id())
            .isEqualTo(new HashSet<>(full.get(k)));
      }
    }
  }

  /** A seeded stream of invented news articles with planted copies. */
  static final class InventedNews {
    private static final String[] SYLLABLES = {
      "ka", "ver", "dra", "os", "lin", "tor", "mar", "hes", "by", "tar", "row", "bel", "sol", "vik",
      "mund", "zel", "gri", "fen"
    };
    private static final String[][] TEMPLATES = {
      {
        "The",
        "flood",
        "hit",
        "P",
        "on",
        "Monday",
        ",",
        "and",
        "officials",
        "said",
        "N",
        "people",
        "were",
        "affected",
        "."
      },
      {"X", "said", "the", "bridge", "near", "P", "had", "been", "closed", "overnight", "."},
      {
        "\"We",
        "are",
        "doing",
        "everything",
        "we",
        "can",
        "for",
        "the",
        "families",
        "of",
        "P",
        ",\"",
        "X",
        "told",
        "reporters",
        "."
      },
      {"Crews", "from", "G", "reached", "the", "school", "after", "N", "hours", "of", "work", "."},
      {"About", "N", "homes", "in", "P", "lost", "power", ",", "according", "to", "G", "."},
      {
        "Residents",
        "of",
        "P",
        "gathered",
        "outside",
        "the",
        "town",
        "hall",
        "to",
        "ask",
        "for",
        "news",
        "."
      },
      {"G", "sent", "N", "workers", "and", "two", "trucks", "to", "the", "harbour", "."},
      {"Investigators", "have", "not", "yet", "said", "what", "caused", "the", "damage", "."}
    };

    private InventedNews() {}

    static List<Article> of(int size, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      List<Article> out = new ArrayList<>();
      List<List<String>> bodies = new ArrayList<>();
      List<String[]> stories = new ArrayList<>();
      OffsetDateTime clock = OffsetDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC);
      for (int n = 0; n < size; n++) {
        clock = clock.plusMinutes(5 + random.nextInt(30));
        double r = random.nextDouble();
        List<String> body;
        if (!bodies.isEmpty() && r < 0.45) {
          int source = Math.max(0, bodies.size() - 1 - random.nextInt(Math.min(20, bodies.size())));
          List<String> original = bodies.get(source);
          if (r < 0.15) {
            body = new ArrayList<>(original);
            body.add("Subscribe to our newsletter for more local news.");
          } else if (r < 0.3) {
            body = sentences(stories.get(source), 6, random);
            body.add(2, original.get(random.nextInt(original.size())));
            body.add(4, original.get(random.nextInt(original.size())));
          } else {
            body = new ArrayList<>();
            for (String s : original) {
              body.add(
                  s.replace("said", "stated")
                      .replace("officials", "authorities")
                      .replace("homes", "houses")
                      .replace("reached", "got to"));
            }
          }
          bodies.add(body);
          stories.add(stories.get(source));
        } else {
          String[] story = {
            name(3, random),
            name(2, random) + " " + name(3, random),
            name(2, random) + " Rescue Service"
          };
          body = sentences(story, 8 + random.nextInt(4), random);
          bodies.add(body);
          stories.add(story);
        }
        ArticleBuilder b =
            Article.builder("test/s" + n)
                .id(String.format(Locale.ROOT, "s%04d", n))
                .site("site" + random.nextInt(30) + ".example")
                .language("en")
                .published(new PublicationDate(clock, false, DateSource.META_TAG, 0.9));
        body.forEach(b::paragraph);
        out.add(b.build());
      }
      return out;
    }

    private static List<String> sentences(String[] story, int count, SplittableRandom random) {
      List<String> out = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        StringBuilder sb = new StringBuilder();
        for (String w : TEMPLATES[random.nextInt(TEMPLATES.length)]) {
          String v =
              switch (w) {
                case "P" -> story[0];
                case "X" -> story[1];
                case "G" -> story[2];
                case "N" -> Integer.toString(2 + random.nextInt(400));
                default -> w;
              };
          if (sb.length() > 0 && !v.equals(".") && !v.startsWith(",")) {
            sb.append(' ');
          }
          sb.append(v);
        }
        out.add(sb.toString().replace("\" ", "\""));
      }
      return out;
    }

    private static String name(int syllables, SplittableRandom random) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < syllables; k++) {
        sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }
  }
}
