package org.triangulate.core.reuse;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * The origin of one lineage: an article of the corpus, or an outlet named by attribution but not in
 * the corpus (a wire service).
 *
 * @param id the origin article's id, or {@code external:<name>} for an outlet outside the corpus
 * @param name the outlet's name (site, or the credited name), or null if unknown
 * @param external true when the origin is not an article of the corpus
 * @param certain false when the direction of some edge is unknown and the origin is only the
 *     earliest article of the lineage
 * @param members ids of the articles in this lineage (the origin article included), sorted
 */
public record Origin(
    String id, String name, boolean external, boolean certain, List<String> members) {
  /** Prefix of the id of an origin outside the corpus. */
  public static final String EXTERNAL_PREFIX = "external:";

  public Origin {
    Checks.notBlank("id", id);
    members = List.copyOf(Checks.notNull("members", members));
    if (members.isEmpty()) {
      throw new IllegalArgumentException("origin " + id + " must have at least one member");
    }
    if (external != id.startsWith(EXTERNAL_PREFIX)) {
      throw new IllegalArgumentException(
          "external origins, and only they, have ids starting with "
              + EXTERNAL_PREFIX
              + ", got "
              + id);
    }
  }
}
