package org.triangulate.core.facts;

/** The kind of a named entity, in the CoNLL tradition. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
