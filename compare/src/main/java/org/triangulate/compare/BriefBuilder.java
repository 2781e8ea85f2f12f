package org.triangulate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triangulate.core.Article;
import org.triangulate.core.Span;
import org.triangulate.core.compare.Brief;
import org.triangulate.core.compare.BriefSentence;
import org.triangulate.core.compare.Citation;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeSide;
import org.triangulate.core.compare.DisputeStatus;
import org.triangulate.core.compare.Evidence;

/**
 * An extractive multi-document brief. Candidates are the sentences of each lineage's representative
 * article (copies add nothing new); each is scored by its TF-IDF cosine to the centroid of all
 * candidates (centrality) plus a small bonus for being early in its article, and for the number of
 * lineages that support it. Sentences are picked greedily, skipping any too close to one already
 * picked (cosine &ge; 0.5: redundancy). A sentence is supported by a lineage when some sentence of
 * one of its articles has cosine &ge; 0.45 to it; the citation is that passage. The picked
 * sentences keep their order of first telling; contradictions follow as generated sentences naming
 * each side with its sources. Deterministic: ties break on article id and offset.
 */
final class BriefBuilder {
  private BriefBuilder() {}

  static final double REDUNDANT = 0.5;
  static final double SUPPORTS = 0.45;
  private static final int MAX_SENTENCES_PER_ARTICLE = 60;
  private static final int MAX_CANDIDATES = 3000;
  private static final int MAX_POSTING = 2000;

  /** A sentence of some article with its weighted vector. */
  private record Sent(
      String article,
      String lineage,
      int start,
      int end,
      int index,
      String text,
      Map<String, Double> vector,
      double norm) {}

  static Brief build(Work work, List<Dispute> disputes, int length) {
    // Every article's sentences (for support), the representatives' sentences (as candidates).
    List<List<String>> docs = new ArrayList<>();
    List<Object[]> raw = new ArrayList<>();
    for (String lineage : work.lineages.ids()) {
      for (Article article : work.lineages.members(lineage)) {
        List<Sentences.Range> ranges = work.sentences(article.id());
        int limit = Math.min(ranges.size(), MAX_SENTENCES_PER_ARTICLE);
        for (int i = 0; i < limit; i++) {
          Sentences.Range r = ranges.get(i);
          String text = r.of(article.text());
          List<String> words = Words.content(text);
          if (words.size() < 4 || text.length() > 600 || text.strip().endsWith("?")) {
            continue; // fragments, run-ons and FAQ questions are poor brief sentences
          }
          docs.add(words);
          raw.add(new Object[] {article.id(), lineage, r, i, text});
        }
      }
    }
    Map<String, Integer> df = new HashMap<>();
    for (List<String> d : docs) {
      for (String w : new java.util.HashSet<>(d)) {
        df.merge(w, 1, Integer::sum);
      }
    }
    int n = docs.size();
    List<Sent> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = new TreeMap<>();
      for (String w : docs.get(i)) {
        v.merge(w, 1.0, Double::sum);
      }
      double norm = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        double idf = Math.log(1.0 + (double) n / df.get(e.getKey()));
        e.setValue(e.getValue() * idf);
        norm += e.getValue() * e.getValue();
      }
      Object[] r = raw.get(i);
      Sentences.Range range = (Sentences.Range) r[2];
      all.add(
          new Sent(
              (String) r[0],
              (String) r[1],
              range.start(),
              range.end(),
              (Integer) r[3],
              (String) r[4],
              v,
              Math.sqrt(norm)));
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      for (String w : all.get(i).vector().keySet()) {
        postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    List<Sent> candidates = new ArrayList<>();
    for (Sent s : all) {
      if (work.lineages.representative(s.lineage()).id().equals(s.article())) {
        candidates.add(s);
      }
    }
    Map<String, Double> centroid = new HashMap<>();
    for (Sent s : candidates) {
      for (Map.Entry<String, Double> e : s.vector().entrySet()) {
        centroid.merge(e.getKey(), e.getValue() / Math.max(s.norm(), 1e-9), Double::sum);
      }
    }
    double centroidNorm = Math.sqrt(centroid.values().stream().mapToDouble(x -> x * x).sum());
    Map<Sent, Double> score = new java.util.IdentityHashMap<>(); // records hash their vectors
    for (Sent s : candidates) {
      double dot = 0;
      for (Map.Entry<String, Double> e : s.vector().entrySet()) {
        dot += e.getValue() * centroid.getOrDefault(e.getKey(), 0.0);
      }
      double centrality = s.norm() == 0 || centroidNorm == 0 ? 0 : dot / (s.norm() * centroidNorm);
      score.put(s, centrality + 0.05 / (1 + s.index()));
    }
    Comparator<Sent> byScore =
        Comparator.comparing((Sent s) -> -score.get(s))
            .thenComparing(Sent::article)
            .thenComparingInt(Sent::start);
    candidates.sort(byScore);
    if (candidates.size() > MAX_CANDIDATES) {
      candidates = new ArrayList<>(candidates.subList(0, MAX_CANDIDATES));
    }
    // Support decides among the best: re-rank the top few by centrality plus support.
    int pool = Math.min(candidates.size(), Math.max(20, length * 6));
    Map<Sent, List<Citation>> support = new java.util.IdentityHashMap<>();
    for (int i = 0; i < pool; i++) {
      Sent s = candidates.get(i);
      List<Citation> c = citations(s, all, postings);
      support.put(s, c);
      score.put(s, score.get(s) + 0.1 * Math.log(c.size()));
    }
    List<Sent> top = new ArrayList<>(candidates.subList(0, pool));
    top.sort(byScore);
    List<Sent> picked = new ArrayList<>();
    for (Sent s : top) {
      if (picked.size() >= length) {
        break;
      }
      boolean redundant = false;
      for (Sent p : picked) {
        if (cosine(s, p) >= REDUNDANT) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        picked.add(s);
      }
    }
    // Order of telling: by the representative article's age, then position.
    List<String> order = work.lineages.ids();
    picked.sort(
        Comparator.comparingInt((Sent s) -> s.index())
            .thenComparingInt(s -> order.indexOf(s.lineage()))
            .thenComparingInt(Sent::start));
    List<BriefSentence> out = new ArrayList<>();
    for (Sent s : picked) {
      out.add(
          new BriefSentence(s.text().strip(), support.get(s), touchedDispute(s, disputes), true));
    }
    for (Dispute d : disputes) {
      if (d.status() == DisputeStatus.CONTRADICTION) {
        out.add(disputeSentence(d, work));
      }
    }
    return new Brief(out, length);
  }

  /** One citation per lineage whose articles have a sentence close to {@code s}. */
  private static List<Citation> citations(
      Sent s, List<Sent> all, Map<String, List<Integer>> postings) {
    Map<Integer, Double> dots = new HashMap<>();
    for (Map.Entry<String, Double> e : s.vector().entrySet()) {
      List<Integer> p = postings.getOrDefault(e.getKey(), List.of());
      if (p.size() > MAX_POSTING) {
        continue;
      }
      for (int i : p) {
        dots.merge(i, e.getValue() * all.get(i).vector().get(e.getKey()), Double::sum);
      }
    }
    Map<String, Sent> best = new TreeMap<>();
    Map<String, Double> bestSim = new HashMap<>();
    for (Map.Entry<Integer, Double> e : dots.entrySet()) {
      Sent t = all.get(e.getKey());
      double sim = e.getValue() / Math.max(1e-9, s.norm() * t.norm());
      if (sim < SUPPORTS
          && t != s
          && !(t.article().equals(s.article()) && t.start() == s.start())) {
        continue;
      }
      Double prev = bestSim.get(t.lineage());
      boolean better =
          prev == null
              || sim > prev + 1e-12
              || (Math.abs(sim - prev) <= 1e-12
                  && (t.article().compareTo(best.get(t.lineage()).article()) < 0
                      || (t.article().equals(best.get(t.lineage()).article())
                          && t.start() < best.get(t.lineage()).start())));
      if (better) {
        best.put(t.lineage(), t);
        bestSim.put(t.lineage(), sim);
      }
    }
    best.putIfAbsent(s.lineage(), s);
    List<Citation> out = new ArrayList<>();
    for (Map.Entry<String, Sent> e : best.entrySet()) {
      Sent t = e.getValue();
      out.add(new Citation(e.getKey(), new Span(t.article(), t.start(), t.end())));
    }
    return out;
  }

  private static double cosine(Sent a, Sent b) {
    double dot = 0;
    Map<String, Double> small = a.vector().size() <= b.vector().size() ? a.vector() : b.vector();
    Map<String, Double> large = small == a.vector() ? b.vector() : a.vector();
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return a.norm() == 0 || b.norm() == 0 ? 0 : dot / (a.norm() * b.norm());
  }

  /** The first contradiction with evidence inside the sentence, or null. */
  private static String touchedDispute(Sent s, List<Dispute> disputes) {
    for (Dispute d : disputes) {
      if (d.status() != DisputeStatus.CONTRADICTION) {
        continue;
      }
      for (DisputeSide side : d.sides()) {
        for (Evidence e : side.evidence()) {
          if (e.article().equals(s.article())
              && e.span().start() >= s.start()
              && e.span().end() <= s.end()) {
            return d.id();
          }
        }
      }
    }
    return null;
  }

  private static BriefSentence disputeSentence(Dispute d, Work work) {
    StringBuilder text = new StringBuilder("Sources disagree");
    text.append(
        switch (d.kind()) {
          case QUANTITY -> " on " + d.subject() + ": ";
          case QUOTE -> " on who said \u201c" + Timeline.shorten(d.subject(), 80) + "\u201d: ";
          case EVENT_DATE ->
              " on the date of \u201c" + Timeline.shorten(d.subject(), 80) + "\u201d: ";
          case IDENTIFICATION -> " on who is " + d.subject() + ": ";
        });
    List<Citation> citations = new ArrayList<>();
    Map<String, Citation> byLineage = new TreeMap<>();
    List<String> parts = new ArrayList<>();
    for (DisputeSide side : d.sides()) {
      List<String> names = side.lineages().stream().map(work.lineages::name).toList();
      parts.add(
          side.value()
              + " ("
              + (names.size() == 1 ? "1 source: " : names.size() + " sources: ")
              + String.join(", ", names.subList(0, Math.min(names.size(), 5)))
              + (names.size() > 5 ? ", …" : "")
              + ")");
      for (Evidence e : side.evidence()) {
        byLineage.putIfAbsent(
            e.lineage() + "\u0000" + side.value(), new Citation(e.lineage(), e.span()));
      }
    }
    citations.addAll(byLineage.values());
    text.append(String.join(" vs ", parts)).append('.');
    return new BriefSentence(text.toString(), citations, d.id(), false);
  }
}
