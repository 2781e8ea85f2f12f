package org.triangulate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.core.UnionFind;
import org.triangulate.core.compare.ClaimKind;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.QuoteRef;

/**
 * Aligns quotes (the same words, exactly, nearly or as a part) and finds quotes given to different
 * speakers.
 *
 * <p>Quotes join when their folded words are equal, when the facts stage linked them, or when their
 * word sets overlap strongly (Jaccard &ge; 0.6, or one contains at least 80% of a shorter one of
 * four words or more). Candidates come from an index of word trigrams whose longest posting lists
 * are skipped, so common phrases do not make the work quadratic. Speakers are the same when they
 * resolve to one entity, share a name word, or one is an alias of the other.
 */
final class Quotes {
  private Quotes() {}

  private static final int MAX_POSTING = 200;

  private record Item(
      Quote quote, Evidence evidence, List<String> words, String speaker, String speakerKey) {}

  static void compare(List<ArticleFacts> facts, Map<String, Entity> entities, Work work) {
    List<Item> items = new ArrayList<>();
    for (ArticleFacts af : facts) {
      for (Quote q : af.quotes()) {
        if (q.text().isBlank()) {
          continue;
        }
        Evidence ev = work.evidence(q.article(), q.start(), q.end(), "quote");
        if (ev == null) {
          continue;
        }
        List<String> words = Words.tokens(q.text());
        if (words.size() < 2) {
          continue;
        }
        Entity speaker = q.speakerEntityId() == null ? null : entities.get(q.speakerEntityId());
        String name = speaker != null ? speaker.name() : q.speaker();
        String key =
            speaker != null
                ? "entity:" + speaker.id()
                : q.speaker() == null ? null : Words.key(q.speaker());
        if (speaker == null && q.speaker() != null && nameWords(q.speaker()).isEmpty()) {
          key = null; // "officials", "repeated what she": no one in particular
        }
        items.add(new Item(q, ev, words, name, key == null || key.isEmpty() ? null : key));
      }
    }
    int n = items.size();
    UnionFind sets = new UnionFind(n);
    Map<String, Integer> exact = new HashMap<>();
    Map<String, List<Integer>> byPlace = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Integer j = exact.putIfAbsent(String.join(" ", items.get(i).words()), i);
      if (j != null) {
        sets.union(i, j);
      }
      Quote q = items.get(i).quote();
      byPlace.computeIfAbsent(q.article() + ":" + q.start(), k -> new ArrayList<>()).add(i);
    }
    for (int i = 0; i < n; i++) {
      for (QuoteRef ref : items.get(i).quote().links()) {
        for (int j : byPlace.getOrDefault(ref.article() + ":" + ref.start(), List.of())) {
          sets.union(i, j);
        }
      }
    }
    Map<String, List<Integer>> trigrams = new HashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> w = items.get(i).words();
      Set<String> seen = new HashSet<>();
      for (int k = 0; k + 3 <= w.size(); k++) {
        String g = w.get(k) + " " + w.get(k + 1) + " " + w.get(k + 2);
        if (seen.add(g)) {
          trigrams.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
        }
      }
      if (w.size() < 3) {
        trigrams.computeIfAbsent(String.join(" ", w), x -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> tried = new HashSet<>();
    for (List<Integer> posting : trigrams.values()) {
      if (posting.size() < 2 || posting.size() > MAX_POSTING) {
        continue;
      }
      for (int a = 0; a < posting.size(); a++) {
        for (int b = a + 1; b < posting.size(); b++) {
          int i = posting.get(a);
          int j = posting.get(b);
          if (sets.find(i) == sets.find(j) || !tried.add(((long) i << 32) | j)) {
            continue;
          }
          if (similar(items.get(i).words(), items.get(j).words())) {
            sets.union(i, j);
          }
        }
      }
    }
    Map<Integer, List<Item>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(items.get(i));
    }
    for (List<Item> cluster : clusters.values()) {
      cluster.sort(
          Comparator.comparing((Item it) -> it.evidence().article())
              .thenComparingInt(it -> it.quote().start()));
      emit(cluster, entities, work);
    }
  }

  static boolean similar(List<String> a, List<String> b) {
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    int inter = 0;
    for (String s : sa) {
      if (sb.contains(s)) {
        inter++;
      }
    }
    int union = sa.size() + sb.size() - inter;
    int smaller = Math.min(sa.size(), sb.size());
    return union > 0 && ((double) inter / union >= 0.6 || (smaller >= 4 && inter >= 0.8 * smaller));
  }

  private static void emit(List<Item> cluster, Map<String, Entity> entities, Work work) {
    // Speaker groups: items without a speaker join the largest group and claim nothing about who.
    List<List<Item>> speakers = new ArrayList<>();
    List<Item> unattributed = new ArrayList<>();
    for (Item item : cluster) {
      if (item.speakerKey() == null) {
        unattributed.add(item);
        continue;
      }
      List<Item> home = null;
      for (List<Item> group : speakers) {
        if (sameSpeaker(group.get(0), item, entities)) {
          home = group;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        speakers.add(home);
      }
      home.add(item);
    }
    String words = longest(cluster);
    if (speakers.isEmpty()) {
      Work.Draft d = work.draft(ClaimKind.QUOTE, words, "unattributed");
      cluster.forEach(it -> d.evidence.add(it.evidence()));
      return;
    }
    speakers.sort(Comparator.comparingInt((List<Item> g) -> -g.size()));
    speakers.get(0).addAll(unattributed);
    List<Work.Draft> drafts = new ArrayList<>();
    for (List<Item> group : speakers) {
      group.sort(
          Comparator.comparing((Item it) -> it.evidence().article())
              .thenComparingInt(it -> it.quote().start()));
      String speaker =
          group.stream()
              .filter(it -> it.speaker() != null)
              .map(Item::speaker)
              .findFirst()
              .orElse("unknown");
      Work.Draft d = work.draft(ClaimKind.QUOTE, words, speaker);
      group.forEach(it -> d.evidence.add(it.evidence()));
      drafts.add(d);
    }
    // Reported speech is attributed loosely ("X reported that ... the authority said"): only words
    // in quotation marks given to two speakers by two sources are a contradiction.
    long directSpeakers =
        speakers.stream().filter(g -> g.stream().anyMatch(it -> it.quote().direct())).count();
    if (drafts.size() < 2 || directSpeakers < 2 || !Work.acrossSources(drafts)) {
      return;
    }
    work.contradiction(
        ClaimKind.QUOTE, words, drafts, "the same words are attributed to different speakers");
  }

  private static String longest(List<Item> cluster) {
    return cluster.stream()
        .map(it -> it.quote().text().strip())
        .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
        .orElse("");
  }

  private static boolean sameSpeaker(Item a, Item b, Map<String, Entity> entities) {
    if (a.speakerKey().equals(b.speakerKey())) {
      return true;
    }
    Set<String> na = nameWords(a, entities);
    Set<String> nb = nameWords(b, entities);
    for (String w : na) {
      if (nb.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ROLE_WORDS =
      Set.of(
          "governor",
          "mayor",
          "minister",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "director",
          "president",
          "chief",
          "head",
          "officer",
          "official",
          "police",
          "office",
          "provincial",
          "village",
          "regional",
          "authority",
          "company",
          "council",
          "the",
          "a",
          "an",
          "for",
          "of",
          "said",
          "told",
          "also",
          "known",
          "as",
          "by",
          "mr",
          "mrs",
          "ms",
          "dr",
          "officials",
          "residents",
          "authorities",
          "sources",
          "witnesses",
          "rescuers",
          "experts");

  private static Set<String> nameWords(String speaker) {
    Set<String> out = new HashSet<>();
    for (String raw : speaker.split("[^\\p{L}\\p{N}'’-]+")) {
      if (!raw.isEmpty() && Character.isUpperCase(raw.charAt(0))) {
        String f = Words.fold(raw);
        if (!ROLE_WORDS.contains(f) && f.length() > 2) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** Capitalised name words of a speaker and its entity's aliases, folded, without titles. */
  private static Set<String> nameWords(Item item, Map<String, Entity> entities) {
    Set<String> out = new HashSet<>();
    List<String> names = new ArrayList<>();
    names.add(item.speaker());
    if (item.quote().speakerEntityId() != null
        && entities.containsKey(item.quote().speakerEntityId())) {
      Entity e = entities.get(item.quote().speakerEntityId());
      names.add(e.name());
      names.addAll(e.aliases());
    }
    for (String name : names) {
      if (name == null) {
        continue;
      }
      for (String raw : name.split("[^\\p{L}\\p{N}'’-]+")) {
        if (!raw.isEmpty() && Character.isUpperCase(raw.charAt(0))) {
          String f = Words.fold(raw);
          if (!ROLE_WORDS.contains(f) && f.length() > 2) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }
}
