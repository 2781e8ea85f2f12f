package org.triangulate.bench.reuse;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.reuse.RelationKind;

/**
 * A seeded generator of synthetic news corpora with planted copies. Stories are invented events
 * (places, people, organisations and numbers made from syllables); each original article tells its
 * story with its own choice of sentence templates and words. Copies are planted at known rates:
 * syndicated (same text, a dateline cut, junk lines added, sometimes trimmed), partial (own
 * reporting around two or three verbatim sentences of the source) and rewrites (every sentence
 * reworded with a synonym table and clauses moved, a quote dropped, an FAQ added). Independent
 * articles about the same story are planted too, as hard negatives. No outside text is used.
 *
 * <p>Names behave as in real news, where new places and people keep appearing: a new story's place,
 * surnames and organisations are fresh names (three syllables of 600, never drawn twice) except at
 * stated rates, at which they are taken from an earlier story (any earlier one, so such shared
 * names are spread over the whole corpus): place {@value #PLACE_REUSE}, the neighbouring place
 * {@value #OTHER_REUSE}, each surname {@value #SURNAME_REUSE}, each organisation {@value
 * #ORG_REUSE}. Given names come from a fixed set of 1,296 (two of 36 syllables), so they are common
 * across stories, as given names are. The rate at which unrelated stories share a name therefore
 * does not depend on the corpus size. (Before, every name came from the 36 syllables: 46,656
 * three-syllable names for about 55,000 stories at 100,000 articles, so unrelated stories shared
 * their places and surnames more and more as the corpus grew.)
 */
final class CorpusGenerator {
  /** A planted relation: {@code copy} derives from {@code source}. */
  record Planted(String copy, String source, RelationKind kind) {}

  /** A generated corpus: articles in publication order, planted relations, lineage of each id. */
  record Corpus(List<Article> articles, List<Planted> planted, Map<String, String> lineageOf) {}

  private static final String[] SYLLABLES = {
    "ka", "ver", "dra", "os", "lin", "tor", "mar", "hes", "by", "tar", "row", "quist", "bel", "an",
    "sol", "vik", "mund", "ra", "zel", "po", "gri", "fen", "dal", "ost", "ru", "nel", "sk", "ami",
    "bro", "cet", "hal", "um", "tev", "ya", "lor", "ness"
  };
  // Fresh names: onset + vowel + coda, 20 x 5 x 6 = 600 syllables, 2.16e8 three-syllable names.
  private static final String[] ONSETS = {
    "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr",
    "st", "tr"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
  private static final String[] CODAS = {"", "n", "r", "l", "s", "k"};
  static final double PLACE_REUSE = 0.05;
  static final double OTHER_REUSE = 0.2;
  static final double SURNAME_REUSE = 0.02;
  static final double ORG_REUSE = 0.1;
  private static final String[] EVENTS = {
    "flood",
    "fire",
    "strike",
    "landslide",
    "blackout",
    "protest",
    "election",
    "storm",
    "bridge collapse",
    "train derailment",
    "chemical leak",
    "drought"
  };
  private static final String[] ROLES = {
    "mayor", "police chief", "fire officer", "council spokesperson", "minister", "engineer",
    "union leader", "hospital director", "resident", "shop owner", "teacher", "farmer"
  };
  private static final String[] NOUNS = {
    "road",
    "bridge",
    "school",
    "hospital",
    "market",
    "station",
    "harbour",
    "factory",
    "depot",
    "clinic",
    "warehouse",
    "stadium",
    "library",
    "ferry terminal",
    "water plant",
    "power line"
  };
  private static final String[] TIMES = {
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "at dawn",
    "late on Sunday",
    "overnight",
    "by noon",
    "in the evening"
  };
  private static final String[][] TEMPLATES = {
    {
      "The",
      "E",
      "hit",
      "P",
      "T",
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
    {"R", "X", "said", "the", "O", "near", "the", "C", "had", "been", "closed", "T", "."},
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
    {"Crews", "from", "G", "reached", "the", "C", "T", "after", "N", "hours", "of", "work", "."},
    {"About", "N", "homes", "in", "P", "lost", "power", ",", "according", "to", "G", "."},
    {"The", "C", "in", "P", "will", "stay", "shut", "until", "the", "O", "is", "checked", "."},
    {
      "X", ",", "a", "R", ",", "said", "the", "damage", "to", "the", "O", "could", "cost", "N",
      "million", "crowns", "."
    },
    {
      "Residents",
      "of",
      "P",
      "gathered",
      "outside",
      "the",
      "C",
      "T",
      "to",
      "ask",
      "for",
      "news",
      "."
    },
    {"G", "sent", "N", "workers", "and", "two", "trucks", "to", "the", "O", "."},
    {
      "Investigators",
      "have",
      "not",
      "yet",
      "said",
      "what",
      "caused",
      "the",
      "E",
      "at",
      "the",
      "C",
      "."
    },
    {"Traffic", "on", "the", "road", "between", "P", "and", "Q", "was", "diverted", "T", "."},
    {
      "The",
      "regional",
      "office",
      "of",
      "G",
      "promised",
      "N",
      "thousand",
      "crowns",
      "in",
      "aid",
      "."
    }
  };
  private static final Map<String, String> SYNONYMS = new HashMap<>();

  static {
    String[][] pairs = {
      {"hit", "struck"},
      {"officials", "authorities"},
      {"said", "stated"},
      {"people", "residents"},
      {"were", "had been"},
      {"affected", "hurt"},
      {"near", "close to"},
      {"closed", "shut"},
      {"doing", "trying"},
      {"everything", "all"},
      {"families", "households"},
      {"told", "informed"},
      {"reporters", "journalists"},
      {"crews", "teams"},
      {"reached", "got to"},
      {"hours", "hrs"},
      {"work", "effort"},
      {"homes", "houses"},
      {"lost", "were left without"},
      {"according", "as reported"},
      {"stay", "remain"},
      {"shut", "closed"},
      {"checked", "inspected"},
      {"damage", "harm"},
      {"could", "might"},
      {"cost", "reach"},
      {"gathered", "assembled"},
      {"outside", "in front of"},
      {"ask", "request"},
      {"news", "information"},
      {"sent", "dispatched"},
      {"workers", "staff"},
      {"trucks", "lorries"},
      {"investigators", "inspectors"},
      {"caused", "triggered"},
      {"traffic", "vehicles"},
      {"diverted", "rerouted"},
      {"promised", "pledged"},
      {"aid", "support"},
      {"regional", "district"},
      {"office", "branch"},
      {"yet", "so far"}
    };
    for (String[] p : pairs) {
      SYNONYMS.put(p[0], p[1]);
    }
  }

  private final SplittableRandom random;
  private final Set<String> freshNames = new HashSet<>();
  private final List<Story> stories = new ArrayList<>();
  private final double syndicatedRate;
  private final double partialRate;
  private final double rewriteRate;
  private final double independentRate;

  CorpusGenerator(
      long seed, double syndicated, double partial, double rewrite, double independent) {
    this.random = new SplittableRandom(seed);
    this.syndicatedRate = syndicated;
    this.partialRate = partial;
    this.rewriteRate = rewrite;
    this.independentRate = independent;
  }

  /** A story: its invented names and numbers. */
  private record Story(
      String place, String other, String event, List<String> people, List<String> orgs, int seed) {}

  /** An original article kept for copying: its paragraphs, story and lineage. */
  private record Original(String id, List<String> paragraphs, Story story, String site) {}

  Corpus generate(int size) {
    List<Article> articles = new ArrayList<>(size);
    List<Planted> planted = new ArrayList<>();
    Map<String, String> lineage = new HashMap<>();
    List<Original> originals = new ArrayList<>();
    OffsetDateTime clock = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    for (int n = 0; n < size; n++) {
      clock = clock.plusMinutes(1 + random.nextInt(20));
      String id = String.format(Locale.ROOT, "a%07d", n);
      String site = "site" + random.nextInt(400) + ".example";
      double r = random.nextDouble();
      Original source =
          originals.isEmpty()
              ? null
              : originals.get(
                  Math.max(
                      0, originals.size() - 1 - random.nextInt(Math.min(500, originals.size()))));
      List<String> paragraphs;
      if (source != null && r < syndicatedRate) {
        paragraphs = syndicate(source.paragraphs);
        planted.add(new Planted(id, source.id, RelationKind.SYNDICATED));
        lineage.put(id, lineage.get(source.id));
      } else if (source != null && r < syndicatedRate + partialRate) {
        paragraphs = partial(source);
        planted.add(new Planted(id, source.id, RelationKind.PARTIAL));
        lineage.put(id, lineage.get(source.id));
      } else if (source != null && r < syndicatedRate + partialRate + rewriteRate) {
        paragraphs = rewrite(source.paragraphs);
        planted.add(new Planted(id, source.id, RelationKind.REWRITE));
        lineage.put(id, lineage.get(source.id));
      } else if (source != null
          && r < syndicatedRate + partialRate + rewriteRate + independentRate) {
        paragraphs = original(source.story, 10);
        lineage.put(id, id);
        originals.add(new Original(id, paragraphs, source.story, site));
      } else {
        Story story = story();
        paragraphs = original(story, 10 + random.nextInt(6));
        lineage.put(id, id);
        originals.add(new Original(id, paragraphs, story, site));
      }
      ArticleBuilder b =
          Article.builder("synthetic/" + id)
              .id(id)
              .site(site)
              .language("en")
              .published(new PublicationDate(clock, false, DateSource.META_TAG, 0.9));
      paragraphs.forEach(b::paragraph);
      articles.add(b.build());
    }
    return new Corpus(articles, planted, lineage);
  }

  private Story story() {
    Story earlier = stories.isEmpty() ? null : stories.get(random.nextInt(stories.size()));
    String place =
        earlier != null && random.nextDouble() < PLACE_REUSE ? earlier.place : freshName();
    String other =
        earlier != null && random.nextDouble() < OTHER_REUSE ? earlier.other : freshName();
    List<String> people = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      String surname =
          earlier != null && random.nextDouble() < SURNAME_REUSE
              ? surname(earlier.people.get(random.nextInt(earlier.people.size())))
              : freshName();
      people.add(name(2) + " " + surname);
    }
    String[] suffixes = {" Rescue Service", " Council", " Utilities"};
    List<String> orgs = new ArrayList<>();
    for (int k = 0; k < suffixes.length; k++) {
      orgs.add(
          earlier != null && random.nextDouble() < ORG_REUSE
              ? earlier.orgs.get(k)
              : freshName() + suffixes[k]);
    }
    Story story =
        new Story(place, other, pick(EVENTS), people, List.copyOf(orgs), random.nextInt());
    stories.add(story);
    return story;
  }

  private static String surname(String person) {
    return person.substring(person.indexOf(' ') + 1);
  }

  /** A three-syllable name never drawn before by this generator. */
  private String freshName() {
    while (true) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 3; k++) {
        sb.append(pick(ONSETS)).append(pick(VOWELS)).append(pick(CODAS));
      }
      String name = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
      if (freshNames.add(name)) {
        return name;
      }
    }
  }

  private List<String> original(Story s, int sentences) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < sentences; k++) {
      String[] t = TEMPLATES[random.nextInt(TEMPLATES.length)];
      StringBuilder sb = new StringBuilder();
      for (String w : t) {
        String v =
            switch (w) {
              case "E" -> s.event;
              case "P" -> s.place;
              case "Q" -> s.other;
              case "T" -> pick(TIMES);
              case "N" -> Integer.toString(2 + random.nextInt(3000));
              case "R" -> pick(ROLES);
              case "X" -> s.people.get(random.nextInt(s.people.size()));
              case "O", "C" -> pick(NOUNS);
              case "G" -> s.orgs.get(random.nextInt(s.orgs.size()));
              default -> w;
            };
        if (sb.length() > 0 && !v.equals(".") && !v.equals(",") && !v.startsWith(",")) {
          sb.append(' ');
        }
        sb.append(v);
      }
      String sentence = sb.toString().replace("\" ", "\"");
      out.add(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
    }
    return out;
  }

  private List<String> syndicate(List<String> source) {
    List<String> out = new ArrayList<>(source);
    if (random.nextDouble() < 0.3) {
      out = new ArrayList<>(out.subList(0, Math.max(3, out.size() * 3 / 4)));
    }
    if (random.nextBoolean()) {
      out.add("Subscribe to our newsletter for more local news.");
    }
    if (random.nextBoolean()) {
      out.add(0, "Share this article");
    }
    return out;
  }

  private List<String> partial(Original source) {
    List<String> out = original(source.story, 8);
    int reused = 2 + random.nextInt(2);
    for (int k = 0; k < reused; k++) {
      String s = source.paragraphs.get(random.nextInt(source.paragraphs.size()));
      out.add(1 + random.nextInt(out.size() - 1), s);
    }
    return out;
  }

  private List<String> rewrite(List<String> source) {
    List<String> out = new ArrayList<>();
    for (String s : source) {
      if (s.startsWith("\"") && random.nextBoolean()) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (String w : s.split(" ")) {
        String bare = w.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        String syn = SYNONYMS.get(bare);
        if (syn != null && random.nextDouble() < 0.8) {
          w = w.toLowerCase(Locale.ROOT).replace(bare, syn);
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w);
      }
      String sentence = sb.toString();
      int comma = sentence.indexOf(", ");
      if (comma > 0 && random.nextBoolean() && sentence.endsWith(".")) {
        sentence =
            sentence.substring(comma + 2, sentence.length() - 1)
                + ", "
                + sentence.substring(0, comma)
                + ".";
      }
      out.add(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
    }
    out.add("FAQ");
    out.add("What happened? Read the summary above.");
    out.add("Only time will tell what comes next. Stay tuned for more updates.");
    return out;
  }

  private String name(int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < syllables; k++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
