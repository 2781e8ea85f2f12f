package org.triangulate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triangulate.core.UnionFind;
import org.triangulate.core.compare.ClaimKind;
import org.triangulate.core.compare.DateProvenance;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.compare.TimelineEntry;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.DateMention;

/**
 * Builds the timeline: every calendar date expression dates the event told by its sentence;
 * sentences with the same date and overlapping words (Jaccard of content words &ge; 0.3) are one
 * event. Events told in much the same words (Jaccard &ge; 0.5) but with dates that cannot overlap
 * are a contradiction about the date. Candidate pairs come from a word index whose longest posting
 * lists are skipped, so the work stays near-linear for big stories.
 */
final class Timeline {
  private Timeline() {}

  private static final int MAX_POSTING = 200;
  private static final double SAME_EVENT = 0.3;
  private static final double CONFLICT = 0.5;

  private record Item(
      EventDating.Dated dated, Evidence evidence, String sentence, Set<String> words) {}

  /** One event: its date, items and word set. */
  private static final class Event {
    final String date;
    final List<Item> items = new ArrayList<>();
    final Set<String> words = new HashSet<>();
    Work.Draft draft;

    Event(String date) {
      this.date = date;
    }
  }

  static List<TimelineEntry> build(List<ArticleFacts> facts, Work work) {
    List<Item> items = new ArrayList<>();
    for (ArticleFacts af : facts) {
      if (!work.articles.containsKey(af.article())) {
        continue;
      }
      for (DateMention m : af.dates()) {
        var dated = EventDating.of(m);
        if (dated.isEmpty()) {
          continue;
        }
        Evidence ev = work.evidence(m.article(), m.start(), m.end(), "date '" + m.text() + "'");
        if (ev == null) {
          continue;
        }
        String text = work.articles.get(m.article()).text();
        Sentences.Range s = work.sentenceAt(m.article(), m.start());
        String sentence = s.of(text);
        Set<String> words = new HashSet<>(Words.content(sentence));
        words.removeAll(Words.content(m.text()));
        items.add(new Item(dated.get(), ev, sentence, words));
      }
    }
    // Events: same date, similar sentence.
    Map<String, List<Item>> byDate = new LinkedHashMap<>();
    items.forEach(it -> byDate.computeIfAbsent(it.dated().value(), k -> new ArrayList<>()).add(it));
    List<Event> events = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : byDate.entrySet()) {
      events.addAll(cluster(e.getKey(), e.getValue()));
    }
    events.sort(
        Comparator.comparing((Event ev) -> EventDating.start(ev.date))
            .thenComparing(ev -> -EventDating.granularity(ev.date))
            .thenComparing(ev -> -lineages(ev).size())
            .thenComparing(ev -> ev.items.get(0).sentence()));
    List<TimelineEntry> entries = new ArrayList<>();
    for (Event ev : events) {
      Item best = representative(ev, work);
      List<Evidence> evidence = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      DateProvenance provenance = DateProvenance.INFERRED;
      for (Item it : ev.items) {
        if (seen.add(it.evidence().article())) {
          evidence.add(it.evidence());
        }
        if (it.dated().provenance().ordinal() < provenance.ordinal()) {
          provenance = it.dated().provenance();
        }
      }
      String text = best.sentence().strip();
      ev.draft = work.draft(ClaimKind.EVENT_DATE, shorten(text, 160), ev.date);
      ev.draft.evidence.addAll(evidence);
      entries.add(
          new TimelineEntry(
              ev.date,
              text,
              evidence.stream().map(Evidence::article).toList(),
              provenance,
              evidence,
              List.copyOf(lineages(ev))));
    }
    conflicts(events, work);
    return entries;
  }

  private static TreeSet<String> lineages(Event ev) {
    TreeSet<String> out = new TreeSet<>();
    ev.items.forEach(it -> out.add(it.evidence().lineage()));
    return out;
  }

  /** The item to quote: from a lineage's representative article, stated dates first. */
  private static Item representative(Event ev, Work work) {
    return ev.items.stream()
        .min(
            Comparator.comparing(
                    (Item it) ->
                        work.lineages
                                .representative(it.evidence().lineage())
                                .id()
                                .equals(it.evidence().article())
                            ? 0
                            : 1)
                .thenComparing(it -> it.dated().provenance().ordinal())
                .thenComparing(it -> it.evidence().article())
                .thenComparing(it -> it.evidence().span().start()))
        .orElseThrow();
  }

  private static List<Event> cluster(String date, List<Item> items) {
    // Identical sentences (copies) first, by key; then similar ones through a word index.
    Map<String, Event> byKey = new LinkedHashMap<>();
    for (Item it : items) {
      Event ev = byKey.computeIfAbsent(Words.key(it.sentence()), k -> new Event(date));
      ev.items.add(it);
      ev.words.addAll(it.words());
    }
    List<Event> distinct = new ArrayList<>(byKey.values());
    int n = distinct.size();
    UnionFind sets = new UnionFind(n);
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String w : distinct.get(i).words) {
        postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> tried = new HashSet<>();
    for (List<Integer> p : postings.values()) {
      if (p.size() < 2 || p.size() > MAX_POSTING) {
        continue;
      }
      for (int a = 0; a < p.size(); a++) {
        for (int b = a + 1; b < p.size(); b++) {
          int i = p.get(a);
          int j = p.get(b);
          if (tried.add(((long) i << 32) | j)
              && jaccard(distinct.get(i).words, distinct.get(j).words) >= SAME_EVENT) {
            sets.union(i, j);
          }
        }
      }
    }
    Map<Integer, Event> merged = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Event root = merged.computeIfAbsent(sets.find(i), k -> new Event(date));
      root.items.addAll(distinct.get(i).items);
      root.words.addAll(distinct.get(i).words);
    }
    return new ArrayList<>(merged.values());
  }

  /** One contradiction per pair of events told alike with dates that cannot overlap. */
  private static void conflicts(List<Event> events, Work work) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      for (String w : events.get(i).words) {
        postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> tried = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (List<Integer> p : postings.values()) {
      if (p.size() < 2 || p.size() > MAX_POSTING) {
        continue;
      }
      for (int a = 0; a < p.size(); a++) {
        for (int b = a + 1; b < p.size(); b++) {
          int i = Math.min(p.get(a), p.get(b));
          int j = Math.max(p.get(a), p.get(b));
          if (!tried.add(((long) i << 32) | j)) {
            continue;
          }
          Event x = events.get(i);
          Event y = events.get(j);
          if (!EventDating.compatible(x.date, y.date)
              && EventDating.granularity(x.date) == 0
              && EventDating.granularity(y.date) == 0
              && x.words.size() >= 3
              && y.words.size() >= 3
              && jaccard(x.words, y.words) >= CONFLICT) {
            pairs.add(new int[] {i, j});
          }
        }
      }
    }
    pairs.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]));
    for (int[] p : pairs) {
      Event x = events.get(p[0]);
      Event y = events.get(p[1]);
      if (!Work.acrossSources(List.of(x.draft, y.draft))) {
        continue; // one source's copies resolve "on Thursday" against their own publication days
      }
      work.contradiction(
          ClaimKind.EVENT_DATE,
          x.draft.subject,
          List.of(x.draft, y.draft),
          "the same event is dated "
              + x.date
              + " and "
              + y.date
              + "; relative dates ('on Thursday') depend on each article's publication date");
    }
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int inter = 0;
    for (String s : small) {
      if (large.contains(s)) {
        inter++;
      }
    }
    return (double) inter / (a.size() + b.size() - inter);
  }

  static String shorten(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    return flat.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }
}
