package org.triangulate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.triangulate.core.Article;
import org.triangulate.core.compare.BriefSentence;
import org.triangulate.core.compare.ClaimGroup;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.compare.TimelineEntry;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Claim;
import org.triangulate.core.facts.ClaimScope;
import org.triangulate.core.facts.DateMention;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.facts.TimexType;

/** Random facts with offsets in and out of range, odd values and junk dates never break a run. */
class HostileInputTest {
  private static final List<String> UNITS =
      List.of("people killed", "dead", "troops", "%", "USD", "miles", "km", "", "the", "homes");
  private static final List<String> QUALIFIERS =
      List.of("about", "more than", "nearly", "up to", "at least", "fewer than", "some");
  private static final List<String> DATES =
      List.of(
          "2025-03-13",
          "2025-02",
          "2024",
          "2025-W53",
          "2026-W53",
          "2025-Q4",
          "XXXX-03-13",
          "PRESENT_REF",
          "P3Y",
          "2025-02-30",
          "2025-13-01",
          "2025-03-13T17:00",
          "9999-12-31");

  @Property(tries = 60)
  void randomFactsNeverBreakTheComparison(@ForAll long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(6);
    List<Article> articles = new ArrayList<>();
    List<ArticleFacts> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder p = new StringBuilder();
      for (int w = 0; w < 5 + random.nextInt(40); w++) {
        p.append(
                List.of(
                        "Pellmoor",
                        "flood",
                        "23",
                        "<script>x</script>",
                        "said",
                        "on",
                        "Tuesday.",
                        "The",
                        "\"We",
                        "rise,\"",
                        "killed",
                        "\u0000",
                        "é")
                    .get(random.nextInt(13)))
            .append(random.nextInt(5) == 0 ? ". " : " ");
      }
      Article a =
          Fixtures.article(
              "a" + i, random.nextBoolean() ? null : "Site " + i, "2031-05-02", p.toString());
      articles.add(a);
      int len = a.text().length();
      List<Claim> claims = new ArrayList<>();
      List<Quote> quotes = new ArrayList<>();
      List<DateMention> dates = new ArrayList<>();
      for (int k = 0; k < random.nextInt(6); k++) {
        int s = random.nextInt(len + 20);
        int e = s + random.nextInt(15);
        double v = random.nextInt(4) == 0 ? random.nextDouble() * 1e12 : random.nextInt(50);
        claims.add(
            new Claim(
                "c" + k,
                a.id(),
                "x",
                v,
                random.nextBoolean() ? null : v + random.nextInt(10),
                UNITS.get(random.nextInt(UNITS.size())),
                random.nextBoolean(),
                random.nextBoolean() ? null : QUALIFIERS.get(random.nextInt(QUALIFIERS.size())),
                new ClaimScope(
                    random.nextBoolean() ? "Pellmoor" : null,
                    random.nextBoolean() ? "on Tuesday (2031-04-29)" : null,
                    null),
                s,
                e));
        quotes.add(
            new Quote(
                a.id(),
                "We rise together now",
                random.nextBoolean(),
                random.nextBoolean() ? "Ilka Marr" : "Tom Vey",
                null,
                null,
                "said",
                s,
                e,
                List.of()));
        dates.add(
            new DateMention(
                a.id(),
                "on Tuesday",
                TimexType.values()[random.nextInt(4)],
                DATES.get(random.nextInt(DATES.size())),
                s,
                e));
      }
      facts.add(
          new ArticleFacts(
              random.nextInt(8) == 0 ? "stranger" : a.id(),
              List.of(),
              quotes,
              claims,
              dates,
              List.of()));
    }
    Comparison c =
        StoryComparator.builder()
            .briefSentences(random.nextInt(6))
            .build()
            .compare(StoryInput.of("s", articles, new StoryFacts(List.of(), facts)));
    Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, a -> a));
    for (ClaimGroup g : c.claims()) {
      for (Evidence e : g.evidence()) {
        assertThat(e.span().end()).isLessThanOrEqualTo(byId.get(e.article()).text().length());
      }
    }
    for (TimelineEntry t : c.timeline()) {
      assertThat(byId.keySet()).containsAll(t.articles());
    }
    for (BriefSentence s : c.brief().sentences()) {
      assertThat(s.citations()).isNotEmpty();
    }
    assertThat(c.independentSources()).isEqualTo(n);
  }
}
