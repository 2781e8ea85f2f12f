package org.triangulate.core.facts;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * A canonical entity: one person, organisation or place with every name it goes by.
 *
 * @param id stable id within its scope (an article or a story), such as {@code e3}
 * @param name the canonical (longest, most frequent) name
 * @param type the kind of entity
 * @param aliases the other names seen for it (spelling variants, acronyms, noms de guerre), sorted
 * @param mentions where it is mentioned, in article then offset order
 */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, List<Mention> mentions) {
  public Entity {
    Checks.notBlank("id", id);
    Checks.notBlank("name", name);
    Checks.notNull("type", type);
    aliases = List.copyOf(Checks.notNull("aliases", aliases));
    mentions = List.copyOf(Checks.notNull("mentions", mentions));
  }
}
