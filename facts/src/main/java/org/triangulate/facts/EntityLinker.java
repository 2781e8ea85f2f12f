package org.triangulate.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.UnionFind;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.EntityType;
import org.triangulate.core.facts.Mention;

/**
 * Links the mentions of one article into entities: the same name written again, variants of one
 * person's full name ("Fred LaRue", "Frederick C. LaRue"), a surname or a title with a surname
 * after the full name, acronyms defined in the text ("Islamic Revolutionary Guard Corps (IRGC)"),
 * and noms de guerre introduced by appositions ("X, also known as Y", "Y (X)", "identified Y as
 * X"). Immutable and thread-safe.
 */
public final class EntityLinker {
  private static final Pattern PARENTHESIS = Pattern.compile("^\\s{0,2}\\(\\s{0,2}$");
  private static final Pattern PARENTHESIS_ACRONYM =
      Pattern.compile("^\\s{0,2}\\(\\s{0,2}([\\p{Lu}][\\p{Lu}.&-]{1,9})\\s{0,2}\\)");
  private static final Pattern ALSO_KNOWN =
      Pattern.compile(
          "^,?\\s{0,3}(?:who is\\s{1,3}|who was\\s{1,3})?(?:also\\s{1,3}|better\\s{1,3}|widely\\s{1,3}"
              + "|more commonly\\s{1,3}|commonly\\s{1,3})?(?:known as|alias|nicknamed|dubbed"
              + "|who goes by|whose nom de guerre is|whose real name is|real name|also called"
              + "|a\\.k\\.a\\.?|aka|or)\\s{1,3}(?:the\\s{1,3})?[\"“'‘]?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELINE_DASH = Pattern.compile("\\s{0,3}[-–—]");
  private static final Pattern IDENTIFIED_AS = Pattern.compile("^\\s{1,3}as\\s{1,3}$");
  private static final Pattern IDENTIFIED_BEFORE =
      Pattern.compile("identified\\s{1,3}(?:the\\s{1,3}\\w+\\s{1,3})?$");

  /**
   * Entities of one article and, for every recognised mention, the id of its entity.
   *
   * @param entities entities with ids {@code e1}, {@code e2}, ... in order of first mention
   * @param entityOfMention entity id of each mention, keyed by the mention's start offset
   */
  public record Result(List<Entity> entities, Map<Integer, String> entityOfMention) {}

  /** Links {@code mentions} (from a {@link NamedEntityRecognizer}) of {@code text}. */
  public Result link(String articleId, String text, List<NamedEntity> input) {
    List<NamedEntity> mentions = new ArrayList<>(input);
    // Acronyms in brackets that the recogniser missed become mentions of their own.
    for (NamedEntity m : input) {
      Matcher acronym =
          PARENTHESIS_ACRONYM.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16));
      if (acronym.lookingAt() && Names.acronymOf(acronym.group(1), m.text())) {
        int start = acronym.start(1);
        boolean known = input.stream().anyMatch(e -> e.start() == start);
        if (!known) {
          mentions.add(new NamedEntity(start, acronym.end(1), m.type(), acronym.group(1), null));
        }
      }
    }
    mentions.sort(Comparator.comparingInt(NamedEntity::start));
    int n = mentions.size();
    UnionFind sets = new UnionFind(n);
    // Appositions between neighbours.
    for (int i = 0; i + 1 < n; i++) {
      NamedEntity a = mentions.get(i);
      NamedEntity b = mentions.get(i + 1);
      if (b.start() < a.end()) {
        continue;
      }
      String between = text.substring(a.end(), b.start());
      int close = skipSpaces(text, b.end());
      // "DUNMERE, Kaldoria (Meridian Press) —" is a dateline and its agency, not a second name.
      boolean bracketed =
          PARENTHESIS.matcher(between).matches()
              && text.startsWith(")", close)
              && !DATELINE_DASH.matcher(text).region(close + 1, text.length()).lookingAt();
      boolean alias = ALSO_KNOWN.matcher(between).matches();
      boolean identified =
          IDENTIFIED_AS.matcher(between).matches()
              && IDENTIFIED_BEFORE
                  .matcher(text.substring(Math.max(0, a.start() - 30), a.start()))
                  .find();
      if ((bracketed || alias || identified) && compatible(a.type(), b.type())) {
        sets.union(i, i + 1);
      }
    }
    // Same key, acronyms of names seen anywhere in the text.
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String key = Names.key(mentions.get(i).text());
      if (key.isEmpty()) {
        continue;
      }
      Integer seen = byKey.putIfAbsent(key, i);
      if (seen != null && compatible(mentions.get(seen).type(), mentions.get(i).type())) {
        sets.union(seen, i);
      }
    }
    for (int i = 0; i < n; i++) {
      NamedEntity m = mentions.get(i);
      Matcher acronym =
          PARENTHESIS_ACRONYM.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16));
      if (acronym.lookingAt() && Names.acronymOf(acronym.group(1), m.text())) {
        for (int j = 0; j < n; j++) {
          if (mentions.get(j).text().replace(".", "").equals(acronym.group(1).replace(".", ""))) {
            sets.union(i, j);
          }
        }
      }
    }
    // Variants of one person's full name ("Fred LaRue", "Frederick C. LaRue").
    Map<String, List<Integer>> peopleBySurname = new HashMap<>();
    for (int i = 0; i < n; i++) {
      NamedEntity m = mentions.get(i);
      if (m.type() == EntityType.PERSON && Names.words(m.text()).size() >= 2) {
        peopleBySurname.computeIfAbsent(Names.lastKey(m.text()), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> same : peopleBySurname.values()) {
      for (int a = 0; a < same.size(); a++) {
        for (int b = a + 1; b < same.size(); b++) {
          int i = same.get(a);
          int j = same.get(b);
          if (sets.find(i) != sets.find(j)
              && Names.personVariants(mentions.get(i).text(), mentions.get(j).text())) {
            sets.union(i, j);
          }
        }
      }
    }
    // Surnames and titled surnames after full names.
    Map<String, List<Integer>> fullBySurname = new HashMap<>();
    for (int i = 0; i < n; i++) {
      NamedEntity m = mentions.get(i);
      if (m.type() == EntityType.PERSON && Names.words(m.text()).size() >= 2) {
        fullBySurname.computeIfAbsent(Names.lastKey(m.text()), k -> new ArrayList<>()).add(i);
        List<String> words = Names.words(m.text());
        fullBySurname
            .computeIfAbsent(Names.skeleton(words.get(0)) + "#first", k -> new ArrayList<>())
            .add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      NamedEntity m = mentions.get(i);
      if (Names.words(m.text()).size() != 1 || m.type() == EntityType.ORGANIZATION) {
        continue;
      }
      List<Integer> candidates = fullBySurname.get(Names.lastKey(m.text()));
      if (candidates == null) {
        continue;
      }
      TreeSet<Integer> roots = new TreeSet<>();
      for (int c : candidates) {
        roots.add(sets.find(c));
      }
      if (roots.size() == 1) {
        sets.union(i, candidates.get(0));
      }
    }
    // Build entities in order of first mention.
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    Map<Integer, String> entityOfMention = new HashMap<>();
    for (List<Integer> group : groups.values()) {
      String id = "e" + (entities.size() + 1);
      List<NamedEntity> members = new ArrayList<>();
      for (int i : group) {
        members.add(mentions.get(i));
        entityOfMention.put(mentions.get(i).start(), id);
      }
      entities.add(entity(id, articleId, members));
    }
    return new Result(entities, entityOfMention);
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  static boolean compatible(EntityType a, EntityType b) {
    return a == b || a == EntityType.MISC || b == EntityType.MISC;
  }

  /** An entity from its mentions: the longest, most frequent name is canonical. */
  static Entity entity(String id, String articleId, List<NamedEntity> members) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    EnumMap<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    List<Mention> mentions = new ArrayList<>();
    for (NamedEntity m : members) {
      counts.merge(m.text(), 1, Integer::sum);
      types.merge(m.type(), m.type() == EntityType.MISC ? 1 : 3, Integer::sum);
      mentions.add(new Mention(articleId, m.text(), m.start(), m.end()));
    }
    String name = bestName(counts);
    EntityType type =
        types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    TreeSet<String> aliases = new TreeSet<>(counts.keySet());
    aliases.remove(name);
    return new Entity(id, name, type, List.copyOf(aliases), mentions);
  }

  /**
   * The canonical name among {@code counts} (name to mentions, in order of first appearance): a
   * spelled-out name before an acronym, a full name before a single word, then the most mentioned,
   * then the first seen.
   */
  static String bestName(Map<String, Integer> counts) {
    String best = null;
    long bestScore = Long.MIN_VALUE;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String name = e.getKey();
      boolean acronym = name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.length() <= 10;
      long score =
          (acronym ? 0L : 1_000_000L)
              + (Names.words(name).size() >= 2 ? 100_000L : 0L)
              + 100L * e.getValue();
      if (score > bestScore) {
        best = name;
        bestScore = score;
      }
    }
    return best;
  }
}
