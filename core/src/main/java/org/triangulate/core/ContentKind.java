package org.triangulate.core;

/** What the bytes of a {@link RawDocument} are. */
public enum ContentKind {
  HTML,
  TEXT
}
