package org.triangulate.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.compare.StoryComparator;
import org.triangulate.compare.StoryInput;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleStore;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.Origin;
import org.triangulate.facts.FactExtractor;
import org.triangulate.report.Analysis;
import org.triangulate.reuse.ProvenanceEngine;

/**
 * The per-story stages (facts, then comparison) for one story at a time: what the {@code facts} and
 * {@code compare} steps of {@code analyze} run for every story, and what a server calls to show one
 * story from the store. Facts are computed once per lineage representative and shared with its
 * verbatim copies. A failing stage becomes a {@link Problem} on the result, never an exception.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * StoryAnalyzer analyzer = StoryAnalyzer.standard();
 * Lineage lineage = engine.lineage(story.articleIds());
 * StoryAnalysis one = analyzer.analyze(story, articlesOfTheStory, lineage);
 * one.comparison().disputes().forEach(System.out::println);
 * }</pre>
 */
public final class StoryAnalyzer {
  /** Sentences in a brief by default. */
  public static final int DEFAULT_BRIEF_SENTENCES = 5;

  private final FactExtractor facts;
  private final StoryComparator comparator;

  /**
   * @param facts the fact extractor
   * @param comparator the comparator
   */
  public StoryAnalyzer(FactExtractor facts, StoryComparator comparator) {
    this.facts = Checks.notNull("facts", facts);
    this.comparator = Checks.notNull("comparator", comparator);
  }

  /** The standard extractor (heuristic NER) and a comparator with a five-sentence brief. */
  public static StoryAnalyzer standard() {
    return new StoryAnalyzer(
        FactExtractor.builder().build(),
        StoryComparator.builder().briefSentences(DEFAULT_BRIEF_SENTENCES).build());
  }

  /**
   * Facts and comparison of one story.
   *
   * @param story the story
   * @param articles its articles, in the story's order
   * @param lineage who copied whom among them, or null when unknown
   */
  public StoryAnalysis analyze(Story story, List<Article> articles, Lineage lineage) {
    List<Problem> problems = new ArrayList<>();
    StoryFacts storyFacts = facts(story, articles, lineage, problems);
    Comparison comparison =
        storyFacts == null ? null : compare(story, articles, lineage, storyFacts, problems);
    return new StoryAnalysis(story, articles, lineage, storyFacts, comparison, problems);
  }

  /**
   * Facts and comparison of one story whose articles are in {@code store} and whose provenance is
   * in {@code provenance} (a server's view of a story). Articles missing from the store are left
   * out of the result's story, with a problem.
   */
  public StoryAnalysis analyze(Story story, ArticleStore store, ProvenanceEngine provenance) {
    Checks.notNull("story", story);
    Checks.notNull("store", store);
    Checks.notNull("provenance", provenance);
    List<Article> articles = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : story.articleIds()) {
      store.get(id).ifPresentOrElse(articles::add, () -> missing.add(id));
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException(
          "none of the articles of story "
              + story.id()
              + " is in the store; pass the store that"
              + " holds them");
    }
    Story present = story;
    if (!missing.isEmpty()) {
      List<String> ids = articles.stream().map(Article::id).toList();
      present =
          new Story(
              story.id(),
              ids,
              story.label(),
              story.firstSeen(),
              story.lastSeen(),
              story.languages(),
              null,
              story.problems());
    }
    Lineage lineage = provenance.lineage(present.articleIds());
    present =
        present.withIndependentSources(
            Math.max(1, Math.min(present.size(), lineage.independentSources())));
    StoryAnalysis result = analyze(present, articles, lineage);
    if (missing.isEmpty()) {
      return result;
    }
    List<Problem> problems = new ArrayList<>(result.problems());
    problems.add(
        Problem.warning(
            story.id(),
            "missing-articles",
            missing.size() + " articles of the story are not in the store: " + missing));
    return new StoryAnalysis(
        result.story(),
        result.articles(),
        result.lineage(),
        result.facts(),
        result.comparison(),
        problems);
  }

  /** One story of a finished analysis, as the reports show it. */
  public static StoryAnalysis of(Analysis analysis, Story story) {
    Checks.notNull("analysis", analysis);
    Checks.notNull("story", story);
    List<Problem> problems =
        analysis.problems().stream().filter(p -> p.document().equals(story.id())).toList();
    return new StoryAnalysis(
        story,
        analysis.articlesOf(story),
        analysis.lineages().get(story.id()),
        analysis.facts().get(story.id()),
        analysis.comparisons().get(story.id()),
        problems);
  }

  /**
   * The facts of a story's articles, resolved across them; null (with a problem) when they could
   * not be computed at all. Articles whose own extraction fails are left out with a problem.
   */
  StoryFacts facts(Story story, List<Article> articles, Lineage lineage, List<Problem> problems) {
    Map<String, ArticleFacts> perArticle;
    try {
      perArticle = facts.extractAll(articles, representatives(lineage)).facts();
    } catch (RuntimeException | StackOverflowError batchFailure) {
      // find the article that fails and keep the facts of the others
      perArticle = new HashMap<>();
      for (Article article : articles) {
        try {
          perArticle.put(article.id(), facts.extract(article));
        } catch (RuntimeException | StackOverflowError e) {
          problems.add(
              Problem.warning(
                  story.id(), "facts-error", "facts of article " + article.id() + " failed: " + e));
        }
      }
    }
    List<ArticleFacts> ordered = new ArrayList<>();
    for (Article article : articles) {
      ArticleFacts f = perArticle.get(article.id());
      if (f != null) {
        ordered.add(f);
      }
    }
    try {
      return facts.resolve(ordered);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(
          Problem.warning(story.id(), "facts-error", "resolving the story's facts failed: " + e));
      return null;
    }
  }

  /** The comparison of a story's sources; null (with a problem) when it failed. */
  Comparison compare(
      Story story,
      List<Article> articles,
      Lineage lineage,
      StoryFacts storyFacts,
      List<Problem> problems) {
    try {
      return comparator.compare(new StoryInput(story.id(), articles, lineage, storyFacts));
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(Problem.warning(story.id(), "compare-error", "comparison failed: " + e));
      return null;
    }
  }

  /** Each member of a lineage mapped to its origin article (or, for outside origins, its first). */
  static Map<String, String> representatives(Lineage lineage) {
    Map<String, String> out = new HashMap<>();
    if (lineage == null) {
      return out;
    }
    for (Origin origin : lineage.origins()) {
      String representative =
          !origin.external() && origin.members().contains(origin.id())
              ? origin.id()
              : origin.members().get(0);
      for (String member : origin.members()) {
        out.put(member, representative);
      }
    }
    return out;
  }
}
