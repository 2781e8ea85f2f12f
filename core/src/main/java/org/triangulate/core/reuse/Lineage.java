package org.triangulate.core.reuse;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * Who copied whom among a set of articles (usually one story): copies collapse onto origins, and
 * the number of lineages is the number of independent sources.
 *
 * @param edges relations between the articles, copies included, independent reports not
 * @param origins one per lineage
 * @param independentSources the number of lineages, {@code origins.size()}
 */
public record Lineage(List<LineageEdge> edges, List<Origin> origins, int independentSources) {
  public Lineage {
    edges = List.copyOf(Checks.notNull("edges", edges));
    origins = List.copyOf(Checks.notNull("origins", origins));
    if (independentSources != origins.size()) {
      throw new IllegalArgumentException(
          "independentSources must equal the number of origins "
              + origins.size()
              + ", got "
              + independentSources);
    }
  }
}
