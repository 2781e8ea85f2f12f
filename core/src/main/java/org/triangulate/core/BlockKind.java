package org.triangulate.core;

/** The role of one block of an article's body text. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  QUOTE
}
