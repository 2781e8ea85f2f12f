package org.triangulate.core.compare;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * Sources that disagree about one thing: a real contradiction, or values that differ only because
 * their scopes differ.
 *
 * @param id stable id within the comparison, such as {@code d1}
 * @param kind what the dispute is about (a quantity, the date of an event, a quote's speaker, who
 *     holds a role)
 * @param status contradiction or scope-difference
 * @param subject what is disputed, in words ("killed · Pellvar")
 * @param claims the ids of every claim group involved
 * @param sides the sides, two or more, each with its value and evidence
 * @param explanation why this is a contradiction or only a difference of scope
 */
public record Dispute(
    String id,
    ClaimKind kind,
    DisputeStatus status,
    String subject,
    List<String> claims,
    List<DisputeSide> sides,
    String explanation) {
  public Dispute {
    Checks.notBlank("id", id);
    Checks.notNull("kind", kind);
    Checks.notNull("status", status);
    Checks.notNull("subject", subject);
    claims = List.copyOf(Checks.notNull("claims", claims));
    sides = List.copyOf(Checks.notNull("sides", sides));
    Checks.notNull("explanation", explanation);
    if (sides.size() < 2) {
      throw new IllegalArgumentException(
          "dispute " + id + " needs at least two sides, got " + sides.size());
    }
  }
}
