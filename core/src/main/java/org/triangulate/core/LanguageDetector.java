package org.triangulate.core;

/** Tells which language a text is written in. Implementations are thread-safe. */
public interface LanguageDetector {
  /**
   * The language of {@code text} as an ISO 639-1 code such as {@code en}, or {@link
   * Article#UNDETERMINED} when the text is too short or too mixed to tell.
   */
  String detect(String text);

  /** A detector that never decides; for tests and for pipelines that skip detection. */
  LanguageDetector NONE = text -> Article.UNDETERMINED;
}
