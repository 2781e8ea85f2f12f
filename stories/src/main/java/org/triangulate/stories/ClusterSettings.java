package org.triangulate.stories;

/**
 * How {@link StoryClusterer} decides. An article joins the story with the highest score {@code
 * (wordWeight * words + entityWeight * names + titleWeight * titleToBody + embeddingWeight *
 * embedding) * decay(gap)} when that score reaches {@code joinThreshold}; each channel is a cosine
 * in [0, 1]; {@code decay} halves every {@code halfLifeDays} once the gap between the article and
 * the story's time span exceeds {@code graceDays}. Use {@link #calibrated()} unless you have
 * measured better values.
 *
 * @param wordWeight weight of the tf-idf cosine of content words
 * @param entityWeight weight of the tf-idf cosine of names and numbers
 * @param titleWeight weight of the cosine of the article's title with the story's words
 * @param embeddingWeight weight of the embedding cosine; ignored without an embedder
 * @param nameGate when both sides have names and their cosine is below this, the score is scaled
 *     down by {@code cosine / nameGate}: different names are the strongest sign of a different
 *     event of the same kind (0 disables the gate)
 * @param joinThreshold the least score at which an article joins a story
 * @param mergeThreshold the least story-to-story score at which repair merges two stories
 * @param graceDays gap in days without decay
 * @param halfLifeDays gap beyond the grace at which the score halves
 * @param activeWindowDays stories whose span is further than this from an article are not
 *     candidates
 * @param keyTerms per channel, the number of an article's best terms used to find candidates
 * @param postingScanLimit the number of most recent stories read per key term
 * @param candidateLimit the number of candidates scored in full
 * @param centroidTerms per channel, the number of terms a story keeps (pruned above twice that)
 * @param minContentWords texts with fewer content words are near-empty and get their own story
 * @param repairEvery run repair after this many new articles (0: only when asked)
 */
public record ClusterSettings(
    double wordWeight,
    double entityWeight,
    double titleWeight,
    double embeddingWeight,
    double nameGate,
    double joinThreshold,
    double mergeThreshold,
    double graceDays,
    double halfLifeDays,
    double activeWindowDays,
    int keyTerms,
    int postingScanLimit,
    int candidateLimit,
    int centroidTerms,
    int minContentWords,
    int repairEvery) {

  public ClusterSettings {
    nonNegative("wordWeight", wordWeight);
    nonNegative("entityWeight", entityWeight);
    nonNegative("titleWeight", titleWeight);
    nonNegative("embeddingWeight", embeddingWeight);
    if (!(nameGate >= 0 && nameGate < 1)) {
      throw new IllegalArgumentException("nameGate must be in [0, 1), got " + nameGate);
    }
    if (wordWeight + entityWeight + titleWeight + embeddingWeight <= 0) {
      throw new IllegalArgumentException("at least one channel weight must be positive");
    }
    nonNegative("joinThreshold", joinThreshold);
    nonNegative("mergeThreshold", mergeThreshold);
    nonNegative("graceDays", graceDays);
    positive("halfLifeDays", halfLifeDays);
    positive("activeWindowDays", activeWindowDays);
    positive("keyTerms", keyTerms);
    positive("postingScanLimit", postingScanLimit);
    positive("candidateLimit", candidateLimit);
    positive("centroidTerms", centroidTerms);
    nonNegative("minContentWords", minContentWords);
    nonNegative("repairEvery", repairEvery);
  }

  /**
   * The settings calibrated on the training topics of ECB+ (all dev topics except 2, 5, 12, 18, 21,
   * 23, 34, 35, which are held out); see {@code docs/benchmarks.md} (Stories).
   */
  public static ClusterSettings calibrated() {
    return new ClusterSettings(
        0.30, 0.55, 0.15, 0.0, 0.4, 0.15, 0.60, 1.0, 7.0, 30.0, 12, 64, 16, 300, 5, 500);
  }

  public ClusterSettings withWeights(double words, double entities, double title) {
    return new ClusterSettings(
        words,
        entities,
        title,
        embeddingWeight,
        nameGate,
        joinThreshold,
        mergeThreshold,
        graceDays,
        halfLifeDays,
        activeWindowDays,
        keyTerms,
        postingScanLimit,
        candidateLimit,
        centroidTerms,
        minContentWords,
        repairEvery);
  }

  public ClusterSettings withNameGate(double value) {
    return new ClusterSettings(
        wordWeight,
        entityWeight,
        titleWeight,
        embeddingWeight,
        value,
        joinThreshold,
        mergeThreshold,
        graceDays,
        halfLifeDays,
        activeWindowDays,
        keyTerms,
        postingScanLimit,
        candidateLimit,
        centroidTerms,
        minContentWords,
        repairEvery);
  }

  /** The factor applied to a score whose name cosine is {@code cosine}, when both have names. */
  public double gate(double cosine) {
    return nameGate == 0 || cosine >= nameGate ? 1.0 : cosine / nameGate;
  }

  public ClusterSettings withEmbeddingWeight(double value) {
    return new ClusterSettings(
        wordWeight,
        entityWeight,
        titleWeight,
        value,
        nameGate,
        joinThreshold,
        mergeThreshold,
        graceDays,
        halfLifeDays,
        activeWindowDays,
        keyTerms,
        postingScanLimit,
        candidateLimit,
        centroidTerms,
        minContentWords,
        repairEvery);
  }

  public ClusterSettings withThresholds(double join, double merge) {
    return new ClusterSettings(
        wordWeight,
        entityWeight,
        titleWeight,
        embeddingWeight,
        nameGate,
        join,
        merge,
        graceDays,
        halfLifeDays,
        activeWindowDays,
        keyTerms,
        postingScanLimit,
        candidateLimit,
        centroidTerms,
        minContentWords,
        repairEvery);
  }

  public ClusterSettings withTime(double grace, double halfLife, double activeWindow) {
    return new ClusterSettings(
        wordWeight,
        entityWeight,
        titleWeight,
        embeddingWeight,
        nameGate,
        joinThreshold,
        mergeThreshold,
        grace,
        halfLife,
        activeWindow,
        keyTerms,
        postingScanLimit,
        candidateLimit,
        centroidTerms,
        minContentWords,
        repairEvery);
  }

  public ClusterSettings withRepairEvery(int articles) {
    return new ClusterSettings(
        wordWeight,
        entityWeight,
        titleWeight,
        embeddingWeight,
        nameGate,
        joinThreshold,
        mergeThreshold,
        graceDays,
        halfLifeDays,
        activeWindowDays,
        keyTerms,
        postingScanLimit,
        candidateLimit,
        centroidTerms,
        minContentWords,
        articles);
  }

  public ClusterSettings withMinContentWords(int words) {
    return new ClusterSettings(
        wordWeight,
        entityWeight,
        titleWeight,
        embeddingWeight,
        nameGate,
        joinThreshold,
        mergeThreshold,
        graceDays,
        halfLifeDays,
        activeWindowDays,
        keyTerms,
        postingScanLimit,
        candidateLimit,
        centroidTerms,
        words,
        repairEvery);
  }

  /** The time decay factor in (0, 1] for a gap in days. */
  public double decay(double gapDays) {
    double excess = Math.max(0.0, gapDays - graceDays);
    return Math.pow(0.5, excess / halfLifeDays);
  }

  private static void nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
  }

  private static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
    }
  }
}
