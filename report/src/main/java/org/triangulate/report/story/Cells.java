package org.triangulate.report.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.core.compare.ClaimGroup;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeStatus;
import org.triangulate.core.reuse.Origin;

/** The claims table as data: which lineages to show and what each says about each claim. */
final class Cells {
  private Cells() {}

  /** What a source says about a claim. */
  enum Stance {
    AGREES,
    DISAGREES,
    SILENT
  }

  /** Lineages ordered by how many claims they take part in, then id; at most {@code max}. */
  static List<String> columns(Comparison c, int max) {
    Map<String, Integer> counts = new HashMap<>();
    for (ClaimGroup g : c.claims()) {
      g.lineages().forEach(l -> counts.merge(l, 1, Integer::sum));
    }
    List<String> all = new ArrayList<>(counts.keySet());
    all.sort(Comparator.comparing((String l) -> -counts.get(l)).thenComparing(l -> l));
    return all.subList(0, Math.min(max, all.size()));
  }

  /** For each claim id, the lineages that state an incompatible value in a contradiction. */
  static Map<String, Set<String>> disagreeing(Comparison c) {
    Map<String, ClaimGroup> byId = new HashMap<>();
    c.claims().forEach(g -> byId.put(g.id(), g));
    Map<String, Set<String>> out = new HashMap<>();
    for (Dispute d : c.disputes()) {
      if (d.status() != DisputeStatus.CONTRADICTION) {
        continue;
      }
      for (String claim : d.claims()) {
        ClaimGroup g = byId.get(claim);
        if (g == null) {
          continue;
        }
        Set<String> others = out.computeIfAbsent(claim, k -> new LinkedHashSet<>());
        for (String other : d.claims()) {
          ClaimGroup o = byId.get(other);
          if (o != null && !other.equals(claim)) {
            others.addAll(o.lineages());
          }
        }
        others.removeAll(new HashSet<>(g.lineages()));
      }
    }
    return out;
  }

  static Stance stance(ClaimGroup g, String lineage, Map<String, Set<String>> disagreeing) {
    if (g.lineages().contains(lineage)) {
      return Stance.AGREES;
    }
    return disagreeing.getOrDefault(g.id(), Set.of()).contains(lineage)
        ? Stance.DISAGREES
        : Stance.SILENT;
  }

  /**
   * A label for a lineage: its origin's outlet for an outlet outside the corpus, else the
   * article's.
   */
  static String lineageLabel(String lineage, SourceLinks links) {
    if (lineage.startsWith(Origin.EXTERNAL_PREFIX)) {
      return lineage.substring(Origin.EXTERNAL_PREFIX.length());
    }
    return links.label(lineage);
  }
}
