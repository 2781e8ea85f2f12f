package org.triangulate.facts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triangulate.core.UnionFind;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.EntityType;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.QuoteRef;
import org.triangulate.core.facts.StoryFacts;

/**
 * Resolves entities across the articles of one story: two article entities are one when any of
 * their names share a {@link Names#key} (spelling and transliteration variants, acronyms already
 * linked inside an article, plurals, corporate suffixes) and their types agree, when two full names
 * of people are variants of one ({@link Names#personVariants}: "Fred LaRue", "Frederick C. LaRue"),
 * or when a lone surname ("Vell", "Lo Presti") of a person-like entity matches exactly one person's
 * full name. Quote speakers are rewritten to story ids and the same quote in several articles is
 * linked. Immutable and thread-safe.
 */
public final class AliasResolver {
  /** The least similarity for two quotes to count as the same words. */
  static final double QUOTE_LINK_THRESHOLD = 0.7;

  /** Resolves {@code facts} (one entry per article). */
  public StoryFacts resolve(List<ArticleFacts> facts) {
    List<Entity> nodes = new ArrayList<>();
    List<Integer> articleOfNode = new ArrayList<>();
    for (int a = 0; a < facts.size(); a++) {
      for (Entity e : facts.get(a).entities()) {
        nodes.add(e);
        articleOfNode.add(a);
      }
    }
    int n = nodes.size();
    UnionFind sets = new UnionFind(n);
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String key : keys(nodes.get(i))) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> same : byKey.values()) {
      for (int k = 1; k < same.size(); k++) {
        int i = same.get(0);
        int j = same.get(k);
        if (EntityLinker.compatible(nodes.get(i).type(), nodes.get(j).type())) {
          sets.union(i, j);
        }
      }
    }
    // Full names that are one person: "Fred LaRue", "Frederick C. LaRue".
    Map<String, List<Integer>> peopleBySurname = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Entity e = nodes.get(i);
      if (e.type() == EntityType.PERSON) {
        for (String name : names(e)) {
          if (Names.words(name).size() >= 2) {
            peopleBySurname.computeIfAbsent(Names.lastKey(name), k -> new ArrayList<>()).add(i);
          }
        }
      }
    }
    for (List<Integer> same : peopleBySurname.values()) {
      for (int a = 0; a < same.size(); a++) {
        for (int b = a + 1; b < same.size(); b++) {
          int i = same.get(a);
          int j = same.get(b);
          if (sets.find(i) != sets.find(j) && personVariants(nodes.get(i), nodes.get(j))) {
            sets.union(i, j);
          }
        }
      }
    }
    // A lone surname ("Vell", "Lo Presti") in one article joins the single person elsewhere whose
    // full name ends with it.
    Map<String, Set<Integer>> fullByTail = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Entity e = nodes.get(i);
      List<String> words = Names.words(e.name());
      if (e.type() == EntityType.PERSON && words.size() >= 2) {
        for (int k = 1; k < words.size() && k <= 2; k++) {
          fullByTail.computeIfAbsent(tailKey(words, k), x -> new HashSet<>()).add(i);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Entity e = nodes.get(i);
      List<String> words = Names.words(e.name());
      if (words.isEmpty()
          || words.size() > 2
          || !EntityLinker.compatible(e.type(), EntityType.PERSON)) {
        continue;
      }
      Set<Integer> candidates = fullByTail.get(tailKey(words, words.size()));
      if (candidates == null) {
        continue;
      }
      candidates = new HashSet<>(candidates);
      candidates.removeIf(c -> Names.words(nodes.get(c).name()).size() <= words.size());
      Set<Integer> roots = new HashSet<>();
      for (int c : candidates) {
        roots.add(sets.find(c));
      }
      if (roots.size() == 1) {
        sets.union(i, candidates.iterator().next());
      }
    }
    // Story entities in order of first appearance.
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    List<Map<String, String>> idMaps = new ArrayList<>();
    for (int a = 0; a < facts.size(); a++) {
      idMaps.add(new HashMap<>());
    }
    for (List<Integer> group : groups.values()) {
      String id = "E" + (entities.size() + 1);
      List<Entity> members = new ArrayList<>();
      for (int i : group) {
        members.add(nodes.get(i));
        idMaps.get(articleOfNode.get(i)).put(nodes.get(i).id(), id);
      }
      entities.add(merge(id, members));
    }
    List<ArticleFacts> rewritten = new ArrayList<>();
    for (int a = 0; a < facts.size(); a++) {
      ArticleFacts f = facts.get(a);
      Map<String, String> ids = idMaps.get(a);
      List<Quote> quotes = new ArrayList<>();
      for (Quote q : f.quotes()) {
        String speaker = q.speakerEntityId() == null ? null : ids.get(q.speakerEntityId());
        quotes.add(q.withSpeakerEntityId(speaker));
      }
      rewritten.add(
          new ArticleFacts(f.article(), f.entities(), quotes, f.claims(), f.dates(), f.problems()));
    }
    return new StoryFacts(entities, linkQuotes(rewritten));
  }

  /** Well-known acronyms, so that "UN" in one article meets "United Nations" in another. */
  static final Map<String, String> KNOWN_ACRONYMS =
      Map.ofEntries(
          Map.entry("UN", "United Nations"),
          Map.entry("U.N.", "United Nations"),
          Map.entry("EU", "European Union"),
          Map.entry("NATO", "North Atlantic Treaty Organization"),
          Map.entry("WHO", "World Health Organization"),
          Map.entry("IMF", "International Monetary Fund"),
          Map.entry("ICRC", "International Committee of the Red Cross"),
          Map.entry("UNHCR", "United Nations High Commissioner for Refugees"),
          Map.entry("UNICEF", "United Nations Children's Fund"),
          Map.entry("AU", "African Union"),
          Map.entry("IAEA", "International Atomic Energy Agency"),
          Map.entry("ICC", "International Criminal Court"),
          Map.entry("OPEC", "Organization of the Petroleum Exporting Countries"),
          Map.entry("FBI", "Federal Bureau of Investigation"),
          Map.entry("CIA", "Central Intelligence Agency"),
          Map.entry("IRGC", "Islamic Revolutionary Guard Corps"));

  private static Set<String> keys(Entity e) {
    Set<String> keys = new HashSet<>();
    List<String> names = new ArrayList<>(names(e));
    for (String name : names(e)) {
      String expansion = KNOWN_ACRONYMS.get(name);
      if (expansion != null) {
        names.add(expansion);
      }
    }
    for (String name : names) {
      String key = Names.key(name);
      if (key.replace(" ", "").length() >= 2) {
        keys.add(e.type() == EntityType.PERSON ? key : key);
      }
    }
    return keys;
  }

  /** The key of the last {@code k} words of a folded name. */
  private static String tailKey(List<String> words, int k) {
    StringBuilder key = new StringBuilder();
    for (String w : words.subList(words.size() - k, words.size())) {
      key.append(Names.skeleton(w)).append(' ');
    }
    return key.toString();
  }

  private static boolean personVariants(Entity a, Entity b) {
    for (String x : names(a)) {
      for (String y : names(b)) {
        if (Names.personVariants(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> names(Entity e) {
    List<String> names = new ArrayList<>();
    names.add(e.name());
    names.addAll(e.aliases());
    return names;
  }

  private static Entity merge(String id, List<Entity> members) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    EnumMap<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    List<Mention> mentions = new ArrayList<>();
    for (Entity e : members) {
      for (Mention m : e.mentions()) {
        counts.merge(m.text(), 1, Integer::sum);
        mentions.add(m);
      }
      for (String alias : e.aliases()) {
        counts.putIfAbsent(alias, 0);
      }
      types.merge(
          e.type(), e.type() == EntityType.MISC ? 1 : 3 * e.mentions().size(), Integer::sum);
    }
    String name = EntityLinker.bestName(counts);
    EntityType type =
        types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    TreeSet<String> aliases = new TreeSet<>(counts.keySet());
    aliases.remove(name);
    return new Entity(id, name, type, List.copyOf(aliases), mentions);
  }

  // ---- quotes ----

  private static List<ArticleFacts> linkQuotes(List<ArticleFacts> facts) {
    record Ref(int article, int quote, List<String> words) {}
    List<Ref> refs = new ArrayList<>();
    for (int a = 0; a < facts.size(); a++) {
      List<Quote> quotes = facts.get(a).quotes();
      for (int q = 0; q < quotes.size(); q++) {
        refs.add(new Ref(a, q, QuoteSimilarity.words(quotes.get(q).text())));
      }
    }
    List<List<List<QuoteRef>>> links = new ArrayList<>();
    for (ArticleFacts f : facts) {
      List<List<QuoteRef>> perQuote = new ArrayList<>();
      for (int q = 0; q < f.quotes().size(); q++) {
        perQuote.add(new ArrayList<>());
      }
      links.add(perQuote);
    }
    for (int i = 0; i < refs.size(); i++) {
      for (int j = i + 1; j < refs.size(); j++) {
        Ref a = refs.get(i);
        Ref b = refs.get(j);
        if (a.article() == b.article()) {
          continue;
        }
        double similarity = QuoteSimilarity.similarity(a.words(), b.words());
        if (similarity >= QUOTE_LINK_THRESHOLD) {
          Quote qa = facts.get(a.article()).quotes().get(a.quote());
          Quote qb = facts.get(b.article()).quotes().get(b.quote());
          links
              .get(a.article())
              .get(a.quote())
              .add(new QuoteRef(qb.article(), qb.start(), qb.end(), similarity));
          links
              .get(b.article())
              .get(b.quote())
              .add(new QuoteRef(qa.article(), qa.start(), qa.end(), similarity));
        }
      }
    }
    List<ArticleFacts> out = new ArrayList<>();
    for (int a = 0; a < facts.size(); a++) {
      ArticleFacts f = facts.get(a);
      List<Quote> quotes = new ArrayList<>();
      for (int q = 0; q < f.quotes().size(); q++) {
        quotes.add(f.quotes().get(q).withLinks(links.get(a).get(q)));
      }
      out.add(
          new ArticleFacts(f.article(), f.entities(), quotes, f.claims(), f.dates(), f.problems()));
    }
    return out;
  }
}
