package org.triangulate.reuse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The evidence that two sentences say the same thing, beyond their embedding cosine: character
 * 4-gram overlap (survives inflection and small rewording), numbers said by one sentence and not
 * the other (MSRP negatives often share every word but a figure), negation said by only one, and
 * the word-sequence overlap that machine-translation metrics measure ({@link Overlap}: BLEU-like
 * n-gram precision, edit rate, longest common subsequence, content said by one side only).
 * Everything is symmetric: swapping the sentences gives the same features.
 *
 * @param cosine embedding cosine of the two sentences, 0 without a model
 * @param lexical {@link ParaphraseScorer#lexical(String, String)} of the two sentences
 * @param charDice Dice overlap of the lower-cased character 4-grams, in [0, 1]
 * @param numberMismatch numbers (words with digits) that one sentence has and the other lacks
 * @param negationMismatch true when exactly one sentence holds a negation
 * @param overlap the word-sequence overlap of the two sentences
 */
public record ParaphraseFeatures(
    double cosine,
    double lexical,
    double charDice,
    int numberMismatch,
    boolean negationMismatch,
    Overlap overlap) {
  /**
   * The names of the entries of {@link #vector()}, in order; {@link ParaphraseWeights} holds one
   * weight per name.
   */
  public static final List<String> NAMES =
      List.of(
          "cosine",
          "charDice",
          "log1p(numberMismatch)",
          "negationMismatch",
          "numbersDiffer",
          "unigramPrecisionMin",
          "unigramPrecisionMax",
          "bigramPrecisionMin",
          "bigramPrecisionMax",
          "trigramPrecisionMin",
          "trigramPrecisionMax",
          "fourgramPrecisionMin",
          "fourgramPrecisionMax",
          "bleuMin",
          "bleuMax",
          "editRateMin",
          "editRateMax",
          "lcsMin",
          "lcsMax",
          "log1p(unmatchedMin)",
          "log1p(unmatchedMax)",
          "lengthRatio",
          "log1p(lengthDifference)",
          "log1p(nameMismatch)",
          "lexical");

  /** The entries of {@link #vector()} read from {@link #overlap()}: from this index ... */
  static final int OVERLAP_FROM = NAMES.indexOf("unigramPrecisionMin");

  /** ... to this one, exclusive. */
  static final int OVERLAP_TO = NAMES.indexOf("log1p(nameMismatch)") + 1;

  /** Words of a sentence that the overlap measures read at most. */
  static final int MAX_WORDS = 400;

  private static final Set<String> NEGATIONS =
      Set.of(
          "not",
          "no",
          "never",
          "none",
          "nothing",
          "nobody",
          "neither",
          "nor",
          "without",
          "cannot",
          "dont",
          "doesnt",
          "didnt",
          "isnt",
          "wasnt",
          "arent",
          "werent",
          "wont",
          "wouldnt",
          "cant",
          "couldnt",
          "shouldnt",
          "hasnt",
          "havent",
          "hadnt");

  /**
   * Word-sequence overlap of two sentences over their folded words, as machine-translation metrics
   * measure it (Madnani, Tetreault and Chodorow 2012 reach about 84 F1 on MSRP with such metrics
   * alone). Each directed measure is given as the smaller and the larger of its two directions.
   *
   * @param precisionMin clipped n-gram precision for n = 1..4 (index n - 1), the smaller direction
   * @param precisionMax the same, the larger direction
   * @param bleuMin add-one-smoothed BLEU (n = 1..4, brevity penalty), the smaller direction
   * @param bleuMax the same, the larger direction
   * @param editRateMin word edit distance over the longer sentence's length (a TER without shifts)
   * @param editRateMax word edit distance over the shorter sentence's length
   * @param lcsMin longest common word subsequence over the longer sentence's length
   * @param lcsMax longest common word subsequence over the shorter sentence's length
   * @param unmatchedMin content stems of one sentence absent from the other, the smaller side
   * @param unmatchedMax the same, the larger side (an added clause shows here)
   * @param lengthRatio shorter over longer word count, in [0, 1]
   * @param lengthDifference difference of the word counts
   * @param nameMismatch capitalised words inside a sentence (not its first) that only one has
   */
  public record Overlap(
      double[] precisionMin,
      double[] precisionMax,
      double bleuMin,
      double bleuMax,
      double editRateMin,
      double editRateMax,
      double lcsMin,
      double lcsMax,
      int unmatchedMin,
      int unmatchedMax,
      double lengthRatio,
      int lengthDifference,
      int nameMismatch) {
    /** No overlap at all: what two empty sentences have. */
    public static final Overlap NONE =
        new Overlap(new double[4], new double[4], 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0);

    public Overlap {
      if (precisionMin == null || precisionMin.length != 4) {
        throw new IllegalArgumentException("precisionMin must hold 4 values (n = 1..4)");
      }
      if (precisionMax == null || precisionMax.length != 4) {
        throw new IllegalArgumentException("precisionMax must hold 4 values (n = 1..4)");
      }
      precisionMin = precisionMin.clone();
      precisionMax = precisionMax.clone();
      for (int n = 0; n < 4; n++) {
        unit("precisionMin[" + n + "]", precisionMin[n]);
        unit("precisionMax[" + n + "]", precisionMax[n]);
      }
      unit("bleuMin", bleuMin);
      unit("bleuMax", bleuMax);
      unit("lcsMin", lcsMin);
      unit("lcsMax", lcsMax);
      unit("lengthRatio", lengthRatio);
      if (!(editRateMin >= 0) || !(editRateMax >= 0)) {
        throw new IllegalArgumentException(
            "edit rates must be >= 0, got " + editRateMin + " and " + editRateMax);
      }
      if (unmatchedMin < 0 || unmatchedMax < unmatchedMin) {
        throw new IllegalArgumentException(
            "unmatched counts must satisfy 0 <= min <= max, got "
                + unmatchedMin
                + " and "
                + unmatchedMax);
      }
      if (lengthDifference < 0 || nameMismatch < 0) {
        throw new IllegalArgumentException(
            "lengthDifference and nameMismatch must be >= 0, got "
                + lengthDifference
                + " and "
                + nameMismatch);
      }
    }

    @Override
    public double[] precisionMin() {
      return precisionMin.clone();
    }

    @Override
    public double[] precisionMax() {
      return precisionMax.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Overlap other
          && Arrays.equals(precisionMin, other.precisionMin)
          && Arrays.equals(precisionMax, other.precisionMax)
          && bleuMin == other.bleuMin
          && bleuMax == other.bleuMax
          && editRateMin == other.editRateMin
          && editRateMax == other.editRateMax
          && lcsMin == other.lcsMin
          && lcsMax == other.lcsMax
          && unmatchedMin == other.unmatchedMin
          && unmatchedMax == other.unmatchedMax
          && lengthRatio == other.lengthRatio
          && lengthDifference == other.lengthDifference
          && nameMismatch == other.nameMismatch;
    }

    @Override
    public int hashCode() {
      return Objects.hash(
          Arrays.hashCode(precisionMin),
          Arrays.hashCode(precisionMax),
          bleuMin,
          bleuMax,
          editRateMin,
          editRateMax,
          lcsMin,
          lcsMax,
          unmatchedMin,
          unmatchedMax,
          lengthRatio,
          lengthDifference,
          nameMismatch);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "Overlap[precisionMin=%s, precisionMax=%s, bleu=%.3f/%.3f, editRate=%.3f/%.3f,"
              + " lcs=%.3f/%.3f, unmatched=%d/%d, lengthRatio=%.3f, lengthDifference=%d,"
              + " nameMismatch=%d]",
          Arrays.toString(precisionMin),
          Arrays.toString(precisionMax),
          bleuMin,
          bleuMax,
          editRateMin,
          editRateMax,
          lcsMin,
          lcsMax,
          unmatchedMin,
          unmatchedMax,
          lengthRatio,
          lengthDifference,
          nameMismatch);
    }

    private static void unit(String name, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
      }
    }
  }

  public ParaphraseFeatures {
    if (!(cosine >= -1 && cosine <= 1)) {
      throw new IllegalArgumentException("cosine must be in [-1, 1], got " + cosine);
    }
    if (!(lexical >= 0 && lexical <= 1)) {
      throw new IllegalArgumentException("lexical must be in [0, 1], got " + lexical);
    }
    if (!(charDice >= 0 && charDice <= 1)) {
      throw new IllegalArgumentException("charDice must be in [0, 1], got " + charDice);
    }
    if (numberMismatch < 0) {
      throw new IllegalArgumentException("numberMismatch must be >= 0, got " + numberMismatch);
    }
    if (overlap == null) {
      throw new IllegalArgumentException("overlap must not be null; use Overlap.NONE for none");
    }
  }

  /** Features without word-sequence overlap ({@link Overlap#NONE}), for hand-made cases. */
  public ParaphraseFeatures(
      double cosine,
      double lexical,
      double charDice,
      int numberMismatch,
      boolean negationMismatch) {
    this(cosine, lexical, charDice, numberMismatch, negationMismatch, Overlap.NONE);
  }

  /** The features of two sentences given their embedding cosine. */
  public static ParaphraseFeatures of(String a, String b, double cosine) {
    List<String> wa = ParaphraseScorer.words(a);
    List<String> wb = ParaphraseScorer.words(b);
    return of(a, b, wa, wb, cosine);
  }

  static ParaphraseFeatures of(
      String a, String b, List<String> wordsA, List<String> wordsB, double cosine) {
    return of(a, b, wordsA, wordsB, cosine, true);
  }

  /**
   * The features of two sentences; with {@code withOverlap} false the word-sequence {@link
   * #overlap()} (n-gram counts, edit distance, LCS: the costly part) is not computed and is {@link
   * Overlap#NONE}, for weights that give it no weight ({@link ParaphraseWeights#usesOverlap()}).
   */
  static ParaphraseFeatures of(
      String a,
      String b,
      List<String> wordsA,
      List<String> wordsB,
      double cosine,
      boolean withOverlap) {
    Set<String> na = numbers(wordsA);
    Set<String> nb = numbers(wordsB);
    int mismatch = 0;
    for (String n : na) {
      if (!nb.contains(n)) {
        mismatch++;
      }
    }
    for (String n : nb) {
      if (!na.contains(n)) {
        mismatch++;
      }
    }
    boolean negation = negated(wordsA) != negated(wordsB);
    Set<String> stemsA = ParaphraseScorer.stems(wordsA);
    Set<String> stemsB = ParaphraseScorer.stems(wordsB);
    double lexical =
        ParaphraseScorer.lexical(
            stemsA, stemsB, ParaphraseScorer.numbers(wordsA), ParaphraseScorer.numbers(wordsB));
    return new ParaphraseFeatures(
        Math.max(-1, Math.min(1, cosine)),
        lexical,
        charDice(a, b),
        mismatch,
        negation,
        withOverlap ? overlap(wordsA, wordsB, stemsA, stemsB, names(a), names(b)) : Overlap.NONE);
  }

  /** The feature vector that {@link ParaphraseWeights} weighs, in the order of {@link #NAMES}. */
  public double[] vector() {
    Overlap o = overlap;
    return new double[] {
      cosine,
      charDice,
      Math.log1p(numberMismatch),
      negationMismatch ? 1 : 0,
      numberMismatch > 0 ? 1 : 0,
      o.precisionMin[0],
      o.precisionMax[0],
      o.precisionMin[1],
      o.precisionMax[1],
      o.precisionMin[2],
      o.precisionMax[2],
      o.precisionMin[3],
      o.precisionMax[3],
      o.bleuMin,
      o.bleuMax,
      o.editRateMin,
      o.editRateMax,
      o.lcsMin,
      o.lcsMax,
      Math.log1p(o.unmatchedMin),
      Math.log1p(o.unmatchedMax),
      o.lengthRatio,
      Math.log1p(o.lengthDifference),
      Math.log1p(o.nameMismatch),
      lexical
    };
  }

  static Overlap overlap(
      List<String> wordsA,
      List<String> wordsB,
      Set<String> stemsA,
      Set<String> stemsB,
      Set<String> namesA,
      Set<String> namesB) {
    // Words as small integers, so that n-grams are longs and the tables are int arrays; a run-on
    // "sentence" (a page without punctuation) is measured on its first words, which bounds the
    // quadratic edit distance and keeps every id within 16 bits.
    Map<String, Integer> ids = new HashMap<>();
    int[] a = ids(wordsA.subList(0, Math.min(wordsA.size(), MAX_WORDS)), ids);
    int[] b = ids(wordsB.subList(0, Math.min(wordsB.size(), MAX_WORDS)), ids);
    double[] pMin = new double[4];
    double[] pMax = new double[4];
    double[] pa = new double[4];
    double[] pb = new double[4];
    for (int n = 1; n <= 4; n++) {
      int shared = clippedMatches(a, b, n);
      pa[n - 1] = a.length >= n ? shared / (double) (a.length - n + 1) : 0;
      pb[n - 1] = b.length >= n ? shared / (double) (b.length - n + 1) : 0;
      pMin[n - 1] = Math.min(pa[n - 1], pb[n - 1]);
      pMax[n - 1] = Math.max(pa[n - 1], pb[n - 1]);
    }
    double bleuA = bleu(pa, a.length, b.length);
    double bleuB = bleu(pb, b.length, a.length);
    int longer = Math.max(a.length, b.length);
    int shorter = Math.min(a.length, b.length);
    int[] editAndLcs = editDistanceAndLcs(a, b);
    int unmatchedA = 0;
    for (String s : stemsA) {
      if (!stemsB.contains(s)) {
        unmatchedA++;
      }
    }
    int unmatchedB = 0;
    for (String s : stemsB) {
      if (!stemsA.contains(s)) {
        unmatchedB++;
      }
    }
    int names = 0;
    for (String s : namesA) {
      if (!namesB.contains(s)) {
        names++;
      }
    }
    for (String s : namesB) {
      if (!namesA.contains(s)) {
        names++;
      }
    }
    return new Overlap(
        pMin,
        pMax,
        Math.min(bleuA, bleuB),
        Math.max(bleuA, bleuB),
        editAndLcs[0] / (double) Math.max(1, longer),
        editAndLcs[0] / (double) Math.max(1, shorter),
        editAndLcs[1] / (double) Math.max(1, longer),
        editAndLcs[1] / (double) Math.max(1, shorter),
        Math.min(unmatchedA, unmatchedB),
        Math.max(unmatchedA, unmatchedB),
        longer == 0 ? 0 : shorter / (double) longer,
        longer - shorter,
        names);
  }

  private static int[] ids(List<String> words, Map<String, Integer> ids) {
    int[] out = new int[words.size()];
    for (int k = 0; k < out.length; k++) {
      Integer id = ids.putIfAbsent(words.get(k), ids.size());
      out[k] = id == null ? ids.size() - 1 : id;
    }
    return out;
  }

  /**
   * Matches of the n-grams of {@code a} in {@code b}, each n-gram counted at most as often as the
   * other sentence has it (BLEU's clipping; the count is the same in both directions).
   */
  static int clippedMatches(int[] a, int[] b, int n) {
    if (a.length < n || b.length < n) {
      return 0;
    }
    long[] ga = grams(a, n);
    long[] gb = grams(b, n);
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < ga.length && j < gb.length) {
      if (ga[i] == gb[j]) {
        shared++;
        i++;
        j++;
      } else if (ga[i] < gb[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  private static long[] grams(int[] words, int n) {
    long[] out = new long[words.length - n + 1];
    for (int k = 0; k < out.length; k++) {
      long key = 0;
      for (int m = 0; m < n; m++) {
        // 16 bits a word: at most 2 * MAX_WORDS distinct words, far below 65,536.
        key = key << 16 | (words[k + m] & 0xFFFF);
      }
      out[k] = key;
    }
    Arrays.sort(out);
    return out;
  }

  /** Add-one-smoothed BLEU of a hypothesis of {@code length} words against a reference. */
  private static double bleu(double[] precisions, int length, int reference) {
    if (length == 0) {
      return 0;
    }
    double logSum = 0;
    for (int n = 1; n <= 4; n++) {
      int count = Math.max(1, length - n + 1);
      double matched = precisions[n - 1] * (length >= n ? length - n + 1 : 0);
      logSum += Math.log((matched + 1) / (count + 1));
    }
    double brevity = Math.min(1, Math.exp(1 - reference / (double) length));
    return Math.max(0, Math.min(1, brevity * Math.exp(logSum / 4)));
  }

  /** Word-level Levenshtein distance and longest common subsequence, two rows each. */
  static int[] editDistanceAndLcs(int[] a, int[] b) {
    int[] editPrev = new int[b.length + 1];
    int[] editCur = new int[b.length + 1];
    int[] lcsPrev = new int[b.length + 1];
    int[] lcsCur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      editPrev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      editCur[0] = i;
      lcsCur[0] = 0;
      for (int j = 1; j <= b.length; j++) {
        boolean same = a[i - 1] == b[j - 1];
        editCur[j] =
            Math.min(
                Math.min(editPrev[j] + 1, editCur[j - 1] + 1), editPrev[j - 1] + (same ? 0 : 1));
        lcsCur[j] = same ? lcsPrev[j - 1] + 1 : Math.max(lcsPrev[j], lcsCur[j - 1]);
      }
      int[] t = editPrev;
      editPrev = editCur;
      editCur = t;
      t = lcsPrev;
      lcsPrev = lcsCur;
      lcsCur = t;
    }
    return new int[] {editPrev[b.length], lcsPrev[b.length]};
  }

  /**
   * Capitalised words after a sentence's first word that are not stop words: likely names. A light
   * scan of the text rather than a second {@link Words} pass (the engine hands over folded words
   * only): a word starts at a letter after a character that is neither a letter nor a digit.
   */
  static Set<String> names(String text) {
    Set<String> out = new HashSet<>();
    boolean first = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
        i++;
      }
      if (!first && Character.isUpperCase(c)) {
        String word = Words.fold(text.substring(start, i).replace("'", "").replace("’", ""));
        if (!Words.STOP.contains(word)) {
          out.add(word);
        }
      }
      first = false;
    }
    return out;
  }

  private static boolean isJoiner(String text, int i) {
    char c = text.charAt(i);
    return (c == '-' || c == '\'' || c == '’')
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static Set<String> numbers(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (Words.hasDigit(w)) {
        out.add(w.replace(",", ""));
      }
    }
    return out;
  }

  private static boolean negated(List<String> words) {
    for (String w : words) {
      if (NEGATIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Dice overlap of the distinct character 4-grams of the lower-cased, space-collapsed texts. */
  static double charDice(String a, String b) {
    long[] ga = charGrams(a);
    long[] gb = charGrams(b);
    if (ga.length == 0 || gb.length == 0) {
      return 0;
    }
    int distinctA = 0;
    int distinctB = 0;
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < ga.length || j < gb.length) {
      if (j == gb.length || i < ga.length && ga[i] < gb[j]) {
        distinctA++;
        i = next(ga, i);
      } else if (i == ga.length || gb[j] < ga[i]) {
        distinctB++;
        j = next(gb, j);
      } else {
        distinctA++;
        distinctB++;
        shared++;
        i = next(ga, i);
        j = next(gb, j);
      }
    }
    return 2.0 * shared / (distinctA + distinctB);
  }

  /** Runs of {@code \\s} characters (space, tab, line breaks, form feed) as one space. */
  private static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean isSpace = c == ' ' || c >= '\t' && c <= '\r';
      if (!isSpace) {
        out.append(c);
      } else if (!space) {
        out.append(' ');
      }
      space = isSpace;
    }
    return out.toString();
  }

  private static int next(long[] sorted, int i) {
    long value = sorted[i];
    while (i < sorted.length && sorted[i] == value) {
      i++;
    }
    return i;
  }

  /**
   * The character 4-grams of the text (lower-cased, runs of spaces as one, stripped), each packed
   * into a long (four 16-bit chars), sorted: no string or set per gram, the same grams as {@code
   * substring(i, i + 4)}.
   */
  private static long[] charGrams(String text) {
    String s = collapseSpaces(text.toLowerCase(Locale.ROOT)).strip();
    if (s.length() < 4) {
      return new long[0];
    }
    long[] out = new long[s.length() - 3];
    long key = 0;
    for (int i = 0; i < s.length(); i++) {
      key = key << 16 | s.charAt(i);
      if (i >= 3) {
        out[i - 3] = key;
      }
    }
    Arrays.sort(out);
    return out;
  }
}
