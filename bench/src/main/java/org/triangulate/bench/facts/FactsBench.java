package org.triangulate.bench.facts;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;
import org.triangulate.facts.FactExtractor;

/**
 * Facts throughput on one core: every article analysed (baseline) against {@link
 * FactExtractor#extractAll} with a lineage map, on a seeded synthetic corpus of fictional wire
 * stories where half the articles are syndicated copies (the original text framed by site junk).
 * Prints articles/s for both, the ratio and the peak heap. Run: {@code FactsBench [originals]
 * [rounds]}.
 */
public final class FactsBench {
  private FactsBench() {}

  private static final String[] FIRST = {
    "Anna", "Tomas", "Lena", "Oskar", "Ilse", "Rafe", "Petra", "Idris", "Mohammed", "Sana"
  };
  private static final String[] LAST = {
    "Vell", "Derrin", "Farrow", "Halvey", "Marrow", "Ostrin", "Lindqvist", "al-Rashidi", "Korra"
  };
  private static final String[] PLACES = {
    "Kalvor", "Velra", "Ostmark", "Dunmere", "Varran", "Telluri", "Cresk", "Moravel"
  };
  private static final String[] GROUPS = {
    "Northern Liberation Front", "Velran Coast Guard", "Kalvor Rail Company", "Ostmark Police"
  };

  public static void main(String[] args) {
    int originals = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Random random = new Random(20251123L);
    List<Article> articles = new ArrayList<>();
    Map<String, String> lineage = new HashMap<>();
    for (int i = 0; i < originals; i++) {
      List<String> paragraphs = story(random);
      Article original = article("o" + i, paragraphs, List.of());
      Article copy =
          article(
              "c" + i,
              paragraphs,
              List.of(
                  "Advertisement - scroll to continue",
                  "Read more: FAQs about " + PLACES[i % PLACES.length]));
      articles.add(original);
      articles.add(copy);
      lineage.put(copy.id(), original.id());
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    FactExtractor facts = FactExtractor.builder().build();
    // Warm-up.
    for (int i = 0; i < Math.min(100, articles.size()); i++) {
      facts.extract(articles.get(i));
    }
    double bestAll = 0;
    double bestShared = 0;
    int computed = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      int sink = 0;
      for (Article a : articles) {
        sink += facts.extract(a).claims().size();
      }
      double all = articles.size() / ((System.nanoTime() - start) / 1e9);
      start = System.nanoTime();
      FactExtractor.Batch batch = facts.extractAll(articles, lineage);
      double shared = articles.size() / ((System.nanoTime() - start) / 1e9);
      computed = batch.computed();
      bestAll = Math.max(bestAll, all);
      bestShared = Math.max(bestShared, shared);
      if (sink < 0) {
        throw new AssertionError("unreachable");
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "facts bench: %d articles (%d originals + %d copies), %.0f chars/article, 1 thread,"
            + " best of %d%n",
        articles.size(),
        originals,
        originals,
        (double) chars / articles.size(),
        rounds);
    System.out.printf(Locale.ROOT, "  every article analysed : %8.1f articles/s%n", bestAll);
    System.out.printf(
        Locale.ROOT,
        "  once per lineage       : %8.1f articles/s (%d analysed)%n",
        bestShared,
        computed);
    System.out.printf(Locale.ROOT, "  ratio                  : %8.2fx%n", bestShared / bestAll);
    System.out.printf(Locale.ROOT, "  peak heap (all pools)  : %8.1f MB%n", peak / 1e6);
  }

  private static Article article(String id, List<String> paragraphs, List<String> junk) {
    ArticleBuilder builder =
        Article.builder(id + ".txt")
            .id(id)
            .published(
                PublicationDate.ofDay(LocalDate.of(2025, 3, 14), DateSource.INPUT_FIELD, 1.0));
    if (!junk.isEmpty()) {
      builder.paragraph(junk.get(0));
    }
    paragraphs.forEach(builder::paragraph);
    for (int i = 1; i < junk.size(); i++) {
      builder.paragraph(junk.get(i));
    }
    return builder.build();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A fictional wire story of 8 to 14 paragraphs. */
  static List<String> story(Random random) {
    List<String> paragraphs = new ArrayList<>();
    int length = 8 + random.nextInt(7);
    String person = pick(random, FIRST) + " " + pick(random, LAST);
    String place = pick(random, PLACES);
    String group = pick(random, GROUPS);
    for (int p = 0; p < length; p++) {
      String other = pick(random, PLACES);
      switch (random.nextInt(5)) {
        case 0 ->
            paragraphs.add(
                String.format(
                    Locale.ROOT,
                    "At least %d people were killed in %s on Thursday and %d in %s, officials of the"
                        + " %s said.",
                    2 + random.nextInt(40),
                    place,
                    1 + random.nextInt(20),
                    other,
                    group));
        case 1 ->
            paragraphs.add(
                String.format(
                    Locale.ROOT,
                    "\u201CWe will not leave %s until the road is safe,\u201D %s told reporters last"
                        + " week.",
                    place,
                    person));
        case 2 ->
            paragraphs.add(
                String.format(
                    Locale.ROOT,
                    "According to a spokesperson for the %s, about %,d troops were sent to %s in"
                        + " March 2024 at a cost of $%d million.",
                    group,
                    500 + random.nextInt(5000),
                    other,
                    1 + random.nextInt(90)));
        case 3 ->
            paragraphs.add(
                String.format(
                    Locale.ROOT,
                    "%s, also known as Abu %s, said the talks held %d days ago had failed and that"
                        + " nearly two dozen villages were evacuated.",
                    person,
                    pick(random, LAST),
                    2 + random.nextInt(9)));
        default ->
            paragraphs.add(
                String.format(
                    Locale.ROOT,
                    "The %s, which was founded in %d, said turnout rose by %d%% compared with a year"
                        + " ago in %s.",
                    group,
                    1950 + random.nextInt(70),
                    1 + random.nextInt(30),
                    other));
      }
    }
    return paragraphs;
  }
}
