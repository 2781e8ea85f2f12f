package org.triangulate.bench.stories;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;

/**
 * A seeded stream of synthetic news: many fictional events of few kinds (floods, strikes, fires
 * ...), each reported by several articles over a few days, with invented places, people,
 * organisations and numbers, general filler vocabulary and wording that varies per article. Events
 * of one kind share most of their words; only names, numbers and time tell them apart.
 */
public final class SyntheticNews {
  /** One generated article with the event it reports. */
  public record Item(Article article, int event) {}

  private static final String[][] KINDS = {
    {
      "flood", "river", "water", "rescue", "evacuated", "levee", "rain", "boats", "shelter", "homes"
    },
    {
      "earthquake",
      "magnitude",
      "tremor",
      "collapsed",
      "rubble",
      "aftershock",
      "quake",
      "epicentre",
      "buildings",
      "injured"
    },
    {
      "strike",
      "union",
      "workers",
      "wages",
      "walkout",
      "pickets",
      "negotiations",
      "contract",
      "factory",
      "management"
    },
    {
      "fire",
      "blaze",
      "firefighters",
      "smoke",
      "burned",
      "flames",
      "arson",
      "warehouse",
      "crews",
      "evacuation"
    },
    {
      "election",
      "votes",
      "ballot",
      "candidate",
      "campaign",
      "turnout",
      "polls",
      "coalition",
      "parliament",
      "seats"
    },
    {
      "arrest",
      "police",
      "suspect",
      "charged",
      "court",
      "robbery",
      "investigation",
      "detectives",
      "custody",
      "warrant"
    },
    {
      "crash",
      "train",
      "derailed",
      "passengers",
      "carriages",
      "signal",
      "railway",
      "collision",
      "track",
      "investigators"
    },
    {
      "outbreak",
      "virus",
      "cases",
      "hospital",
      "patients",
      "vaccine",
      "infection",
      "clinic",
      "health",
      "quarantine"
    },
    {
      "merger",
      "shares",
      "acquisition",
      "company",
      "investors",
      "deal",
      "billion",
      "board",
      "takeover",
      "market"
    },
    {
      "storm",
      "wind",
      "hurricane",
      "damage",
      "power",
      "coast",
      "landfall",
      "gusts",
      "outages",
      "warning"
    }
  };

  private static final String[] SYLLABLES = {
    "ka", "lo", "mer", "tin", "ve", "dra", "os", "trin", "hal", "low", "bri", "sen", "mor", "ath",
    "el", "vik", "ran", "dor", "pel", "quin", "sar", "tov", "ul", "zen", "bal", "cor", "fen", "gar"
  };

  /** Articles per year of {@link #generateAtSteadyRate(int)}. */
  public static final int ARTICLES_PER_YEAR = 50_000;

  private static final double YEAR_SECONDS = Duration.ofDays(365).getSeconds();

  private final Random random;
  private final List<String> filler = new ArrayList<>();

  public SyntheticNews(long seed) {
    random = new Random(seed);
    for (int i = 0; i < 3000; i++) {
      filler.add(word(2 + random.nextInt(2)));
    }
  }

  /**
   * {@code count} articles in time order, starting 2025-01-01, about events that each get 1 to 30
   * articles over up to five days; about {@code count / 8} events, so many run at once.
   */
  public List<Item> generate(int count) {
    return generate(
        count, Duration.ofDays(365).multipliedBy(Math.max(1, count / ARTICLES_PER_YEAR)));
  }

  /**
   * {@code count} articles in time order at the rate of {@code generate(100_000)} whatever the
   * count ({@value #ARTICLES_PER_YEAR} a year: event starts spread over {@code count / 50,000}
   * years), so that a position in the stream has the same mix of continuing and new events however
   * long the stream is (apart from its first and last five days). Same generator as {@link
   * #generate(int)}; the stream differs from it unless the count is a multiple of 50,000.
   */
  public List<Item> generateAtSteadyRate(int count) {
    return generate(
        count, Duration.ofSeconds(Math.round(count * YEAR_SECONDS / ARTICLES_PER_YEAR)));
  }

  private List<Item> generate(int count, Duration span) {
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    long spanSeconds = span.getSeconds();
    List<Item> items = new ArrayList<>(count);
    List<Instant> times = new ArrayList<>(count);
    int event = 0;
    while (items.size() < count) {
      int kind = random.nextInt(KINDS.length);
      String place = capital(word(3));
      String region = capital(word(2)) + " " + (random.nextBoolean() ? "County" : "Valley");
      String person = capital(word(2)) + " " + capital(word(3));
      String organisation = capital(word(3)) + " " + (random.nextBoolean() ? "Group" : "Agency");
      int number = 2 + random.nextInt(400);
      Instant eventStart = start.plusSeconds((long) (random.nextDouble() * spanSeconds));
      int articles = 1 + (int) Math.min(29, Math.floor(-Math.log(1 - random.nextDouble()) * 8));
      for (int a = 0; a < articles && items.size() < count; a++) {
        Instant time = eventStart.plusSeconds((long) (random.nextDouble() * 5 * 86_400));
        items.add(
            new Item(
                article(items.size(), kind, place, region, person, organisation, number, time),
                event));
        times.add(time);
      }
      event++;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(times::get));
    List<Item> sorted = new ArrayList<>(items.size());
    for (int i : order) {
      sorted.add(items.get(i));
    }
    return sorted;
  }

  private Article article(
      int n,
      int kind,
      String place,
      String region,
      String person,
      String organisation,
      int number,
      Instant time) {
    String[] words = KINDS[kind];
    ArticleBuilder b =
        Article.builder("synthetic/" + n)
            .id("a" + n)
            .language("en")
            .title(
                capital(pick(words))
                    + " in "
                    + place
                    + ": "
                    + number
                    + " "
                    + pick(words)
                    + " "
                    + pick(filler))
            .published(
                PublicationDate.ofDay(
                    time.atOffset(ZoneOffset.UTC).toLocalDate(), DateSource.INPUT_FIELD, 0.9));
    int paragraphs = 3 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder text = new StringBuilder();
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        text.append(sentence(words, place, region, person, organisation, number)).append(' ');
      }
      b.paragraph(text.toString());
    }
    return b.build();
  }

  private String sentence(
      String[] words, String place, String region, String person, String organisation, int number) {
    StringBuilder s = new StringBuilder(capital(pick(filler)));
    int length = 8 + random.nextInt(10);
    for (int i = 1; i < length; i++) {
      s.append(' ');
      double r = random.nextDouble();
      if (r < 0.25) {
        s.append(pick(words));
      } else if (r < 0.29) {
        s.append(place);
      } else if (r < 0.31) {
        s.append(person);
      } else if (r < 0.33) {
        s.append(region);
      } else if (r < 0.345) {
        s.append(organisation);
      } else if (r < 0.36) {
        s.append(number);
      } else {
        s.append(pick(filler));
      }
    }
    return s.append('.').toString();
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private String pick(List<String> words) {
    // Zipf-like: common filler words are much more frequent than rare ones
    int i =
        (int)
            Math.min(words.size() - 1, Math.floor(Math.pow(random.nextDouble(), 3) * words.size()));
    return words.get(i);
  }

  private String word(int syllables) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  private static String capital(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
