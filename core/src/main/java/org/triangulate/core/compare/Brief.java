package org.triangulate.core.compare;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * An extractive summary of a story: its most central, non-redundant sentences, then its disputed
 * points with both sides.
 *
 * @param sentences the summary sentences in order
 * @param requested the length asked for, in sentences (disputed points come on top)
 */
public record Brief(List<BriefSentence> sentences, int requested) {
  public Brief {
    sentences = List.copyOf(Checks.notNull("sentences", sentences));
    if (requested < 0) {
      throw new IllegalArgumentException("requested must be >= 0, got " + requested);
    }
  }

  /** The brief as one paragraph of text. */
  public String text() {
    return String.join(" ", sentences.stream().map(BriefSentence::text).toList());
  }
}
