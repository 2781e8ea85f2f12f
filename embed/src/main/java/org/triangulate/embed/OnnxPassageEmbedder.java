package org.triangulate.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.triangulate.reuse.PassageEmbedder;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions), bundled in a Maven
 * Central jar and run in-process: no download at run time. English model: other scripts are
 * declined so the engine falls back to lexical evidence. Thread-safe; load once, it takes about a
 * second.
 */
public final class OnnxPassageEmbedder implements PassageEmbedder {
  private static final int DIMENSION = 384;
  private static final int MAX_CHARS = 1_000;
  private static final Set<String> SCRIPTS = Set.of("LATIN", "COMMON");

  private final EmbeddingModel model;

  public OnnxPassageEmbedder() {
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  @Override
  public String name() {
    return "all-minilm-l6-v2-q";
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public boolean understands(String script) {
    return SCRIPTS.contains(script);
  }

  @Override
  public List<float[]> embed(List<String> passages) {
    if (passages.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(passages.size());
    for (String p : passages) {
      // The model reads at most 256 word pieces; longer passages are cut to keep the work bounded.
      String text = p.length() > MAX_CHARS ? p.substring(0, MAX_CHARS) : p;
      segments.add(TextSegment.from(text.isBlank() ? "." : text));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> out = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      out.add(normalised(e.vector()));
    }
    return out;
  }

  private static float[] normalised(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] out = v.clone();
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < out.length; k++) {
        out[k] *= scale;
      }
    }
    return out;
  }
}
