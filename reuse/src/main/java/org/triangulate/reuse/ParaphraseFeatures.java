package org.triangulate.reuse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The evidence that two sentences say the same thing, beyond their embedding cosine: character
 * 4-gram overlap (survives inflection and small rewording), numbers said by one sentence and not
 * the other (MSRP negatives often share every word but a figure), and negation said by only one.
 *
 * @param cosine embedding cosine of the two sentences, 0 without a model
 * @param lexical {@link ParaphraseScorer#lexical(String, String)} of the two sentences
 * @param charDice Dice overlap of the lower-cased character 4-grams, in [0, 1]
 * @param numberMismatch numbers (words with digits) that one sentence has and the other lacks
 * @param negationMismatch true when exactly one sentence holds a negation
 */
public record ParaphraseFeatures(
    double cosine, double lexical, double charDice, int numberMismatch, boolean negationMismatch) {
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
  }

  /** The features of two sentences given their embedding cosine. */
  public static ParaphraseFeatures of(String a, String b, double cosine) {
    List<String> wa = ParaphraseScorer.words(a);
    List<String> wb = ParaphraseScorer.words(b);
    return of(a, b, wa, wb, cosine);
  }

  static ParaphraseFeatures of(
      String a, String b, List<String> wordsA, List<String> wordsB, double cosine) {
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
    double lexical =
        ParaphraseScorer.lexical(
            ParaphraseScorer.stems(wordsA),
            ParaphraseScorer.stems(wordsB),
            ParaphraseScorer.numbers(wordsA),
            ParaphraseScorer.numbers(wordsB));
    return new ParaphraseFeatures(
        Math.max(-1, Math.min(1, cosine)), lexical, charDice(a, b), mismatch, negation);
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
    Set<String> ga = grams(a);
    Set<String> gb = grams(b);
    if (ga.isEmpty() || gb.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String g : ga) {
      if (gb.contains(g)) {
        shared++;
      }
    }
    return 2.0 * shared / (ga.size() + gb.size());
  }

  private static Set<String> grams(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= s.length(); i++) {
      out.add(s.substring(i, i + 4));
    }
    return out;
  }
}
