package org.triangulate.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.triangulate.reuse.ParaphraseWeights;
import org.triangulate.reuse.PassageEmbedder;

/**
 * Sentence embeddings from a small English ONNX model bundled in a Maven Central jar and run
 * in-process by LangChain4j's {@link OnnxBertBiEncoder}: no download at run time. The default is
 * {@link Model#BGE_SMALL_EN_V15_Q}, the best of the bundled models on the MSRP dev pairs (see
 * docs/benchmarks.md, Provenance). English models: other scripts are declined so the engine falls
 * back to lexical evidence. Thread-safe; a model is loaded once per JVM (about a second) and shared
 * by every embedder of that model.
 */
public final class OnnxPassageEmbedder implements PassageEmbedder {
  private static final int MAX_CHARS = 1_000;
  private static final Set<String> SCRIPTS = Set.of("LATIN", "COMMON");
  private static final Map<Model, EncoderModel> LOADED = new EnumMap<>(Model.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The bundled models: the ONNX file and tokenizer are plain resources of their Maven jars. */
  public enum Model {
    /** all-MiniLM-L6-v2, quantized: 6 layers, mean pooling; the engine's model before bge. */
    ALL_MINILM_L6_V2_Q(
        "all-minilm-l6-v2-q",
        "all-minilm-l6-v2-q.onnx",
        "all-minilm-l6-v2-q-tokenizer.json",
        PoolingMode.MEAN,
        "",
        ParaphraseWeights.ALL_MINILM_L6_V2_Q),
    /** BAAI bge-small-en-v1.5, quantized: 12 layers, CLS pooling, no instruction for sentences. */
    BGE_SMALL_EN_V15_Q(
        "bge-small-en-v1.5-q",
        "bge-small-en-v1.5-q.onnx",
        "bge-small-en-v1.5-q-tokenizer.json",
        PoolingMode.CLS,
        "",
        ParaphraseWeights.BGE_SMALL_EN_V15_Q),
    /**
     * intfloat e5-small-v2, quantized: 12 layers, mean pooling, "query: " before symmetric text.
     */
    E5_SMALL_V2_Q(
        "e5-small-v2-q",
        "e5-small-v2-q.onnx",
        "e5-small-v2-q-tokenizer.json",
        PoolingMode.MEAN,
        "query: ",
        ParaphraseWeights.E5_SMALL_V2_Q);

    private final String id;
    private final String onnx;
    private final String tokenizer;
    private final PoolingMode pooling;
    private final String prefix;
    private final ParaphraseWeights weights;

    Model(
        String id,
        String onnx,
        String tokenizer,
        PoolingMode pooling,
        String prefix,
        ParaphraseWeights weights) {
      this.id = id;
      this.onnx = onnx;
      this.tokenizer = tokenizer;
      this.pooling = pooling;
      this.prefix = prefix;
      this.weights = weights;
    }

    /** The short name used in reports and on the command line, e.g. {@code bge-small-en-v1.5-q}. */
    public String id() {
      return id;
    }

    /** The model with this {@link #id()} (or enum name, any case). */
    public static Model of(String name) {
      for (Model m : values()) {
        if (m.id.equalsIgnoreCase(name) || m.name().equalsIgnoreCase(name)) {
          return m;
        }
      }
      List<String> known = new ArrayList<>();
      for (Model m : values()) {
        known.add(m.id);
      }
      throw new IllegalArgumentException(
          "unknown embedding model '" + name + "'; use one of " + String.join(", ", known));
    }
  }

  private final Model model;
  private final EncoderModel encoder;

  /** The default model, {@link Model#BGE_SMALL_EN_V15_Q}. */
  public OnnxPassageEmbedder() {
    this(Model.BGE_SMALL_EN_V15_Q);
  }

  /** One of the bundled models; loads it on first use in this JVM. */
  public OnnxPassageEmbedder(Model model) {
    if (model == null) {
      throw new IllegalArgumentException("model must not be null; use one of Model.values()");
    }
    this.model = model;
    this.encoder = load(model);
  }

  /** The model behind this embedder. */
  public Model model() {
    return model;
  }

  @Override
  public String name() {
    return model.id;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public boolean understands(String script) {
    return SCRIPTS.contains(script);
  }

  @Override
  public ParaphraseWeights paraphraseWeights() {
    return model.weights;
  }

  @Override
  public List<float[]> embed(List<String> passages) {
    if (passages.isEmpty()) {
      return List.of();
    }
    float[][] out = new float[passages.size()][];
    List<String> missing = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    for (int k = 0; k < passages.size(); k++) {
      String p = passages.get(k);
      // The models read at most 512 word pieces; longer passages are cut to keep the work bounded.
      String text =
          model.prefix
              + (p.isBlank() ? "." : p.length() > MAX_CHARS ? p.substring(0, MAX_CHARS) : p);
      float[] known = encoder.cached(text);
      if (known != null) {
        out[k] = known.clone();
      } else {
        missing.add(text);
        where.add(k);
      }
    }
    if (!missing.isEmpty()) {
      List<TextSegment> segments = new ArrayList<>(missing.size());
      for (String text : missing) {
        segments.add(TextSegment.from(text));
      }
      List<Embedding> embeddings = encoder.embedAll(segments).content();
      for (int m = 0; m < missing.size(); m++) {
        float[] v = normalised(embeddings.get(m).vector());
        encoder.remember(missing.get(m), v);
        out[where.get(m)] = v.clone();
      }
    }
    return Arrays.asList(out);
  }

  private static synchronized EncoderModel load(Model model) {
    EncoderModel loaded = LOADED.get(model);
    if (loaded == null) {
      try (InputStream onnx = resource(model.onnx);
          InputStream tokenizer = resource(model.tokenizer)) {
        loaded = new EncoderModel(new OnnxBertBiEncoder(onnx, tokenizer, model.pooling));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled model " + model.id, e);
      }
      LOADED.put(model, loaded);
    }
    return loaded;
  }

  private static InputStream resource(String name) {
    InputStream in = OnnxPassageEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "model resource "
              + name
              + " is not on the class path; add its langchain4j-embeddings jar to the build");
    }
    return in;
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

  /** Named daemon threads, one per processor, idle ones retire after a minute. */
  private static Executor executor() {
    int n = Math.max(1, Runtime.getRuntime().availableProcessors());
    ThreadFactory factory =
        r -> {
          Thread t =
              new Thread(r, String.format(Locale.ROOT, "embed-%d", THREADS.incrementAndGet()));
          t.setDaemon(true);
          return t;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * LangChain4j's in-process model over an encoder read from our own class path, with the vectors
   * of the most recently embedded passages: analysing a corpus again (incremental runs, the server)
   * embeds only what is new.
   */
  private static final class EncoderModel extends AbstractInProcessEmbeddingModel {
    private static final int CACHED_PASSAGES = 8_192;
    private final OnnxBertBiEncoder encoder;
    private final Map<String, float[]> recent =
        new LinkedHashMap<>(256, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_PASSAGES;
          }
        };

    synchronized float[] cached(String text) {
      return recent.get(text);
    }

    synchronized void remember(String text, float[] vector) {
      recent.put(text, vector);
    }

    EncoderModel(OnnxBertBiEncoder encoder) {
      super(executor());
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return 384;
    }
  }
}
