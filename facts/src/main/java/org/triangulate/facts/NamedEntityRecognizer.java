package org.triangulate.facts;

import java.util.List;

/**
 * Finds named-entity mentions (persons, organisations, places) in a text. Implementations are
 * thread-safe and never throw for odd text (no names, all capitals, symbols): they return what they
 * found, possibly nothing. The light default is {@link HeuristicNer}; the {@code
 * triangulate-ner-corenlp} module adds Stanford CoreNLP's CRF models.
 */
public interface NamedEntityRecognizer {
  /**
   * Mentions in {@code text}, in text order, not overlapping.
   *
   * @param text the article text
   * @param sentences its sentences, as {@link SentenceSplitter} gives them
   */
  List<NamedEntity> recognize(String text, List<TextRange> sentences);
}
