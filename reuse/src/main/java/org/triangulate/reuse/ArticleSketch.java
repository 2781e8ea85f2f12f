package org.triangulate.reuse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.triangulate.core.Article;

/**
 * A compact, hashed summary of an analysed article (about 2 KiB for a 150-word article), kept in
 * memory for every indexed article so that the engine can screen a candidate pair without reading
 * the candidate back from the index and without aligning it. For each sentence it holds the hashes
 * of its distinct words (flagged as content words or numbers), of its stems and of its names and
 * numbers, and a hash of its word sequence; for the article, the hashes of its names and numbers.
 *
 * <p>{@link #screen} replays the gates of {@link Aligner}'s sentence matching as upper bounds: a
 * sentence pair can only match when it shares content words, its numbers agree, its names overlap
 * and (without a model) its stems overlap enough. When no sentence pair of two same-language
 * articles can match, the aligner's verdict depends only on the Dice overlap of their names and
 * numbers, which the sketch computes exactly: {@code independent} at 0.2 or more, otherwise {@code
 * unrelated}. Hash collisions can only widen the bound (send a pair to full alignment), up to
 * collisions inside one sentence pair (about one in 10^8 pairs with 32-bit word hashes). Immutable.
 *
 * <pre>{@code
 * ArticleSketch a = ArticleSketch.of(analysed);
 * ArticleSketch.Screen s = ArticleSketch.screen(a, other, true, 0.5);
 * if (s == ArticleSketch.Screen.ALIGN) { ... align the pair ... }
 * }</pre>
 */
final class ArticleSketch {
  /** What screening says of a pair. */
  enum Screen {
    /** Some sentence pair may match (or the articles are in different languages): align them. */
    ALIGN,
    /** No sentence pair can match and the names and numbers overlap by a Dice of 0.2 or more. */
    INDEPENDENT,
    /** No sentence pair can match and the names and numbers overlap too little. */
    UNRELATED
  }

  private static final int CONTENT_BIT = 1;
  private static final int DIGIT_BIT = 2;
  private static final int FLAGS = CONTENT_BIT | DIGIT_BIT;
  // In name keys, the content bit says "a possible first-word name only": two of those do not
  // agree, as in the aligner.
  private static final int INITIAL_BIT = CONTENT_BIT;
  private static final int VERSION = 2;

  // Per sentence: words, sequence hash, content mask (2 ints), |wordSet|, |stems|, |name keys|,
  // 1 when the sentence has anchors (else 0), then the sorted word, stem and name-key hashes. The
  // name keys are the anchors' and the possible first-word names' hashes, names cut to their stem
  // (Aligner.NAME_STEM letters), so that every pair of names the aligner counts as the same has the
  // same key.
  private static final int HEADER = 8;

  private final String language;
  private final String script;
  private final long[] anchors;
  private final int[] starts;
  private final int[] data;

  private ArticleSketch(String language, String script, long[] anchors, int[] starts, int[] data) {
    this.language = language;
    this.script = script;
    this.anchors = anchors;
    this.starts = starts;
    this.data = data;
  }

  /** The sketch of an analysed article. */
  static ArticleSketch of(AnalysedArticle a) {
    int[] starts = new int[a.sentences().size()];
    int[] data = new int[64];
    int n = 0;
    for (int k = 0; k < starts.length; k++) {
      Sentence s = a.sentences().get(k);
      int[] words = new int[s.wordSet().size()];
      long mask = 0;
      int w = 0;
      for (String word : s.wordSet()) {
        int h = wordHash(word);
        words[w++] = h;
        if ((h & CONTENT_BIT) != 0) {
          mask |= 1L << ((h >>> 2) & 63);
        }
      }
      int[] stems = stemHashes(s.stems().toArray(new String[0]));
      int[] anchors = new int[s.anchors().size() + s.initialNames().size()];
      w = 0;
      for (String anchor : s.anchors()) {
        anchors[w++] = wordHash(nameKey(anchor)) & ~INITIAL_BIT;
      }
      for (String name : s.initialNames()) {
        anchors[w++] = wordHash(nameKey(name)) | INITIAL_BIT;
      }
      words = sortedDistinct(words);
      anchors = sortedDistinct(anchors);
      int size = HEADER + words.length + stems.length + anchors.length;
      if (n + size > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, n + size));
      }
      starts[k] = n;
      data[n] = s.words().size();
      data[n + 1] = sequenceHash(s);
      data[n + 2] = (int) (mask >>> 32);
      data[n + 3] = (int) mask;
      data[n + 4] = words.length;
      data[n + 5] = stems.length;
      data[n + 6] = anchors.length;
      data[n + 7] = s.anchors().isEmpty() ? 0 : 1;
      int p = n + HEADER;
      System.arraycopy(words, 0, data, p, words.length);
      p += words.length;
      System.arraycopy(stems, 0, data, p, stems.length);
      p += stems.length;
      System.arraycopy(anchors, 0, data, p, anchors.length);
      n = p + anchors.length;
    }
    long[] articleAnchors = a.anchors().clone();
    Arrays.sort(articleAnchors);
    return new ArticleSketch(
        a.article().language().intern(),
        a.script().intern(),
        articleAnchors,
        starts,
        Arrays.copyOf(data, n));
  }

  /**
   * Screens a pair the way {@link Aligner#align} would treat it ({@code first} is the aligner's
   * first article). {@code lexicalGate} is true when the aligner decides paraphrases on lexical
   * evidence alone with the given threshold (no model); with a model only the other gates apply.
   */
  static Screen screen(
      ArticleSketch first, ArticleSketch second, boolean lexicalGate, double threshold) {
    if (first.starts.length == 0 || second.starts.length == 0) {
      return Screen.UNRELATED;
    }
    if (first.crossLanguage(second)) {
      return Screen.ALIGN;
    }
    for (int i = 0; i < first.starts.length; i++) {
      for (int j = 0; j < second.starts.length; j++) {
        if (mayMatch(
            first.data, first.starts[i], second.data, second.starts[j], lexicalGate, threshold)) {
          return Screen.ALIGN;
        }
      }
    }
    return anchorDice(first, second) >= 0.2 ? Screen.INDEPENDENT : Screen.UNRELATED;
  }

  /** Dice overlap of the two articles' names and numbers, as the aligner computes it. */
  static double anchorDice(ArticleSketch a, ArticleSketch b) {
    if (a.anchors.length == 0 || b.anchors.length == 0) {
      return 0;
    }
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.anchors.length && j < b.anchors.length) {
      int c = Long.compare(a.anchors[i], b.anchors[j]);
      if (c == 0) {
        shared++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * shared / (a.anchors.length + b.anchors.length);
  }

  /** Whether {@link Aligner} could match these two sentences at all (an upper bound). */
  private static boolean mayMatch(
      int[] a, int sa, int[] b, int sb, boolean lexicalGate, double threshold) {
    int wordsA = a[sa];
    int wordsB = b[sb];
    if (wordsA == wordsB && a[sa + 1] == b[sb + 1]) {
      return true; // possibly the same words: an exact match
    }
    if ((a[sa + 2] & b[sb + 2]) == 0 && (a[sa + 3] & b[sb + 3]) == 0) {
      return false; // no content word in common: the aligner never compares the pair
    }
    int minWords = Math.min(wordsA, wordsB);
    if (minWords < 4) {
      return false; // short sentences match only when equal
    }
    int setA = a[sa + 4];
    int setB = b[sb + 4];
    int stemsA = a[sa + 5];
    int stemsB = b[sb + 5];
    int anchorsA = a[sa + 6];
    int anchorsB = b[sb + 6];
    int fromA = sa + HEADER;
    int fromB = sb + HEADER;
    // Names and numbers first: they are few, and in text written from templates they are what
    // tells sentences apart.
    int anchorFromA = fromA + setA + stemsA;
    int anchorFromB = fromB + setB + stemsB;
    int sharedAnchors = 0;
    int sharedNumbers = 0;
    int numbersA = 0;
    int numbersB = 0;
    int i = 0;
    int j = 0;
    while (i < anchorsA || j < anchorsB) {
      int x = i < anchorsA ? a[anchorFromA + i] & ~INITIAL_BIT : 0;
      int y = j < anchorsB ? b[anchorFromB + j] & ~INITIAL_BIT : 0;
      if (j >= anchorsB || (i < anchorsA && x < y)) {
        numbersA += (a[anchorFromA + i] & DIGIT_BIT) >>> 1;
        i++;
      } else if (i >= anchorsA || y < x) {
        numbersB += (b[anchorFromB + j] & DIGIT_BIT) >>> 1;
        j++;
      } else {
        int digit = (a[anchorFromA + i] & DIGIT_BIT) >>> 1;
        if (((a[anchorFromA + i] & b[anchorFromB + j]) & INITIAL_BIT) == 0) {
          sharedAnchors++;
        }
        sharedNumbers += digit;
        numbersA += digit;
        numbersB += digit;
        i++;
        j++;
      }
    }
    if (numbersA > 0 && numbersB > 0 && sharedNumbers == 0) {
      return false; // different numbers: different facts
    }
    boolean bothNamed = a[sa + 7] > 0 && b[sb + 7] > 0;
    if (bothNamed && sharedAnchors == 0) {
      return false; // other names: neither a near-exact match nor a paraphrase
    }
    int shared = 0;
    int sharedContent = 0;
    int contentA = 0;
    int contentB = 0;
    i = 0;
    j = 0;
    while (i < setA || j < setB) {
      if (j >= setB || (i < setA && a[fromA + i] < b[fromB + j])) {
        contentA += a[fromA + i] & CONTENT_BIT;
        i++;
      } else if (i >= setA || b[fromB + j] < a[fromA + i]) {
        contentB += b[fromB + j] & CONTENT_BIT;
        j++;
      } else {
        int c = a[fromA + i] & CONTENT_BIT;
        shared++;
        sharedContent += c;
        contentA += c;
        contentB += c;
        i++;
        j++;
      }
    }
    if (sharedContent == 0 || (sharedContent < 2 && Math.min(contentA, contentB) > 2)) {
      return false;
    }
    // The aligner's near-exact match also asks for name agreement >= 0.5; keys cut to a stem may
    // stand for several names and possible first-word names add keys, so that agreement is not
    // known here (only that it may be high) and the bound leaves it out.
    double jaccard = shared / (double) (setA + setB - shared);
    double lengthRatio = minWords / (double) Math.max(wordsA, wordsB);
    if (jaccard >= 0.8 && lengthRatio >= 0.8) {
      return true; // a near-exact match
    }
    if (minWords < 5) {
      return false;
    }
    if (!lexicalGate) {
      return true;
    }
    if (stemsA == 0 || stemsB == 0) {
      return false;
    }
    int sharedStems = 0;
    i = 0;
    j = 0;
    while (i < stemsA && j < stemsB) {
      int x = a[fromA + setA + i];
      int y = b[fromB + setB + j];
      if (x == y) {
        sharedStems++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * sharedStems / (stemsA + stemsB) >= threshold;
  }

  private boolean crossLanguage(ArticleSketch other) {
    boolean languagesDiffer =
        !language.equals(Article.UNDETERMINED)
            && !other.language.equals(Article.UNDETERMINED)
            && !language.equals(other.language);
    return languagesDiffer || !script.equals(other.script);
  }

  /** Sentences sketched. */
  int sentences() {
    return starts.length;
  }

  /** Approximate bytes of heap held, for memory estimates. */
  long bytes() {
    return 48L + 16 + anchors.length * 8L + 16 + starts.length * 4L + 16 + data.length * 4L;
  }

  /** The sketch as bytes, for storing beside the article. */
  byte[] encode() {
    byte[] lang = language.getBytes(StandardCharsets.UTF_8);
    byte[] scr = script.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out =
        ByteBuffer.allocate(
            4 * 6
                + lang.length
                + scr.length
                + anchors.length * 8
                + starts.length * 4
                + data.length * 4);
    out.putInt(VERSION);
    out.putInt(lang.length).put(lang);
    out.putInt(scr.length).put(scr);
    out.putInt(anchors.length);
    for (long x : anchors) {
      out.putLong(x);
    }
    out.putInt(starts.length);
    for (int x : starts) {
      out.putInt(x);
    }
    out.putInt(data.length);
    for (int x : data) {
      out.putInt(x);
    }
    return out.array();
  }

  /**
   * Reads a sketch written by {@link #encode}; throws {@link IllegalArgumentException} when the
   * bytes are not one (another version or damaged), so that the caller can rebuild it.
   */
  static ArticleSketch decode(byte[] bytes, int offset, int length) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
      int version = in.getInt();
      if (version != VERSION) {
        throw new IllegalArgumentException("sketch version " + version + ", expected " + VERSION);
      }
      String lang = string(in);
      String scr = string(in);
      long[] anchors = new long[in.getInt()];
      for (int k = 0; k < anchors.length; k++) {
        anchors[k] = in.getLong();
      }
      int[] starts = new int[in.getInt()];
      for (int k = 0; k < starts.length; k++) {
        starts[k] = in.getInt();
      }
      int[] data = new int[in.getInt()];
      for (int k = 0; k < data.length; k++) {
        data[k] = in.getInt();
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(in.remaining() + " bytes left over after the sketch");
      }
      return new ArticleSketch(lang.intern(), scr.intern(), anchors, starts, data);
    } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("damaged sketch of " + length + " bytes", e);
    }
  }

  private static String string(ByteBuffer in) {
    byte[] b = new byte[in.getInt()];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** A name cut to the stem by which the aligner compares names; numbers stay whole. */
  private static String nameKey(String anchor) {
    return anchor.length() > Aligner.NAME_STEM && !Words.hasDigit(anchor)
        ? anchor.substring(0, Aligner.NAME_STEM)
        : anchor;
  }

  /** A word's hash with its low bits replaced by flags that depend on the word alone. */
  private static int wordHash(String word) {
    int h = (int) Hashing.of(word) & ~FLAGS;
    if (!Words.STOP.contains(word)) {
      h |= CONTENT_BIT;
    }
    if (Words.hasDigit(word)) {
      h |= DIGIT_BIT;
    }
    return h;
  }

  private static int sequenceHash(Sentence s) {
    long h = s.words().size();
    for (String w : s.words()) {
      h = Hashing.combine(h, Hashing.of(w));
    }
    return (int) h;
  }

  private static int[] stemHashes(String[] values) {
    int[] out = new int[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = (int) Hashing.of(values[k]);
    }
    return sortedDistinct(out);
  }

  private static int[] sortedDistinct(int[] values) {
    int[] out = values.clone();
    Arrays.sort(out);
    int n = 0;
    for (int k = 0; k < out.length; k++) {
      if (n == 0 || out[n - 1] != out[k]) {
        out[n++] = out[k];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
