package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ParaphraseFeaturesTest {
  private static final String FUND =
      "The Veldra council approved an emergency fund of 4 million crowns on Monday.";

  @Test
  void identicalSentencesShareEveryGramAndNoMismatch() {
    ParaphraseFeatures f = ParaphraseFeatures.of(FUND, FUND, 1.0);
    assertThat(f.charDice()).isEqualTo(1.0);
    assertThat(f.numberMismatch()).isZero();
    assertThat(f.negationMismatch()).isFalse();
  }

  @Test
  void otherNumbersCountOnBothSides() {
    ParaphraseFeatures f =
        ParaphraseFeatures.of(
            FUND,
            "The Veldra council approved an emergency fund of 6 million crowns on Monday.",
            0.9);
    assertThat(f.numberMismatch()).isEqualTo(2);
    assertThat(f.charDice()).isBetween(0.8, 1.0);
  }

  @Test
  void thousandsSeparatorsDoNotMakeANumberDifferent() {
    ParaphraseFeatures f =
        ParaphraseFeatures.of(
            "About 1,200 residents were stranded.", "Some 1200 residents were cut off.", 0.8);
    assertThat(f.numberMismatch()).isZero();
  }

  @Test
  void negationSaidByOneSentenceOnly() {
    ParaphraseFeatures f =
        ParaphraseFeatures.of(
            "The mayor said the dam held overnight.",
            "The mayor said the dam didn't hold overnight.",
            0.9);
    assertThat(f.negationMismatch()).isTrue();
  }

  @Test
  void calibratedWeightsPreferTheParaphraseOverTheSameWordsWithOtherFacts() {
    ParaphraseWeights w = ParaphraseWeights.WITH_MODEL;
    String reworded = "On Monday the council of Veldra approved a 4 million crown emergency fund.";
    String otherFigures =
        "The Veldra council approved an emergency fund of 7 million crowns on Monday, 2 days late.";
    ParaphraseFeatures paraphrase = ParaphraseFeatures.of(FUND, reworded, 0.9);
    ParaphraseFeatures different = ParaphraseFeatures.of(FUND, otherFigures, 0.9);
    assertThat(w.paraphrase(paraphrase)).isTrue();
    assertThat(w.probability(different)).isLessThan(w.probability(paraphrase));
    assertThat(w.paraphrase(ParaphraseFeatures.of(FUND, "Schools will stay closed.", 0.1)))
        .isFalse();
  }

  @Test
  void agreeingFallbackOnlyWhereNumbersAndNegationAgree() {
    ParaphraseFeatures sameFacts = new ParaphraseFeatures(0.65, 0.5, 0.3, 0, false);
    ParaphraseFeatures otherNumber = new ParaphraseFeatures(0.65, 0.5, 0.3, 1, false);
    // MiniLM's four-feature weights with their two-weight fallback.
    ParaphraseWeights w =
        ParaphraseWeights.four(
            -4.4950, 4.7042, 3.1619, -0.5696, -1.1589, 0.39, ParaphraseScorer.WITH_MODEL);
    assertThat(w).isEqualTo(ParaphraseWeights.WITH_MODEL);
    assertThat(w.withAgreeing(null).paraphrase(sameFacts)).isFalse();
    assertThat(w.paraphrase(sameFacts)).isTrue();
    assertThat(w.paraphrase(otherNumber)).isFalse();
  }

  @Test
  void invalidValuesAreRejectedWithTheirName() {
    assertThatThrownBy(() -> new ParaphraseFeatures(2, 0.5, 0.5, 0, false))
        .hasMessageContaining("cosine");
    assertThatThrownBy(() -> ParaphraseWeights.four(0, 1, 1, -1, -1, 1.5, null))
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> ParaphraseWeights.four(Double.NaN, 1, 1, -1, -1, 0.5, null))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> ParaphraseWeights.of(0, new double[] {1, 2}, 0.5, null))
        .hasMessageContaining("one value per feature")
        .hasMessageContaining("got 2");
    double[] nan = new double[ParaphraseFeatures.NAMES.size()];
    nan[7] = Double.NaN;
    assertThatThrownBy(() -> ParaphraseWeights.of(0, nan, 0.5, null))
        .hasMessageContaining(ParaphraseFeatures.NAMES.get(7));
    assertThatThrownBy(() -> ParaphraseWeights.WITH_MODEL.weight("colour"))
        .hasMessageContaining("'colour'");
  }

  @Test
  void fourFeatureWeightsWeighNothingElse() {
    ParaphraseWeights w = ParaphraseWeights.four(-1, 2, 3, -4, -5, 0.5, null);
    assertThat(w.weight("cosine")).isEqualTo(2);
    assertThat(w.weight("charDice")).isEqualTo(3);
    assertThat(w.weight("log1p(numberMismatch)")).isEqualTo(-4);
    assertThat(w.weight("negationMismatch")).isEqualTo(-5);
    assertThat(w.weights().subList(4, w.weights().size())).containsOnly(0.0);
    ParaphraseFeatures f = ParaphraseFeatures.of(FUND, "Schools will stay closed on Monday.", 0.4);
    assertThat(f.numberMismatch()).isEqualTo(1);
    double z = -1 + 2 * 0.4 + 3 * f.charDice() - 4 * Math.log(2);
    assertThat(w.probability(f)).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-12));
  }

  @Test
  void identicalSentencesOverlapCompletely() {
    ParaphraseFeatures.Overlap o = ParaphraseFeatures.of(FUND, FUND, 1.0).overlap();
    assertThat(o.precisionMin()).containsOnly(1.0);
    assertThat(o.precisionMax()).containsOnly(1.0);
    assertThat(o.bleuMin()).isEqualTo(1.0);
    assertThat(o.editRateMax()).isZero();
    assertThat(o.lcsMin()).isEqualTo(1.0);
    assertThat(o.unmatchedMax()).isZero();
    assertThat(o.lengthRatio()).isEqualTo(1.0);
    assertThat(o.nameMismatch()).isZero();
  }

  @Test
  void anAddedClauseShowsAsContentOfOneSideOnly() {
    String longer =
        "The Veldra council approved an emergency fund of 4 million crowns on Monday, after"
            + " flooding closed the harbour road for a week.";
    ParaphraseFeatures.Overlap o = ParaphraseFeatures.of(FUND, longer, 0.9).overlap();
    // FUND's 13 words come first, in order, in the 22 words of the longer sentence.
    assertThat(o.unmatchedMin()).isZero();
    assertThat(o.unmatchedMax()).isEqualTo(5); // flood, clos, harbour, road, week
    assertThat(o.lengthRatio()).isCloseTo(13 / 22.0, within(1e-12));
    assertThat(o.lengthDifference()).isEqualTo(9);
    assertThat(o.precisionMax()[0]).isEqualTo(1.0);
    assertThat(o.precisionMin()[0]).isCloseTo(13 / 22.0, within(1e-12)); // "the" clipped once
    assertThat(o.precisionMax()[3]).isEqualTo(1.0);
    assertThat(o.lcsMax()).isEqualTo(1.0);
    assertThat(o.lcsMin()).isCloseTo(13 / 22.0, within(1e-12));
    assertThat(o.editRateMin()).isCloseTo(9 / 22.0, within(1e-12));
    assertThat(o.editRateMax()).isCloseTo(9 / 13.0, within(1e-12));
  }

  @Test
  void namesAreCapitalisedWordsInsideTheSentence() {
    assertThat(ParaphraseFeatures.names("The mayor of Ostrel met Anna Kirov-Lund in Tolm's port."))
        .containsExactlyInAnyOrder("ostrel", "anna", "kirov-lund", "tolms");
    ParaphraseFeatures f =
        ParaphraseFeatures.of(
            "Mayor Anna Kirov visited Ostrel on Friday.",
            "Mayor Lena Kirov visited Ostrel on Friday.",
            0.9);
    assertThat(f.overlap().nameMismatch()).isEqualTo(2);
  }

  @Test
  void aRunOnTextIsMeasuredOnItsFirstWordsOnly() {
    String endless = "word ".repeat(ParaphraseFeatures.MAX_WORDS * 3);
    ParaphraseFeatures.Overlap o = ParaphraseFeatures.of(endless, endless + "end", 0.5).overlap();
    assertThat(o.lcsMin()).isEqualTo(1.0);
    assertThat(o.unmatchedMax()).isEqualTo(1);
  }

  @Property(tries = 200)
  void featuresDoNotDependOnTheOrderOfTheSentences(
      @ForAll("sentences") String a, @ForAll("sentences") String b) {
    assertThat(ParaphraseFeatures.of(a, b, 0.5).vector())
        .containsExactly(ParaphraseFeatures.of(b, a, 0.5).vector());
  }

  @Property(tries = 200)
  void weightsThatIgnoreTheOverlapDecideTheSameWithoutComputingIt(
      @ForAll("sentences") String a, @ForAll("sentences") String b) {
    List<String> wa = ParaphraseScorer.words(a);
    List<String> wb = ParaphraseScorer.words(b);
    ParaphraseFeatures full = ParaphraseFeatures.of(a, b, wa, wb, 0.8, true);
    ParaphraseFeatures lean = ParaphraseFeatures.of(a, b, wa, wb, 0.8, false);
    assertThat(lean.overlap()).isEqualTo(ParaphraseFeatures.Overlap.NONE);
    for (ParaphraseWeights w :
        List.of(
            ParaphraseWeights.BGE_SMALL_EN_V15_Q,
            ParaphraseWeights.E5_SMALL_V2_Q,
            ParaphraseWeights.ALL_MINILM_L6_V2_Q)) {
      assertThat(w.usesOverlap()).isFalse();
      assertThat(w.probability(lean)).isEqualTo(w.probability(full));
    }
  }

  @Test
  void weightsOnAnOverlapEntryUseIt() {
    double[] weights = new double[ParaphraseFeatures.NAMES.size()];
    weights[ParaphraseFeatures.NAMES.indexOf("bleuMax")] = 1.5;
    assertThat(ParaphraseWeights.of(0, weights, 0.5, null).usesOverlap()).isTrue();
    weights[ParaphraseFeatures.NAMES.indexOf("bleuMax")] = 0;
    weights[ParaphraseFeatures.NAMES.indexOf("lexical")] = 1.5;
    assertThat(ParaphraseWeights.of(0, weights, 0.5, null).usesOverlap()).isFalse();
  }

  @Property(tries = 200)
  void packedCharacterGramsDuelTheStringSets(
      @ForAll("sentences") String a, @ForAll("sentences") String b) {
    assertThat(ParaphraseFeatures.charDice(a, b)).isEqualTo(naiveCharDice(a, b));
  }

  @Property(tries = 200)
  void clippedMatchesAndEditDistanceDuelNaiveCounts(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 4) Integer> a,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 4) Integer> b) {
    int[] x = a.stream().mapToInt(Integer::intValue).toArray();
    int[] y = b.stream().mapToInt(Integer::intValue).toArray();
    for (int n = 1; n <= 4; n++) {
      Map<List<Integer>, Integer> gx = naiveGrams(a, n);
      Map<List<Integer>, Integer> gy = naiveGrams(b, n);
      int clipped = 0;
      for (Map.Entry<List<Integer>, Integer> e : gx.entrySet()) {
        clipped += Math.min(e.getValue(), gy.getOrDefault(e.getKey(), 0));
      }
      assertThat(ParaphraseFeatures.clippedMatches(x, y, n)).isEqualTo(clipped);
    }
    assertThat(ParaphraseFeatures.editDistanceAndLcs(x, y))
        .containsExactly(naiveEdit(a, b), naiveLcs(a, b));
  }

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> word =
        Arbitraries.of(
            "the",
            "Council",
            "fund",
            "4",
            "4,000",
            "million",
            "not",
            "Veldra",
            "said",
            "on",
            "Monday",
            "crowns",
            "river",
            "rose",
            "didn't",
            "approved",
            "Anna",
            ",",
            ".",
            "  ");
    return word.list().ofMaxSize(25).map(w -> String.join(" ", w));
  }

  private static double naiveCharDice(String a, String b) {
    Set<String> ga = naiveCharGrams(a);
    Set<String> gb = naiveCharGrams(b);
    if (ga.isEmpty() || gb.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(ga);
    shared.retainAll(gb);
    return 2.0 * shared.size() / (ga.size() + gb.size());
  }

  private static Set<String> naiveCharGrams(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= s.length(); i++) {
      out.add(s.substring(i, i + 4));
    }
    return out;
  }

  private static Map<List<Integer>, Integer> naiveGrams(List<Integer> words, int n) {
    Map<List<Integer>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= words.size(); i++) {
      out.merge(List.copyOf(words.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /** Levenshtein distance by plain recursion over suffixes (small inputs only). */
  private static int naiveEdit(List<Integer> a, List<Integer> b) {
    int[][] memo = new int[a.size() + 1][b.size() + 1];
    for (int[] row : memo) {
      Arrays.fill(row, -1);
    }
    return edit(a, b, 0, 0, memo);
  }

  private static int edit(List<Integer> a, List<Integer> b, int i, int j, int[][] memo) {
    if (i == a.size()) {
      return b.size() - j;
    }
    if (j == b.size()) {
      return a.size() - i;
    }
    if (memo[i][j] < 0) {
      int substitute = edit(a, b, i + 1, j + 1, memo) + (a.get(i).equals(b.get(j)) ? 0 : 1);
      int delete = edit(a, b, i + 1, j, memo) + 1;
      int insert = edit(a, b, i, j + 1, memo) + 1;
      memo[i][j] = Math.min(substitute, Math.min(delete, insert));
    }
    return memo[i][j];
  }

  /** Longest common subsequence by plain recursion over suffixes, memoised. */
  private static int naiveLcs(List<Integer> a, List<Integer> b) {
    int[][] memo = new int[a.size() + 1][b.size() + 1];
    for (int[] row : memo) {
      Arrays.fill(row, -1);
    }
    return lcs(a, b, 0, 0, memo);
  }

  private static int lcs(List<Integer> a, List<Integer> b, int i, int j, int[][] memo) {
    if (i == a.size() || j == b.size()) {
      return 0;
    }
    if (memo[i][j] < 0) {
      memo[i][j] =
          a.get(i).equals(b.get(j))
              ? 1 + lcs(a, b, i + 1, j + 1, memo)
              : Math.max(lcs(a, b, i + 1, j, memo), lcs(a, b, i, j + 1, memo));
    }
    return memo[i][j];
  }
}
