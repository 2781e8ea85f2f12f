package org.triangulate.cli;

import org.triangulate.embed.OnnxPassageEmbedder;
import org.triangulate.reuse.PassageEmbedder;
import picocli.CommandLine.Option;

/**
 * The provenance model options shared by {@code analyze} and {@code align}, so that both commands
 * take the same paraphrase decision: the bundled sentence-embedding model by default, lexical
 * evidence only with {@code --no-model}.
 */
final class EmbedderOptions {
  @Option(
      names = {"--no-model", "--lexical"},
      description =
          "provenance from lexical evidence only: skip the bundled sentence-embedding model"
              + " (faster to start and to run, finds fewer paraphrased copies)")
  boolean noModel;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description =
          "the bundled sentence-embedding model: bge-small-en-v1.5-q (default), e5-small-v2-q"
              + " or all-minilm-l6-v2-q")
  String model;

  /** The model to use, or null for lexical evidence only. */
  PassageEmbedder embedder() {
    if (noModel) {
      return null;
    }
    return model == null
        ? new OnnxPassageEmbedder()
        : new OnnxPassageEmbedder(OnnxPassageEmbedder.Model.of(model));
  }
}
