package org.triangulate.core.compare;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * One sentence of a brief with every independent source that supports it.
 *
 * @param text the sentence: extracted from an article, or for a disputed point a generated sentence
 *     naming both sides
 * @param citations one passage per supporting lineage, at least one, sorted by lineage
 * @param dispute the id of the dispute this sentence is about or touches, or null
 * @param extracted true for a sentence taken verbatim from an article, false for a generated one
 */
public record BriefSentence(
    String text, List<Citation> citations, String dispute, boolean extracted) {
  public BriefSentence {
    Checks.notBlank("text", text);
    citations = List.copyOf(Checks.notNull("citations", citations));
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("brief sentence must cite a source: " + text);
    }
  }

  /** The cited article ids, without repeats. */
  public List<String> articles() {
    return citations.stream().map(Citation::article).distinct().toList();
  }
}
