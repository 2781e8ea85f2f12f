package org.triangulate.stories;

/**
 * How {@link StoryClusterer} decides. With the hand-set decision ({@link MergeModel#NONE}) an
 * article joins the story with the highest score {@code (wordWeight * words + entityWeight * names
 * + titleWeight * titleToBody + embeddingWeight * embedding) * gate * decay(gap)} when that score
 * reaches {@code joinThreshold}; each channel is a cosine in [0, 1]; {@code decay} halves every
 * {@code halfLifeDays} once the gap between the article and the story's time span exceeds {@code
 * graceDays}. With a learned {@link MergeModel} the model's join probability (its odds scaled by
 * the decay) replaces score and threshold. Use {@link #calibrated()} unless you have measured
 * better values; change single values with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ClusterSettings s = ClusterSettings.calibrated().toBuilder().repairEvery(0).build();
 * }</pre>
 *
 * @param wordWeight weight of the tf-idf cosine of content words
 * @param entityWeight weight of the tf-idf cosine of names and numbers
 * @param titleWeight weight of the cosine of the article's title with the story's words
 * @param embeddingWeight weight of the embedding cosine; ignored without an embedder
 * @param nameGate when both sides have names and their cosine is below this, the score is scaled
 *     down by {@code cosine / nameGate}: different names are the strongest sign of a different
 *     event of the same kind (0 disables the gate)
 * @param joinThreshold the least score at which an article joins a story (hand-set decision)
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
 * @param splitThreshold repair splits a story in two when the story-to-story score of its two
 *     halves (found by 2-means on member vectors) is below this (0 disables splitting)
 * @param splitMinMembers only stories with at least this many members are tried for a split
 * @param memberVectors per story, the number of first members whose compact vectors are kept for
 *     split repair; stories with more members are not split
 * @param mergeModel the learned join decision; {@link MergeModel#NONE} for the hand-set weighted
 *     mean, name gate and join threshold
 * @param reofferMaxMembers repair offers each recently changed story of at most this many members
 *     to the other stories again, as one article arriving now, and merges it into the best one the
 *     learned model would let it join (0 disables; needs a learned {@code mergeModel})
 * @param reofferMinTarget a re-offered story only goes into a story of at least this many members
 *     (a straggler should join an event with established evidence, not another fragment)
 * @param localSplitLink repair splits a story whose members form two groups under story-local
 *     tf-idf (terms weighted by their rarity among the story's members), grouped by average link
 *     while two groups' mean cosine is at least this times the mean cosine of all pairs of members
 *     (0 disables)
 * @param localSplitMinSide the least number of members in each of the two groups of such a split
 * @param reofferRounds how many repairs in a row offer a small story again after it last changed
 *     (at least 1): a straggler whose event's story forms or grows only after the next repair still
 *     gets its chance, and each small story costs at most this many extra candidate look-ups
 * @param reofferProbability the least probability of the learned model at which a re-offered story
 *     joins its best candidate (the arriving article's join probability is the model's own)
 * @param reofferMinScore the least hand-set score (weighted channel cosines times the name gate) of
 *     a re-offered story against the candidate it joins: the learned model, fitted on articles, can
 *     give a story's centroids a high probability on a shared number alone
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
    int repairEvery,
    double splitThreshold,
    int splitMinMembers,
    int memberVectors,
    MergeModel mergeModel,
    int reofferMaxMembers,
    int reofferMinTarget,
    double localSplitLink,
    int localSplitMinSide,
    int reofferRounds,
    double reofferProbability,
    double reofferMinScore) {

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
    if (!(splitThreshold >= 0 && splitThreshold < 1)) {
      throw new IllegalArgumentException("splitThreshold must be in [0, 1), got " + splitThreshold);
    }
    if (splitMinMembers < 4) {
      throw new IllegalArgumentException(
          "splitMinMembers must be >= 4 (two halves of two), got " + splitMinMembers);
    }
    nonNegative("memberVectors", memberVectors);
    if (mergeModel == null) {
      throw new IllegalArgumentException(
          "mergeModel must not be null; use MergeModel.NONE for the hand-set decision");
    }
    nonNegative("reofferMaxMembers", reofferMaxMembers);
    positive("reofferMinTarget", reofferMinTarget);
    nonNegative("localSplitLink", localSplitLink);
    if (localSplitMinSide < 2) {
      throw new IllegalArgumentException(
          "localSplitMinSide must be >= 2 (a group of one is a straggler, not an event), got "
              + localSplitMinSide);
    }
    positive("reofferRounds", reofferRounds);
    if (!(reofferProbability > 0 && reofferProbability < 1)) {
      throw new IllegalArgumentException(
          "reofferProbability must be in (0, 1), got " + reofferProbability);
    }
    if (!(reofferMinScore >= 0 && reofferMinScore < 1)) {
      throw new IllegalArgumentException(
          "reofferMinScore must be in [0, 1), got " + reofferMinScore);
    }
  }

  /**
   * The settings calibrated on the training topics of ECB+ (all dev topics except 2, 5, 12, 18, 21,
   * 23, 34, 35, which are held out); see {@code docs/benchmarks.md} (Stories).
   */
  public static ClusterSettings calibrated() {
    return new Builder().build();
  }

  /**
   * The join model fitted on the ECB+ training topics (dev topics 1-35 without 2, 5, 12, 18, 21,
   * 23, 34, 35) by {@code EcbPlusStoryEvaluation --train}: pairs of each article with its best
   * candidate, replayed with gold joins over the interleaved and the shuffled (seed 20261123)
   * order; L2 1.0; join probability chosen by mean training B3 F1 of both orders. Dev-set figures
   * in {@code docs/benchmarks.md} (Stories).
   */
  public static MergeModel learnedModel() {
    return LEARNED;
  }

  private static final MergeModel LEARNED =
      new MergeModel(
          -1.2142,
          new double[] {
            1.8976, // words cosine
            0.7566, // names cosine
            2.0209, // title cosine
            -0.2965, // names on both sides
            -0.4856, // names on one side only
            0.9553, // article names found in story
            2.2664, // article numbers found in story
            -1.2781, // article has numbers
            1.8502, // name gate factor
            0.9169, // hand-set score
            2.7129 // margin over the second-best candidate
          },
          0.65);

  /** A builder starting from {@link #calibrated()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The factor applied to a score whose name cosine is {@code cosine}, when both have names. */
  public double gate(double cosine) {
    return nameGate == 0 || cosine >= nameGate ? 1.0 : cosine / nameGate;
  }

  /** The time decay factor in (0, 1] for a gap in days. */
  public double decay(double gapDays) {
    double excess = Math.max(0.0, gapDays - graceDays);
    return Math.pow(0.5, excess / halfLifeDays);
  }

  /** Same as {@code toBuilder().weights(words, entities, title).build()}. */
  public ClusterSettings withWeights(double words, double entities, double title) {
    return toBuilder().weights(words, entities, title).build();
  }

  /** Same as {@code toBuilder().nameGate(value).build()}. */
  public ClusterSettings withNameGate(double value) {
    return toBuilder().nameGate(value).build();
  }

  /** Same as {@code toBuilder().embeddingWeight(value).build()}. */
  public ClusterSettings withEmbeddingWeight(double value) {
    return toBuilder().embeddingWeight(value).build();
  }

  /** Same as {@code toBuilder().joinThreshold(join).mergeThreshold(merge).build()}. */
  public ClusterSettings withThresholds(double join, double merge) {
    return toBuilder().joinThreshold(join).mergeThreshold(merge).build();
  }

  /** Same as {@code toBuilder().graceDays(grace).halfLifeDays(halfLife)...build()}. */
  public ClusterSettings withTime(double grace, double halfLife, double activeWindow) {
    return toBuilder()
        .graceDays(grace)
        .halfLifeDays(halfLife)
        .activeWindowDays(activeWindow)
        .build();
  }

  /** Same as {@code toBuilder().repairEvery(articles).build()}. */
  public ClusterSettings withRepairEvery(int articles) {
    return toBuilder().repairEvery(articles).build();
  }

  /** Same as {@code toBuilder().minContentWords(words).build()}. */
  public ClusterSettings withMinContentWords(int words) {
    return toBuilder().minContentWords(words).build();
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

  /**
   * Builds {@link ClusterSettings}; starts from the calibrated values, validation happens in {@link
   * #build()}. Not thread-safe; the settings it builds are immutable.
   */
  public static final class Builder {
    private double wordWeight = 0.30;
    private double entityWeight = 0.55;
    private double titleWeight = 0.15;
    private double embeddingWeight = 0.0;
    private double nameGate = 0.4;
    private double joinThreshold = 0.15;
    private double mergeThreshold = 0.60;
    private double graceDays = 1.0;
    private double halfLifeDays = 7.0;
    private double activeWindowDays = 30.0;
    private int keyTerms = 12;
    private int postingScanLimit = 64;
    private int candidateLimit = 16;
    private int centroidTerms = 300;
    private int minContentWords = 5;
    private int repairEvery = 500;
    private double splitThreshold = 0.1;
    private int splitMinMembers = 6;
    private int memberVectors = 48;
    private MergeModel mergeModel = LEARNED;
    private int reofferMaxMembers = 2;
    private int reofferMinTarget = 5;
    private double localSplitLink = 0.925;
    private int localSplitMinSide = 7;
    private int reofferRounds = 5;
    private double reofferProbability = 0.5;
    private double reofferMinScore = 0.1;

    private Builder() {}

    private Builder(ClusterSettings s) {
      wordWeight = s.wordWeight;
      entityWeight = s.entityWeight;
      titleWeight = s.titleWeight;
      embeddingWeight = s.embeddingWeight;
      nameGate = s.nameGate;
      joinThreshold = s.joinThreshold;
      mergeThreshold = s.mergeThreshold;
      graceDays = s.graceDays;
      halfLifeDays = s.halfLifeDays;
      activeWindowDays = s.activeWindowDays;
      keyTerms = s.keyTerms;
      postingScanLimit = s.postingScanLimit;
      candidateLimit = s.candidateLimit;
      centroidTerms = s.centroidTerms;
      minContentWords = s.minContentWords;
      repairEvery = s.repairEvery;
      splitThreshold = s.splitThreshold;
      splitMinMembers = s.splitMinMembers;
      memberVectors = s.memberVectors;
      mergeModel = s.mergeModel;
      reofferMaxMembers = s.reofferMaxMembers;
      reofferMinTarget = s.reofferMinTarget;
      localSplitLink = s.localSplitLink;
      localSplitMinSide = s.localSplitMinSide;
      reofferRounds = s.reofferRounds;
      reofferProbability = s.reofferProbability;
      reofferMinScore = s.reofferMinScore;
    }

    /** Sets the word, name and title weights at once. */
    public Builder weights(double words, double entities, double title) {
      wordWeight = words;
      entityWeight = entities;
      titleWeight = title;
      return this;
    }

    public Builder wordWeight(double value) {
      wordWeight = value;
      return this;
    }

    public Builder entityWeight(double value) {
      entityWeight = value;
      return this;
    }

    public Builder titleWeight(double value) {
      titleWeight = value;
      return this;
    }

    public Builder embeddingWeight(double value) {
      embeddingWeight = value;
      return this;
    }

    public Builder nameGate(double value) {
      nameGate = value;
      return this;
    }

    public Builder joinThreshold(double value) {
      joinThreshold = value;
      return this;
    }

    public Builder mergeThreshold(double value) {
      mergeThreshold = value;
      return this;
    }

    public Builder graceDays(double value) {
      graceDays = value;
      return this;
    }

    public Builder halfLifeDays(double value) {
      halfLifeDays = value;
      return this;
    }

    public Builder activeWindowDays(double value) {
      activeWindowDays = value;
      return this;
    }

    public Builder keyTerms(int value) {
      keyTerms = value;
      return this;
    }

    public Builder postingScanLimit(int value) {
      postingScanLimit = value;
      return this;
    }

    public Builder candidateLimit(int value) {
      candidateLimit = value;
      return this;
    }

    public Builder centroidTerms(int value) {
      centroidTerms = value;
      return this;
    }

    public Builder minContentWords(int value) {
      minContentWords = value;
      return this;
    }

    public Builder repairEvery(int value) {
      repairEvery = value;
      return this;
    }

    public Builder splitThreshold(double value) {
      splitThreshold = value;
      return this;
    }

    public Builder splitMinMembers(int value) {
      splitMinMembers = value;
      return this;
    }

    public Builder memberVectors(int value) {
      memberVectors = value;
      return this;
    }

    public Builder mergeModel(MergeModel value) {
      mergeModel = value;
      return this;
    }

    public Builder reofferMaxMembers(int value) {
      reofferMaxMembers = value;
      return this;
    }

    public Builder reofferMinTarget(int value) {
      reofferMinTarget = value;
      return this;
    }

    public Builder localSplitLink(double value) {
      localSplitLink = value;
      return this;
    }

    public Builder localSplitMinSide(int value) {
      localSplitMinSide = value;
      return this;
    }

    public Builder reofferRounds(int value) {
      reofferRounds = value;
      return this;
    }

    public Builder reofferProbability(double value) {
      reofferProbability = value;
      return this;
    }

    public Builder reofferMinScore(double value) {
      reofferMinScore = value;
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalArgumentException naming the first value out of range
     */
    public ClusterSettings build() {
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
          repairEvery,
          splitThreshold,
          splitMinMembers,
          memberVectors,
          mergeModel,
          reofferMaxMembers,
          reofferMinTarget,
          localSplitLink,
          localSplitMinSide,
          reofferRounds,
          reofferProbability,
          reofferMinScore);
    }
  }
}
