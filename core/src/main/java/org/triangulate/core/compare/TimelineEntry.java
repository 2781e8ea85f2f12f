package org.triangulate.core.compare;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * One dated event of a story.
 *
 * @param date the TimeML value: {@code 2025-03-13}, {@code 2025-02}, {@code 2024}, {@code 2025-W12}
 * @param text a sentence that tells the event, from the best-supported article
 * @param articles the articles that date this event so, in evidence order
 * @param provenance the strongest provenance among the evidence (stated before relative before
 *     inferred)
 * @param evidence the date expressions, one per article at most
 * @param lineages the independent lineages that date it so, sorted
 */
public record TimelineEntry(
    String date,
    String text,
    List<String> articles,
    DateProvenance provenance,
    List<Evidence> evidence,
    List<String> lineages) {
  public TimelineEntry {
    Checks.notBlank("date", date);
    Checks.notNull("text", text);
    articles = List.copyOf(Checks.notNull("articles", articles));
    Checks.notNull("provenance", provenance);
    evidence = List.copyOf(Checks.notNull("evidence", evidence));
    lineages = List.copyOf(Checks.notNull("lineages", lineages));
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("timeline entry " + date + " needs an article");
    }
  }
}
