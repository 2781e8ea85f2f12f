package org.triangulate.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.triangulate.core.Checks;
import org.triangulate.core.UnionFind;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.EntityType;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.StoryFacts;

/**
 * Clusters mention spans from any source (another recogniser, an annotator, a user's selection)
 * across the articles of a resolved story. It starts from exact normalised-text clusters ("the
 * Colts", "Colts" and "COLTS" are one) and merges them only on the story's alias evidence: a span
 * whose head is a mention of a story {@link Entity} (its name ends where the span ends, as in "the
 * actress Lindsay Lohan" or "in Kalvor") joins that entity, so the surname, the acronym, the
 * transliteration and the nom de guerre that {@link AliasResolver} linked come together, while
 * "Vell's lawyer" or "the Vell administration" do not join Vell. A personal pronoun ("she", "its")
 * joins the nearest entity of its type named before it in its article, and only that one. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * StoryFacts story = facts.resolve(articleFacts);
 * Map<Mention, String> clusters = new MentionClusterer().cluster(story, spans);
 * }</pre>
 */
public final class MentionClusterer {
  private static final Pattern LEADING =
      Pattern.compile("^(?:(?:the|a|an|in|at|on|of|from|to|near|into|for)\\s+)+");
  private static final Pattern INNER_PHRASE = Pattern.compile("[;:(]|\\s(?:of|between|and|or)\\s");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s&&[^.]]+$");

  /**
   * A cluster id for every span in {@code spans}: spans with the same id refer to the same thing.
   * Ids of spans headed by a story entity start with that entity's id ({@code E3}); others are
   * {@code "text:"} and their normalised text. Spans of articles not in {@code story} are grouped
   * by text only.
   */
  public Map<Mention, String> cluster(StoryFacts story, List<Mention> spans) {
    Checks.notNull("story", story);
    Checks.notNull("spans", spans);
    Map<String, List<Located>> byArticle = new HashMap<>();
    for (Entity e : story.entities()) {
      for (Mention m : e.mentions()) {
        byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new Located(e, m));
      }
    }
    int n = spans.size();
    UnionFind sets = new UnionFind(n);
    String[] entityOf = new String[n];
    String[] keyOf = new String[n];
    Map<String, Integer> firstOfText = new HashMap<>();
    Map<String, Integer> firstOfEntity = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Mention span = Checks.notNull("span", spans.get(i));
      List<Located> located = byArticle.getOrDefault(span.article(), List.of());
      String key = normalized(span.text());
      EntityType pronounType = PRONOUNS.get(key);
      Entity head;
      if (pronounType != null) {
        // A resolved pronoun joins its antecedent only: "she" in two articles may be two women.
        head = antecedent(span, pronounType, located);
        if (head != null) {
          key = key + "@" + span.article() + ":" + span.start();
        }
      } else {
        head = headEntity(span, located);
      }
      keyOf[i] = key;
      Integer same = firstOfText.putIfAbsent(key, i);
      if (same != null) {
        sets.union(same, i);
      }
      if (head != null) {
        entityOf[i] = head.id();
        Integer sameEntity = firstOfEntity.putIfAbsent(head.id(), i);
        if (sameEntity != null) {
          sets.union(sameEntity, i);
        }
      }
    }
    Map<Integer, String> idOfSet = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (entityOf[i] != null) {
        idOfSet.putIfAbsent(sets.find(i), entityOf[i]);
      }
    }
    Map<Mention, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int root = sets.find(i);
      String id = idOfSet.get(root);
      out.put(spans.get(i), id != null ? id : "text:" + keyOf[root]);
    }
    return out;
  }

  private record Located(Entity entity, Mention mention) {}

  /** Personal pronouns and the type of entity they stand for. */
  private static final Map<String, EntityType> PRONOUNS =
      Map.ofEntries(
          Map.entry("he", EntityType.PERSON),
          Map.entry("him", EntityType.PERSON),
          Map.entry("his", EntityType.PERSON),
          Map.entry("himself", EntityType.PERSON),
          Map.entry("she", EntityType.PERSON),
          Map.entry("her", EntityType.PERSON),
          Map.entry("hers", EntityType.PERSON),
          Map.entry("herself", EntityType.PERSON),
          Map.entry("it", EntityType.ORGANIZATION),
          Map.entry("its", EntityType.ORGANIZATION),
          Map.entry("itself", EntityType.ORGANIZATION));

  /** Characters before a pronoun searched for its antecedent. */
  static final int PRONOUN_WINDOW = 300;

  /**
   * The entity a pronoun most likely stands for: the nearest mention before it, within {@link
   * #PRONOUN_WINDOW} characters, of an entity of the pronoun's type.
   */
  static Entity antecedent(Mention pronoun, EntityType type, List<Located> candidates) {
    Entity best = null;
    int bestEnd = -1;
    for (Located c : candidates) {
      Mention m = c.mention();
      if (c.entity().type() == type
          && m.end() <= pronoun.start()
          && m.end() > bestEnd
          && pronoun.start() - m.end() <= PRONOUN_WINDOW) {
        best = c.entity();
        bestEnd = m.end();
      }
    }
    return best;
  }

  /**
   * The entity whose mention is the head of {@code span}: it lies inside the span and reaches its
   * end (a trailing possessive or punctuation aside); the longest wins. A recognised name longer
   * than the span (a headline read as one name) says nothing about it.
   */
  static Entity headEntity(Mention span, List<Located> candidates) {
    int end = span.start() + headEnd(span.text());
    Entity best = null;
    int bestOverlap = 0;
    for (Located c : candidates) {
      Mention m = c.mention();
      int overlap = Math.min(m.end(), span.end()) - Math.max(m.start(), span.start());
      if (overlap > bestOverlap
          && m.start() >= span.start()
          && m.end() >= end
          && m.end() <= span.end()
          && modifiersOnly(span.text().substring(0, m.start() - span.start()))) {
        best = c.entity();
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /**
   * Whether the words before a name in a span only modify it ("the actress", "in", "Interior
   * Minister"): "of", a conjunction, or an opening bracket means the name sits in a phrase of its
   * own ("the capital of Kalvor", "between Velra and Kalvor"). A place after "in" still heads its
   * span ("a store in Kalvor" joins Kalvor): on the ECB+ training topics that was better, as its
   * annotators often mark such phrases as the place.
   */
  static boolean modifiersOnly(String prefix) {
    String rest = LEADING.matcher(prefix.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
    return !INNER_PHRASE.matcher(" " + rest + " ").find();
  }

  /** Where the head of a span ends: before a possessive and closing punctuation. */
  static int headEnd(String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    if (end >= 2
        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
      end -= 2;
    }
    return end == 0 ? text.length() : end;
  }

  /**
   * The text key of a span: lower case without accents, leading articles and prepositions,
   * possessive and edge punctuation, spaces collapsed.
   */
  public static String normalized(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .strip();
    folded = EDGE_PUNCTUATION.matcher(folded).replaceAll("");
    folded = POSSESSIVE.matcher(folded).replaceAll("");
    String stripped = LEADING.matcher(folded).replaceFirst("");
    return stripped.isEmpty() ? folded : stripped;
  }
}
