package org.triangulate.eval.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triangulate.compare.EventDating;
import org.triangulate.core.facts.DateMention;
import org.triangulate.eval.Datasets;
import org.triangulate.facts.TimexTagger;

/**
 * Scores the timeline's event dating on SemEval-2015 Task 4 (TimeLine: cross-document event
 * ordering), the three evaluation corpora of 30 Wikinews articles each.
 *
 * <p>What this evaluates, plainly: the gold timelines give, per target entity, which event mentions
 * belong on it and their dates and order. We take those event mentions as given (so event detection
 * and the choice of events relevant to an entity, which the task also scores, are not evaluated)
 * and let the compare stage date each one the way it dates timeline entries: the facts stage's
 * {@link TimexTagger} tags the article against its creation time and {@link EventDating#nearest}
 * picks the calendar expression closest to the event in its sentence. We report (1) exact date
 * accuracy in the gold's format ({@code 2005-02-17}, {@code 2005-02-XX}, {@code XXXX-XX-XX} for
 * undated), (2) precision and recall of dated events, and (3) pairwise order accuracy: for every
 * pair of gold-dated events of one entity timeline, whether the predicted dates put them in the
 * same relation (before, same time, after). The official temporal-awareness F1 is not computed.
 * Systems: <em>sentence</em> (our timeline: a date only from an expression in the sentence),
 * <em>sentence+dct</em> (falls back to the article's creation time, as the timeline's publication
 * date would) and the <em>dct</em> baseline (every event at the creation time), all in the same
 * run. Nothing was tuned on this data.
 */
public final class TimelineEvaluation {
  private TimelineEvaluation() {}

  private static final String UNDATED = "XXXX-XX-XX";

  private enum System {
    SENTENCE,
    CLAUSE,
    SENTENCE_DCT,
    CLAUSE_DCT,
    DCT;

    boolean fallsBackToDct() {
      return this == SENTENCE_DCT || this == CLAUSE_DCT;
    }

    boolean clauseAware() {
      return this == CLAUSE || this == CLAUSE_DCT;
    }
  }

  /** Counts for one corpus and system. */
  private static final class Score {
    int events;
    int exact;
    int goldDated;
    int predictedDated;
    int datedCorrect;
    int pairs;
    int pairsCorrect;

    void add(Score o) {
      events += o.events;
      exact += o.exact;
      goldDated += o.goldDated;
      predictedDated += o.predictedDated;
      datedCorrect += o.datedCorrect;
      pairs += o.pairs;
      pairsCorrect += o.pairsCorrect;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length > 0) {
      throw new IllegalArgumentException(
          "TimelineEvaluation takes no arguments, got " + String.join(" ", args));
    }
    Optional<Path> root = Datasets.find("semeval2015-task4-timeline");
    if (root.isEmpty()) {
      java.lang.System.out.println(
          "semeval2015-task4-timeline is not available under "
              + Datasets.archives()
              + "; nothing to evaluate");
      return;
    }
    TimexTagger tagger = new TimexTagger();
    Map<System, Score> total = new LinkedHashMap<>();
    for (System s : System.values()) {
      total.put(s, new Score());
    }
    java.lang.System.out.println(
        "SemEval-2015 Task 4 TimeLine: dating and ordering of gold event mentions (Track B events)");
    java.lang.System.out.printf(
        Locale.ROOT,
        "%-10s %-13s %7s %9s %9s %9s %10s%n",
        "corpus",
        "system",
        "events",
        "exact",
        "dated-P",
        "dated-R",
        "order-acc");
    for (SemEvalTimelines.Corpus corpus : SemEvalTimelines.read(root.get())) {
      Map<String, List<DateMention>> mentions = new HashMap<>();
      for (SemEvalTimelines.Doc d : corpus.docs().values()) {
        List<DateMention> list = new ArrayList<>();
        for (TimexTagger.Timex t : tagger.tag(d.text(), d.creation()).timexes()) {
          list.add(
              new DateMention(
                  d.id(),
                  d.text().substring(t.start(), t.end()),
                  t.type(),
                  t.value(),
                  t.start(),
                  t.end()));
        }
        mentions.put(d.id(), list);
      }
      for (System system : System.values()) {
        Score score = score(corpus, mentions, system);
        total.get(system).add(score);
        print(corpus.name(), system, score);
      }
    }
    for (System system : System.values()) {
      print("all", system, total.get(system));
    }
    java.lang.System.out.println(
        "exact = predicted date equals the gold date string; dated-P/R = exact among events we/gold date;"
            + " order-acc = pairs of gold-dated events of one timeline whose predicted relation (before/same/after) matches."
            + " Event detection, entity relevance and the official TimeLine F1 are not evaluated.");
  }

  private static void print(String corpus, System system, Score s) {
    java.lang.System.out.printf(
        Locale.ROOT,
        "%-10s %-13s %7d %9.3f %9.3f %9.3f %10.3f%n",
        corpus,
        system.name().toLowerCase(Locale.ROOT).replace("_dct", "+dct"),
        s.events,
        ratio(s.exact, s.events),
        ratio(s.datedCorrect, s.predictedDated),
        ratio(s.datedCorrect, s.goldDated),
        ratio(s.pairsCorrect, s.pairs));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static Score score(
      SemEvalTimelines.Corpus corpus, Map<String, List<DateMention>> mentions, System system) {
    Score s = new Score();
    Map<String, List<String[]>> byEntity = new LinkedHashMap<>(); // entity -> [gold, predicted]
    for (SemEvalTimelines.GoldEvent e : corpus.events()) {
      SemEvalTimelines.Doc doc = corpus.docs().get(e.doc());
      String predicted = doc == null ? UNDATED : predict(doc, e, mentions.get(doc.id()), system);
      s.events++;
      if (predicted.equals(e.date())) {
        s.exact++;
      }
      boolean goldDated = !e.date().equals(UNDATED);
      boolean predDated = !predicted.equals(UNDATED);
      s.goldDated += goldDated ? 1 : 0;
      s.predictedDated += predDated ? 1 : 0;
      s.datedCorrect += goldDated && predicted.equals(e.date()) ? 1 : 0;
      byEntity
          .computeIfAbsent(e.entity(), k -> new ArrayList<>())
          .add(new String[] {e.date(), predicted});
    }
    for (List<String[]> events : byEntity.values()) {
      for (int i = 0; i < events.size(); i++) {
        for (int j = i + 1; j < events.size(); j++) {
          String[] a = events.get(i);
          String[] b = events.get(j);
          if (a[0].equals(UNDATED) || b[0].equals(UNDATED)) {
            continue;
          }
          s.pairs++;
          if (!a[1].equals(UNDATED)
              && !b[1].equals(UNDATED)
              && relation(a[0], b[0]) == relation(a[1], b[1])) {
            s.pairsCorrect++;
          }
        }
      }
    }
    return s;
  }

  /** -1, 0 or 1 by the first day of each date (in the gold format). */
  private static int relation(String a, String b) {
    int c = start(a).compareTo(start(b));
    return Integer.signum(c == 0 ? a.compareTo(b) : c);
  }

  private static LocalDate start(String goldFormat) {
    String[] p = goldFormat.split("-");
    int year = p[0].startsWith("X") ? 1 : Integer.parseInt(p[0]);
    int month = p.length < 2 || p[1].startsWith("X") ? 1 : Integer.parseInt(p[1]);
    int day = p.length < 3 || p[2].startsWith("X") ? 1 : Integer.parseInt(p[2]);
    LocalDate first = LocalDate.of(year, Math.max(1, Math.min(12, month)), 1);
    return first.withDayOfMonth(Math.max(1, Math.min(day, first.lengthOfMonth())));
  }

  private static String predict(
      SemEvalTimelines.Doc doc,
      SemEvalTimelines.GoldEvent e,
      List<DateMention> all,
      System system) {
    String dct = doc.creation() == null ? UNDATED : doc.creation().toString();
    if (system == System.DCT) {
      return dct;
    }
    int[] sentence = doc.sentences().get(e.sentence());
    if (sentence == null) {
      return system.fallsBackToDct() ? dct : UNDATED;
    }
    int offset = eventOffset(doc, e, sentence);
    List<DateMention> inSentence =
        all.stream().filter(m -> m.start() >= sentence[0] && m.end() <= sentence[1]).toList();
    Optional<EventDating.Dated> dated =
        system.clauseAware()
            ? EventDating.nearest(doc.text(), inSentence, offset)
            : EventDating.nearest(inSentence, offset);
    if (dated.isPresent()) {
      return goldFormat(dated.get().value());
    }
    return system.fallsBackToDct() ? dct : UNDATED;
  }

  private static int eventOffset(
      SemEvalTimelines.Doc doc, SemEvalTimelines.GoldEvent e, int[] sentence) {
    List<String> words = doc.words().get(e.sentence());
    List<int[]> tokens = doc.tokens().get(e.sentence());
    String first = e.word().split("_")[0];
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equals(first)) {
        return tokens.get(i)[0];
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).equalsIgnoreCase(first) || words.get(i).contains(first)) {
        return tokens.get(i)[0];
      }
    }
    return sentence[0];
  }

  /**
   * A calendar value in the gold's format: {@code 2005-02-17}, {@code 2005-02-XX}, {@code
   * 2005-XX-XX}.
   */
  static String goldFormat(String value) {
    int g = EventDating.granularity(value);
    LocalDate s = EventDating.start(value);
    LocalDate last = EventDating.end(value).minusDays(1);
    if (g == 0) {
      return s.toString();
    }
    if (s.getYear() == last.getYear() && s.getMonth() == last.getMonth()) {
      return String.format(Locale.ROOT, "%04d-%02d-XX", s.getYear(), s.getMonthValue());
    }
    return String.format(Locale.ROOT, "%04d-XX-XX", s.getYear());
  }
}
