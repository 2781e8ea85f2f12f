package org.triangulate.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triangulate.core.Article;
import org.triangulate.core.Problem;
import org.triangulate.core.Span;
import org.triangulate.core.compare.ClaimGroup;
import org.triangulate.core.compare.ClaimKind;
import org.triangulate.core.compare.ClaimStatus;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeSide;
import org.triangulate.core.compare.DisputeStatus;
import org.triangulate.core.compare.Evidence;

/** The state of one comparison run: articles, lineages, problems, drafts and id counters. */
final class Work {
  final Map<String, Article> articles = new HashMap<>();
  final Lineages lineages;
  final List<Problem> problems = new ArrayList<>();
  final List<Draft> drafts = new ArrayList<>();
  final List<Dispute> disputes = new ArrayList<>();
  private final Map<String, List<Sentences.Range>> sentences = new HashMap<>();
  private final Map<ClaimKind, Integer> counters = new HashMap<>();

  Work(StoryInput input) {
    input.articles().forEach(a -> articles.put(a.id(), a));
    lineages = new Lineages(input.articles(), input.lineage());
  }

  /** A claim group under construction. */
  static final class Draft {
    final String id;
    final ClaimKind kind;
    final String subject;
    final String value;
    final List<Evidence> evidence = new ArrayList<>();
    final Set<String> disputes = new LinkedHashSet<>();

    Draft(String id, ClaimKind kind, String subject, String value) {
      this.id = id;
      this.kind = kind;
      this.subject = subject;
      this.value = value;
    }

    List<String> lineages() {
      return List.copyOf(new TreeSet<>(evidence.stream().map(Evidence::lineage).toList()));
    }

    ClaimGroup build(boolean contradicted) {
      List<String> lineages = lineages();
      ClaimStatus status =
          contradicted
              ? ClaimStatus.DISPUTED
              : lineages.size() >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
      return new ClaimGroup(
          id, kind, subject, value, sorted(), lineages, status, List.copyOf(disputes));
    }

    DisputeSide side(String scope) {
      return new DisputeSide(value, scope, List.of(id), sorted(), lineages());
    }

    private List<Evidence> sorted() {
      List<Evidence> out = new ArrayList<>(evidence);
      out.sort(
          java.util.Comparator.comparing(Evidence::article)
              .thenComparingInt(e -> e.span().start())
              .thenComparingInt(e -> e.span().end()));
      return out;
    }
  }

  Draft draft(ClaimKind kind, String subject, String value) {
    int n = counters.merge(kind, 1, Integer::sum);
    String prefix =
        switch (kind) {
          case QUANTITY -> "n";
          case QUOTE -> "q";
          case EVENT_DATE -> "t";
          case IDENTIFICATION -> "i";
        };
    Draft draft = new Draft(prefix + n, kind, subject, value);
    drafts.add(draft);
    return draft;
  }

  /**
   * True when the drafts span at least two lineages: one source (or its copies) saying two things
   * is a matter of reading its text, not a contradiction between sources.
   */
  static boolean acrossSources(List<Draft> drafts) {
    Set<String> lineages = new java.util.HashSet<>();
    for (Draft d : drafts) {
      for (Evidence e : d.evidence) {
        lineages.add(e.lineage());
      }
    }
    return lineages.size() >= 2;
  }

  String nextDisputeId() {
    return "d" + (disputes.size() + 1);
  }

  /**
   * Records that the drafts contradict each other: each draft is marked with the new dispute, and
   * each becomes one side of it (without a scope).
   */
  void contradiction(ClaimKind kind, String subject, List<Draft> sides, String reason) {
    String id = nextDisputeId();
    List<DisputeSide> out = new ArrayList<>();
    for (Draft d : sides) {
      d.disputes.add(id);
      out.add(d.side(""));
    }
    disputes.add(
        new Dispute(
            id,
            kind,
            DisputeStatus.CONTRADICTION,
            subject,
            sides.stream().map(d -> d.id).toList(),
            out,
            reason));
  }

  /**
   * Evidence for {@code [start, end)} of an article of the story, or null (with a problem noted)
   * when the article is not in the story or the range falls outside its text.
   */
  Evidence evidence(String articleId, int start, int end, String what) {
    Article article = articles.get(articleId);
    if (article == null) {
      problems.add(
          Problem.warning(
              articleId,
              "fact-outside-story",
              what + " names article " + articleId + ", which is not in the story; skipped"));
      return null;
    }
    if (start < 0 || end < start || end > article.text().length()) {
      problems.add(
          Problem.warning(
              article.source(),
              "fact-outside-text",
              what
                  + " points at ["
                  + start
                  + ", "
                  + end
                  + ") outside the text of length "
                  + article.text().length()
                  + "; skipped"));
      return null;
    }
    return new Evidence(
        new Span(articleId, start, end),
        lineages.of(articleId),
        article.text().substring(start, end));
  }

  /** The sentences of an article, computed once. */
  List<Sentences.Range> sentences(String articleId) {
    return sentences.computeIfAbsent(articleId, id -> Sentences.split(articles.get(id).text()));
  }

  /** The sentence around an offset of an article, or the whole text's first 300 characters. */
  Sentences.Range sentenceAt(String articleId, int offset) {
    List<Sentences.Range> list = sentences(articleId);
    int i = Sentences.indexAt(list, offset);
    if (i < 0) {
      String text = articles.get(articleId).text();
      return new Sentences.Range(0, Math.min(text.length(), 300));
    }
    return list.get(i);
  }
}
