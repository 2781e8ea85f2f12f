package org.triangulate.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast stand-in for a neural model: hashed bag of folded content words and their character
 * trigrams, normalised to unit length. It sees shared words, not shared meaning; use it in tests
 * and where no model can run.
 */
public final class HashingEmbedder implements PassageEmbedder {
  private final int dimension;

  public HashingEmbedder(int dimension) {
    if (dimension < 8) {
      throw new IllegalArgumentException("dimension must be at least 8, got " + dimension);
    }
    this.dimension = dimension;
  }

  @Override
  public String name() {
    return "hashing-" + dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<float[]> embed(List<String> passages) {
    List<float[]> out = new ArrayList<>(passages.size());
    for (String passage : passages) {
      float[] v = new float[dimension];
      for (Words.Word w : Words.of(passage, 0, passage.length())) {
        if (Words.STOP.contains(w.folded())) {
          continue;
        }
        add(v, w.folded(), 1f);
        String padded = "^" + w.folded() + "$";
        for (int k = 0; k + 3 <= padded.length(); k++) {
          add(v, padded.substring(k, k + 3), 0.3f);
        }
      }
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      if (norm > 0) {
        float scale = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < v.length; k++) {
          v[k] *= scale;
        }
      } else {
        v[0] = 1;
      }
      out.add(v);
    }
    return out;
  }

  private void add(float[] v, String feature, float weight) {
    long h = Hashing.of(feature);
    int slot = (int) Math.floorMod(h, (long) dimension);
    v[slot] += ((h >>> 40) & 1) == 0 ? weight : -weight;
  }
}
