package org.triangulate.core.compare;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * One side of a dispute: a value, its scope and who says it.
 *
 * @param value the value as normalised ("23", "Corin Vell", "2025-03-13")
 * @param scope the scope of this side in words ("in Pellvar"), empty when the same for all sides
 * @param claims the ids of the claim groups on this side
 * @param evidence where the articles say it
 * @param lineages the independent lineages on this side, sorted
 */
public record DisputeSide(
    String value,
    String scope,
    List<String> claims,
    List<Evidence> evidence,
    List<String> lineages) {
  public DisputeSide {
    Checks.notNull("value", value);
    scope = scope == null ? "" : scope;
    claims = List.copyOf(Checks.notNull("claims", claims));
    evidence = List.copyOf(Checks.notNull("evidence", evidence));
    lineages = List.copyOf(Checks.notNull("lineages", lineages));
    if (claims.isEmpty() || evidence.isEmpty()) {
      throw new IllegalArgumentException(
          "a dispute side needs claims and evidence, value " + value);
    }
  }
}
