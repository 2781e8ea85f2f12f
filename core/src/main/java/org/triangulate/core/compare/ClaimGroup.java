package org.triangulate.core.compare;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * One claim as stated by one or more articles, in their own words.
 *
 * @param id stable id within the comparison, such as {@code q3}
 * @param kind what the claim is about
 * @param subject what is claimed about, normalised ("killed · Pellvar", a quote's words)
 * @param value the claimed value, normalised ("23", "about 3,000", a speaker, a date)
 * @param evidence where each article states it, in article then offset order
 * @param lineages the independent lineages behind it, sorted
 * @param status corroborated, single-source or disputed
 * @param disputes ids of the disputes it takes part in
 */
public record ClaimGroup(
    String id,
    ClaimKind kind,
    String subject,
    String value,
    List<Evidence> evidence,
    List<String> lineages,
    ClaimStatus status,
    List<String> disputes) {
  public ClaimGroup {
    Checks.notBlank("id", id);
    Checks.notNull("kind", kind);
    Checks.notNull("subject", subject);
    Checks.notNull("value", value);
    evidence = List.copyOf(Checks.notNull("evidence", evidence));
    lineages = List.copyOf(Checks.notNull("lineages", lineages));
    Checks.notNull("status", status);
    disputes = List.copyOf(Checks.notNull("disputes", disputes));
    if (evidence.isEmpty() || lineages.isEmpty()) {
      throw new IllegalArgumentException("claim " + id + " needs evidence and a lineage");
    }
    long distinct = evidence.stream().map(Evidence::lineage).distinct().count();
    if (distinct != lineages.size()) {
      throw new IllegalArgumentException(
          "claim "
              + id
              + " lineages "
              + lineages
              + " must be exactly the lineages of its evidence ("
              + distinct
              + ")");
    }
    if (status == ClaimStatus.DISPUTED && disputes.isEmpty()) {
      throw new IllegalArgumentException("claim " + id + " is disputed but names no dispute");
    }
  }

  /** The number of independent sources behind the claim. */
  public int independentSources() {
    return lineages.size();
  }

  /** The ids of the articles that state it, in evidence order without repeats. */
  public List<String> articles() {
    return evidence.stream().map(Evidence::article).distinct().toList();
  }
}
