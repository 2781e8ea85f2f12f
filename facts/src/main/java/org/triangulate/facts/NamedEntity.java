package org.triangulate.facts;

import org.triangulate.core.Checks;
import org.triangulate.core.facts.EntityType;

/**
 * One named-entity mention found by a {@link NamedEntityRecognizer}.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param type the entity type
 * @param text the covered text
 * @param title a title or honorific written before a person's name ("President"), or null
 */
public record NamedEntity(int start, int end, EntityType type, String text, String title) {
  public NamedEntity {
    Checks.span("entity", start, end, Integer.MAX_VALUE);
    Checks.notNull("type", type);
    Checks.notBlank("text", text);
  }

  /** This mention with another type. */
  public NamedEntity withType(EntityType newType) {
    return new NamedEntity(start, end, newType, text, title);
  }
}
