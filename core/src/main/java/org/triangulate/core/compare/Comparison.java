package org.triangulate.core.compare;

import java.util.List;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;

/**
 * What the sources of one story agree and disagree on.
 *
 * @param story the story id
 * @param articles the ids of the articles compared
 * @param independentSources the number of lineages among them
 * @param claims claim groups, quantities first, then quotes, dates and identifications
 * @param disputes contradictions and differences of scope
 * @param timeline dated events in date order
 * @param brief the summary with citations
 * @param problems what could not be compared (facts pointing outside an article, a one-article
 *     story), never null
 */
public record Comparison(
    String story,
    List<String> articles,
    int independentSources,
    List<ClaimGroup> claims,
    List<Dispute> disputes,
    List<TimelineEntry> timeline,
    Brief brief,
    List<Problem> problems) {
  public Comparison {
    Checks.notBlank("story", story);
    articles = List.copyOf(Checks.notNull("articles", articles));
    claims = List.copyOf(Checks.notNull("claims", claims));
    disputes = List.copyOf(Checks.notNull("disputes", disputes));
    timeline = List.copyOf(Checks.notNull("timeline", timeline));
    Checks.notNull("brief", brief);
    problems = List.copyOf(Checks.notNull("problems", problems));
    if (independentSources < 0 || independentSources > articles.size()) {
      throw new IllegalArgumentException(
          "independentSources must be in [0, " + articles.size() + "], got " + independentSources);
    }
  }
}
