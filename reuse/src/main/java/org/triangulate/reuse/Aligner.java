package org.triangulate.reuse;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.Span;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.Attribution;
import org.triangulate.core.reuse.Direction;
import org.triangulate.core.reuse.MatchKind;
import org.triangulate.core.reuse.PassagePair;
import org.triangulate.core.reuse.RelationKind;

/**
 * Compares two articles: aligns their sentences (verbatim, near-verbatim, paraphrased or
 * translated), merges neighbouring matches into passages, names the relation and judges who copied
 * whom. Immutable and thread-safe.
 *
 * <pre>{@code
 * Aligner aligner = Aligner.builder().embedder(model).build();
 * Alignment alignment = aligner.align(wireStory, blogCopy);
 * }</pre>
 */
public final class Aligner {
  private final PassageEmbedder embedder;
  private final ParaphraseScorer scorer;
  private final ParaphraseWeights weights;
  // The word-sequence overlap is the costly part of the features: computed only when weighed.
  private final boolean weighsOverlap;
  private final Analyser analyser;
  private final int maxEmbeddedSentences;
  private final Map<String, float[][]> vectors;

  private Aligner(Builder b) {
    this.embedder = b.embedder;
    this.scorer =
        b.scorer != null
            ? b.scorer
            : b.embedder == null ? ParaphraseScorer.LEXICAL : ParaphraseScorer.WITH_MODEL;
    // An explicit scorer keeps the two-weight decision; with a model the calibrated features
    // decide.
    this.weights =
        b.weights != null
            ? b.weights
            : b.embedder != null && b.scorer == null ? b.embedder.paraphraseWeights() : null;
    this.weighsOverlap = weights != null && weights.usesOverlap();
    this.analyser = new Analyser(b.maxChars, b.maxSentences);
    this.maxEmbeddedSentences = b.maxEmbeddedSentences;
    this.vectors =
        Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
              private static final long serialVersionUID = 1L;

              @Override
              protected boolean removeEldestEntry(Map.Entry<String, float[][]> eldest) {
                return size() > 1024;
              }
            });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The embedder in use, or null for lexical evidence only. */
  public PassageEmbedder embedder() {
    return embedder;
  }

  /** Compares two articles; the first and second of the result are {@code a} and {@code b}. */
  public Alignment align(Article a, Article b) {
    return align(analyse(a), analyse(b));
  }

  AnalysedArticle analyse(Article article) {
    return analyser.analyse(article);
  }

  Alignment align(AnalysedArticle a, AnalysedArticle b) {
    if (a.id().equals(b.id())) {
      throw new IllegalArgumentException("cannot align article " + a.id() + " with itself");
    }
    List<Attribution> credits = new ArrayList<>(a.attributions());
    credits.addAll(b.attributions());
    if (a.sentences().isEmpty() || b.sentences().isEmpty()) {
      return new Alignment(
          a.id(),
          b.id(),
          RelationKind.UNRELATED,
          0,
          0,
          0,
          List.of(),
          Direction.UNKNOWN,
          null,
          List.of("one of the articles has no text to compare"),
          credits,
          false,
          false);
    }
    boolean crossLanguage = crossLanguage(a, b);
    List<Match> matches = match(a, b, crossLanguage);
    List<PassagePair> pairs = merge(a, b, matches);
    double coverA = coverage(a, matches, true);
    double coverB = coverage(b, matches, false);
    double verbatimA = coverage(a, verbatim(matches), true);
    double verbatimB = coverage(b, verbatim(matches), false);
    double anchorDice = dice(anchorSet(a), anchorSet(b));
    RelationKind kind;
    double score;
    boolean translated = matches.stream().anyMatch(m -> m.kind == MatchKind.TRANSLATED);
    // Verbatim evidence of partial reuse: sentences long or specific enough not to recur by chance.
    List<Match> telling =
        verbatim(matches).stream()
            .filter(
                m -> {
                  Sentence s = a.sentences().get(m.i);
                  return s.words().size() >= 8
                      && (!s.anchors().isEmpty() || s.words().size() >= 15);
                })
            .toList();
    int longestVerbatim =
        telling.stream().mapToInt(m -> a.sentences().get(m.i).length()).max().orElse(0);
    double tellingCover = Math.max(coverage(a, telling, true), coverage(b, telling, false));
    double paraphraseShare =
        matches.isEmpty()
            ? 0
            : matches.stream().filter(m -> m.kind == MatchKind.PARAPHRASE).count()
                / (double) matches.size();
    if (crossLanguage
        && translated
        && Math.min(coverA, coverB) >= 0.5
        && monotonicShare(matches) >= 0.8) {
      kind = RelationKind.TRANSLATION;
      score = Math.max(coverA, coverB);
    } else if (Math.max(verbatimA, verbatimB) >= 0.8 && Math.min(verbatimA, verbatimB) >= 0.45) {
      kind = RelationKind.SYNDICATED;
      score = (verbatimA + verbatimB) / 2;
    } else if ((Math.max(coverA, coverB) >= 0.5 && paraphraseShare >= 0.3)
        || (Math.max(coverA, coverB) >= 0.35 && paraphraseShare >= 0.5 && matches.size() >= 3)) {
      kind = RelationKind.REWRITE;
      score = Math.max(coverA, coverB) * meanSimilarity(matches);
    } else if (telling.size() >= 2 || longestVerbatim >= 120 || tellingCover >= 0.25) {
      kind = RelationKind.PARTIAL;
      score = Math.max(verbatimA, verbatimB);
    } else if (Math.max(coverA, coverB) >= 0.5) {
      kind = RelationKind.REWRITE;
      score = Math.max(coverA, coverB) * meanSimilarity(matches);
    } else if (anchorDice >= 0.2 || (!matches.isEmpty() && anchorDice >= 0.1)) {
      kind = RelationKind.INDEPENDENT;
      score = Math.min(1, anchorDice);
    } else {
      kind = RelationKind.UNRELATED;
      score = 0;
    }
    Judgement judgement =
        kind.isCopy()
            ? judge(a, b, matches, coverA, coverB)
            : new Judgement(0, List.of(), null, false, false);
    return new Alignment(
        a.id(),
        b.id(),
        kind,
        clamp(score),
        clamp(coverA),
        clamp(coverB),
        pairs,
        judgement.sourceId == null ? Direction.UNKNOWN : Direction.KNOWN,
        judgement.sourceId,
        judgement.reasons,
        credits,
        judgement.attributionLoss,
        judgement.injected);
  }

  private static boolean crossLanguage(AnalysedArticle a, AnalysedArticle b) {
    String la = a.article().language();
    String lb = b.article().language();
    boolean languagesDiffer =
        !la.equals(Article.UNDETERMINED) && !lb.equals(Article.UNDETERMINED) && !la.equals(lb);
    return languagesDiffer || !a.script().equals(b.script());
  }

  /** One matched sentence pair. */
  private record Match(int i, int j, double similarity, MatchKind kind) {}

  private List<Match> match(AnalysedArticle a, AnalysedArticle b, boolean crossLanguage) {
    List<Sentence> sa = a.sentences();
    List<Sentence> sb = b.sentences();
    Map<String, List<Integer>> index = new HashMap<>();
    for (Sentence s : sb) {
      Set<String> keys = crossLanguage ? s.anchors() : s.content();
      for (String w : keys) {
        index.computeIfAbsent(w, k -> new ArrayList<>()).add(s.index());
      }
    }
    boolean useEmbeddings =
        embedder != null
            && (!crossLanguage || embedder.multilingual())
            && embedder.understands(a.script())
            && embedder.understands(b.script());
    float[][] va = useEmbeddings ? vectors(a) : null;
    float[][] vb = useEmbeddings ? vectors(b) : null;
    List<Match> candidates = new ArrayList<>();
    boolean tiny = sa.size() <= 2 && sb.size() <= 2;
    int[] shared = new int[sb.size()];
    List<Integer> touched = new ArrayList<>();
    for (Sentence s : sa) {
      touched.clear();
      for (String w : crossLanguage ? s.anchors() : s.content()) {
        List<Integer> postings = index.get(w);
        if (postings == null || postings.size() > 200) {
          continue;
        }
        for (int j : postings) {
          if (shared[j]++ == 0) {
            touched.add(j);
          }
        }
      }
      for (int j : touched) {
        int count = shared[j];
        shared[j] = 0;
        Sentence t = sb.get(j);
        if (crossLanguage) {
          if (count >= 2) {
            double d = dice(s.anchors(), t.anchors());
            double cos =
                va != null && s.index() < va.length && j < vb.length
                    ? PassageEmbedder.cosine(va[s.index()], vb[j])
                    : d;
            double sim = va != null ? (d + cos) / 2 : d;
            if (d >= 0.4 && count >= 2) {
              candidates.add(new Match(s.index(), j, clamp(sim), MatchKind.TRANSLATED));
            }
          }
          continue;
        }
        if (count < 2 && Math.min(s.content().size(), t.content().size()) > 2) {
          continue;
        }
        Match m = compare(s, t, va, vb, tiny, a, b);
        if (m != null) {
          candidates.add(m);
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Match m) -> m.kind.ordinal())
            .thenComparing(Comparator.comparingDouble((Match m) -> m.similarity).reversed())
            .thenComparingInt(m -> m.i)
            .thenComparingInt(m -> m.j));
    boolean[] usedA = new boolean[sa.size()];
    boolean[] usedB = new boolean[sb.size()];
    List<Match> chosen = new ArrayList<>();
    for (Match m : candidates) {
      if (!usedA[m.i] && !usedB[m.j]) {
        usedA[m.i] = true;
        usedB[m.j] = true;
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(Match::i));
    return chosen;
  }

  private Match compare(
      Sentence s,
      Sentence t,
      float[][] va,
      float[][] vb,
      boolean tiny,
      AnalysedArticle a,
      AnalysedArticle b) {
    if (Math.min(s.words().size(), t.words().size()) < 4) {
      // Too short to be evidence of copying ("What happened?"), unless it is all there is.
      return s.words().equals(t.words()) && s.length() >= 12 && tiny
          ? new Match(s.index(), t.index(), 1.0, MatchKind.EXACT)
          : null;
    }
    if (s.words().equals(t.words())) {
      return new Match(s.index(), t.index(), 1.0, MatchKind.EXACT);
    }
    double jaccard = jaccard(s.wordSet(), t.wordSet());
    double lengthRatio =
        Math.min(s.words().size(), t.words().size())
            / (double) Math.max(s.words().size(), t.words().size());
    // Different names or numbers in otherwise alike sentences are different facts, not copies.
    double anchorDice = nameAgreement(s, t);
    if (numbersDisagree(s.anchors(), t.anchors())) {
      return null;
    }
    if (jaccard >= 0.8 && lengthRatio >= 0.8 && anchorDice >= 0.5) {
      return new Match(s.index(), t.index(), jaccard, MatchKind.NEAR_EXACT);
    }
    double lexical = ParaphraseScorer.lexical(s.stems(), t.stems(), s.numbers(), t.numbers());
    double cosine =
        va != null && s.index() < va.length && t.index() < vb.length
            ? PassageEmbedder.cosine(va[s.index()], vb[t.index()])
            : 0;
    boolean embedded = va != null && s.index() < va.length && t.index() < vb.length;
    if (weights != null && embedded) {
      // The calibrated features only where the sentences are at all alike: the 4-gram sets cost.
      if (scorer.combine(lexical, cosine) < 0.35) {
        return null;
      }
      ParaphraseFeatures f =
          ParaphraseFeatures.of(
              a.article().text().substring(s.start(), s.end()),
              b.article().text().substring(t.start(), t.end()),
              s.words(),
              t.words(),
              cosine,
              weighsOverlap);
      // The decision comes from the features; the similarity stays on the engine's usual scale.
      return weights.paraphrase(f)
              && Math.min(s.words().size(), t.words().size()) >= 5
              && anchorDice > 0
          ? new Match(s.index(), t.index(), scorer.combine(lexical, cosine), MatchKind.PARAPHRASE)
          : null;
    }
    double score = scorer.combine(lexical, cosine);
    if (score >= scorer.threshold()
        && Math.min(s.words().size(), t.words().size()) >= 5
        && anchorDice > 0) {
      return new Match(s.index(), t.index(), score, MatchKind.PARAPHRASE);
    }
    return null;
  }

  private float[][] vectors(AnalysedArticle article) {
    String key = article.id() + "#" + article.article().text().hashCode();
    float[][] cached = vectors.get(key);
    if (cached != null) {
      return cached;
    }
    String text = article.article().text();
    List<String> passages = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (passages.size() >= maxEmbeddedSentences) {
        break;
      }
      passages.add(text.substring(s.start(), s.end()));
    }
    float[][] out = embedder.embed(passages).toArray(new float[0][]);
    vectors.put(key, out);
    return out;
  }

  /** Share of matches in one increasing order in both articles: translations keep the order. */
  private static double monotonicShare(List<Match> matches) {
    if (matches.isEmpty()) {
      return 0;
    }
    int[] best = new int[matches.size()];
    int longest = 0;
    for (int k = 0; k < matches.size(); k++) {
      best[k] = 1;
      for (int p = 0; p < k; p++) {
        if (matches.get(p).j < matches.get(k).j) {
          best[k] = Math.max(best[k], best[p] + 1);
        }
      }
      longest = Math.max(longest, best[k]);
    }
    return longest / (double) matches.size();
  }

  private static List<Match> verbatim(List<Match> matches) {
    return matches.stream()
        .filter(m -> m.kind == MatchKind.EXACT || m.kind == MatchKind.NEAR_EXACT)
        .toList();
  }

  private static double coverage(AnalysedArticle article, List<Match> matches, boolean first) {
    if (article.contentChars() == 0) {
      return 0;
    }
    long covered = 0;
    for (Match m : matches) {
      covered += article.sentences().get(first ? m.i : m.j).length();
    }
    return clamp(covered / (double) article.contentChars());
  }

  private static double meanSimilarity(List<Match> matches) {
    return matches.stream().mapToDouble(Match::similarity).average().orElse(0);
  }

  /** Merges runs of matches that are neighbours in both articles into passage pairs. */
  private static List<PassagePair> merge(
      AnalysedArticle a, AnalysedArticle b, List<Match> matches) {
    List<PassagePair> out = new ArrayList<>();
    int k = 0;
    while (k < matches.size()) {
      Match first = matches.get(k);
      Match last = first;
      double sum = first.similarity;
      MatchKind kind = first.kind;
      int n = 1;
      while (k + n < matches.size()) {
        Match next = matches.get(k + n);
        if (next.i != last.i + 1 || next.j != last.j + 1 || family(next.kind) != family(kind)) {
          break;
        }
        if (next.kind != kind) {
          kind = MatchKind.NEAR_EXACT;
        }
        sum += next.similarity;
        last = next;
        n++;
      }
      out.add(
          new PassagePair(
              new Span(a.id(), a.sentences().get(first.i).start(), a.sentences().get(last.i).end()),
              new Span(b.id(), b.sentences().get(first.j).start(), b.sentences().get(last.j).end()),
              clamp(sum / n),
              kind));
      k += n;
    }
    return out;
  }

  private static int family(MatchKind kind) {
    return kind == MatchKind.EXACT || kind == MatchKind.NEAR_EXACT ? 0 : kind.ordinal();
  }

  /** The verdict on who copied whom. */
  private record Judgement(
      double towardFirst,
      List<String> reasons,
      String sourceId,
      boolean attributionLoss,
      boolean injected) {}

  /**
   * Weighs the evidence: positive weights say the first article is the source. Publication times
   * (2), credits naming the other's outlet (3), injected content (1.5), lost quotes (1),
   * containment (0.75). A total of 1.5 or more either way decides; less is {@code unknown}.
   */
  private static Judgement judge(
      AnalysedArticle a, AnalysedArticle b, List<Match> matches, double coverA, double coverB) {
    double weight = 0;
    List<String> reasons = new ArrayList<>();
    OffsetDateTime ta = a.reliableTime();
    OffsetDateTime tb = b.reliableTime();
    if (ta != null && tb != null) {
      boolean days = a.dayOnly() || b.dayOnly();
      Duration gap = Duration.between(ta, tb);
      boolean decisive =
          days ? !ta.toLocalDate().equals(tb.toLocalDate()) : Math.abs(gap.toMinutes()) >= 10;
      if (decisive) {
        boolean firstEarlier = gap.isNegative() == false && !gap.isZero();
        weight += firstEarlier ? 2 : -2;
        reasons.add(
            (firstEarlier ? a.id() : b.id()) + " was published " + human(gap.abs()) + " earlier");
      } else {
        reasons.add("published too close together to order");
      }
    }
    if (credits(b, a)) {
      weight += 3;
      reasons.add(b.id() + " credits " + a.article().site());
    }
    if (credits(a, b)) {
      weight -= 3;
      reasons.add(a.id() + " credits " + b.article().site());
    }
    boolean injectedA = a.injected() && !b.injected();
    boolean injectedB = b.injected() && !a.injected();
    if (injectedB) {
      weight += 1.5;
      reasons.add(b.id() + " adds " + injectedWhat(b));
    }
    if (injectedA) {
      weight -= 1.5;
      reasons.add(a.id() + " adds " + injectedWhat(a));
    }
    int lostByB = lostQuotes(a, b, matches, true);
    int lostByA = lostQuotes(b, a, matches, false);
    if (lostByB > lostByA) {
      weight += 1;
      reasons.add(b.id() + " drops " + lostByB + " quotation(s) that " + a.id() + " has");
    } else if (lostByA > lostByB) {
      weight -= 1;
      reasons.add(a.id() + " drops " + lostByA + " quotation(s) that " + b.id() + " has");
    }
    if (coverB - coverA >= 0.2) {
      weight += 0.75;
      reasons.add(b.id() + " is mostly contained in " + a.id());
    } else if (coverA - coverB >= 0.2) {
      weight -= 0.75;
      reasons.add(a.id() + " is mostly contained in " + b.id());
    }
    String sourceId = weight >= 1.5 ? a.id() : weight <= -1.5 ? b.id() : null;
    if (sourceId == null) {
      reasons.add("the evidence does not decide who copied whom");
      return new Judgement(weight, reasons, null, false, false);
    }
    AnalysedArticle source = sourceId.equals(a.id()) ? a : b;
    AnalysedArticle copy = source == a ? b : a;
    boolean lost = false;
    boolean creditsSource = credits(copy, source);
    Set<String> copyCredits = new HashSet<>();
    for (Attribution c : copy.attributions()) {
      copyCredits.add(Attributions.key(c.name()));
    }
    for (Attribution c : source.attributions()) {
      if (c.strong() && !copyCredits.contains(Attributions.key(c.name()))) {
        lost = true;
        reasons.add(copy.id() + " drops the credit to " + c.name());
      }
    }
    // The copy must name where the text comes from: the source's outlet or the origin the source
    // itself credits. Passage credits the copy took over verbatim ("according to the Weather
    // Service") say where a fact comes from, not the article, so they do not count.
    if (!creditsSource
        && (source.article().site() != null || hasStrongCredit(source))
        && !keepsAnOriginCredit(copy, source)) {
      lost = true;
      reasons.add(
          copy.id()
              + " does not credit "
              + (source.article().site() != null
                  ? source.article().site()
                  : String.join(", ", strongCreditNames(source))));
    }
    int lostQuotes = source == a ? lostByB : lostByA;
    if (lostQuotes > 0) {
      lost = true;
    }
    boolean injected = copy.injected() && !source.injected();
    return new Judgement(weight, reasons, sourceId, lost, injected);
  }

  private static String injectedWhat(AnalysedArticle article) {
    List<String> what = new ArrayList<>();
    if (article.faq()) {
      what.add("an FAQ block");
    }
    if (article.genericClosing()) {
      what.add("a generic closing paragraph");
    }
    if (article.junkSentences() > 0) {
      what.add(article.junkSentences() + " junk line(s)");
    }
    return String.join(", ", what);
  }

  private static boolean hasStrongCredit(AnalysedArticle article) {
    return article.attributions().stream().anyMatch(Attribution::strong);
  }

  private static List<String> strongCreditNames(AnalysedArticle article) {
    return article.attributions().stream()
        .filter(Attribution::strong)
        .map(Attribution::name)
        .distinct()
        .toList();
  }

  /** True when {@code copy} credits an outlet that {@code source} names as its own origin. */
  private static boolean keepsAnOriginCredit(AnalysedArticle copy, AnalysedArticle source) {
    for (Attribution origin : source.attributions()) {
      if (!origin.strong()) {
        continue;
      }
      for (Attribution c : copy.attributions()) {
        if (Attributions.sameOutlet(c.name(), origin.name())) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when {@code copy} holds a credit naming {@code source}'s outlet. */
  private static boolean credits(AnalysedArticle copy, AnalysedArticle source) {
    String site = source.article().site();
    if (site == null) {
      return false;
    }
    for (Attribution c : copy.attributions()) {
      if (Attributions.sameOutlet(c.name(), site)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Quotations of {@code from} whose sentence is matched in {@code to} by a sentence without one.
   */
  private static int lostQuotes(
      AnalysedArticle from, AnalysedArticle to, List<Match> matches, boolean fromIsFirst) {
    int lost = 0;
    for (Match m : matches) {
      Sentence s = from.sentences().get(fromIsFirst ? m.i : m.j);
      Sentence t = to.sentences().get(fromIsFirst ? m.j : m.i);
      if (s.quoted() && !t.quoted()) {
        lost++;
      }
    }
    return lost;
  }

  private static String human(Duration d) {
    if (d.toDays() >= 1) {
      return d.toDays() + " d";
    }
    if (d.toHours() >= 1) {
      return d.toHours() + " h";
    }
    return d.toMinutes() + " min";
  }

  /** Analyses an article once, for aligning it with many others. */
  public PreparedArticle prepare(Article article) {
    return new PreparedArticle(analyse(article));
  }

  /** Compares two prepared articles; the same as {@link #align(Article, Article)}. */
  public Alignment align(PreparedArticle a, PreparedArticle b) {
    return align(a.analysed(), b.analysed());
  }

  /** Both sentences give numbers and none of them agree: they report different facts. */
  private static boolean numbersDisagree(Set<String> a, Set<String> b) {
    boolean anyA = false;
    boolean anyB = false;
    for (String x : a) {
      if (Words.hasDigit(x)) {
        anyA = true;
        if (b.contains(x)) {
          return false;
        }
      }
    }
    for (String x : b) {
      if (Words.hasDigit(x)) {
        anyB = true;
        break;
      }
    }
    return anyA && anyB;
  }

  private static Set<String> anchorSet(AnalysedArticle a) {
    Set<String> out = new HashSet<>();
    for (Sentence s : a.sentences()) {
      out.addAll(s.anchors());
    }
    return out;
  }

  /**
   * How far two sentences name the same people, places and figures: 1 unless both have anchors;
   * then the {@link #anchorDice} of their anchors, or, if higher, that of their anchors and their
   * possible first-word names where such a name counts only when it is an anchor of the other
   * sentence. So a first word that may or may not be a name can confirm, never refute, and two
   * capitalised first words alone ("Crews ...", "Crews ...") prove nothing.
   */
  static double nameAgreement(Sentence s, Sentence t) {
    if (s.anchors().isEmpty() || t.anchors().isEmpty()) {
      return 1;
    }
    double sure = anchorDice(s.anchors(), t.anchors());
    if (s.initialNames().isEmpty() && t.initialNames().isEmpty()) {
      return sure;
    }
    int shared =
        sharedNames(s.anchors(), t.anchors(), t.initialNames())
            + sharedNames(s.initialNames(), t.anchors(), Set.of());
    int size =
        s.anchors().size() + s.initialNames().size() + t.anchors().size() + t.initialNames().size();
    return Math.max(sure, Math.min(1, 2.0 * shared / size));
  }

  /** How many of {@code names} are in {@code other} or {@code more}, whole or by their stem. */
  private static int sharedNames(Set<String> names, Set<String> other, Set<String> more) {
    int shared = 0;
    for (String x : names) {
      if (other.contains(x) || more.contains(x)) {
        shared++;
        continue;
      }
      if (x.length() < NAME_STEM || Words.hasDigit(x)) {
        continue;
      }
      if (hasSameName(x, other) || hasSameName(x, more)) {
        shared++;
      }
    }
    return shared;
  }

  private static boolean hasSameName(String x, Set<String> names) {
    for (String y : names) {
      if (y.length() >= NAME_STEM && !Words.hasDigit(y) && x.regionMatches(0, y, 0, NAME_STEM)) {
        return true;
      }
    }
    return false;
  }

  /** Names shorter than this are compared whole; longer ones by a shared stem of this length. */
  static final int NAME_STEM = 5;

  /**
   * Dice of two sentences' anchors where two names also agree when they share a stem of at least
   * {@link #NAME_STEM} letters: "Mexican" and "Mexico", "Parker's" and "Parker" are the same name.
   * Numbers agree only when equal.
   */
  static double anchorDice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return Math.min(1, 2.0 * sharedNames(a, b, Set.of()) / (a.size() + b.size()));
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String s : a) {
      if (b.contains(s)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String s : a) {
      if (b.contains(s)) {
        shared++;
      }
    }
    int union = a.size() + b.size() - shared;
    return union == 0 ? 0 : shared / (double) union;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  /** Builds an {@link Aligner}. */
  public static final class Builder {
    private PassageEmbedder embedder;
    private ParaphraseScorer scorer;
    private ParaphraseWeights weights;
    private int maxChars = 200_000;
    private int maxSentences = 2_000;
    private int maxEmbeddedSentences = 200;

    private Builder() {}

    /** The model for paraphrase evidence; null (the default) for lexical evidence only. */
    public Builder embedder(PassageEmbedder value) {
      embedder = value;
      return this;
    }

    /** Weights and threshold for paraphrases; defaults to the calibrated ones. */
    public Builder scorer(ParaphraseScorer value) {
      scorer = value;
      return this;
    }

    /**
     * The calibrated paraphrase decision used where both sentences have embeddings; defaults to
     * {@link ParaphraseWeights#WITH_MODEL} when a model is given and no {@link #scorer} is set.
     */
    public Builder paraphraseWeights(ParaphraseWeights value) {
      weights = value;
      return this;
    }

    /** Characters of each article compared at most (default 200,000); the rest is skipped. */
    public Builder maxChars(int value) {
      if (value < 100) {
        throw new IllegalArgumentException("maxChars must be at least 100, got " + value);
      }
      maxChars = value;
      return this;
    }

    /** Sentences of each article compared at most (default 2,000). */
    public Builder maxSentences(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxSentences must be at least 1, got " + value);
      }
      maxSentences = value;
      return this;
    }

    /** Sentences of each article embedded at most (default 200); the rest use lexical evidence. */
    public Builder maxEmbeddedSentences(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxEmbeddedSentences must be at least 1, got " + value);
      }
      maxEmbeddedSentences = value;
      return this;
    }

    public Aligner build() {
      return new Aligner(this);
    }
  }
}
