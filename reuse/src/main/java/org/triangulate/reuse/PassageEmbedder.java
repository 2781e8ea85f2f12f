package org.triangulate.reuse;

import java.util.List;

/**
 * Turns passages (sentences or paragraphs) into unit-length vectors whose dot product measures how
 * alike their meanings are. The provenance engine works without one (lexical evidence only); with
 * one it also finds paraphrased copies. Implementations are thread-safe.
 */
public interface PassageEmbedder {
  /** A short name of the model, for reports. */
  String name();

  /** Length of every vector. */
  int dimension();

  /** One unit-length vector per passage, in order. */
  List<float[]> embed(List<String> passages);

  /**
   * Whether the model understands text in this Unicode script (a {@link Character.UnicodeScript}
   * name such as {@code LATIN}); for others the engine falls back to lexical evidence and records a
   * problem.
   */
  default boolean understands(String script) {
    return true;
  }

  /** Whether the vectors of a sentence and its translation are close. */
  default boolean multilingual() {
    return false;
  }

  /**
   * The calibrated paraphrase decision for this model's cosines: cosine scales differ between
   * models, so each model brings the weights fitted with it (MSRP, see {@code
   * org.triangulate.eval.reuse.MsrpEvaluation}); the default is {@link
   * ParaphraseWeights#WITH_MODEL}.
   */
  default ParaphraseWeights paraphraseWeights() {
    return ParaphraseWeights.WITH_MODEL;
  }

  /** Cosine of two unit-length vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return Math.max(-1, Math.min(1, dot));
  }
}
