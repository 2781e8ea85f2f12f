package org.triangulate.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Lineage;

/**
 * What one analysis found, as the reports show it: the articles (in input order, each id once), the
 * stories they form and, per story, who copied whom ({@link Lineage}), the facts ({@link
 * StoryFacts}) and the comparison of its sources ({@link Comparison}). Later stages add their
 * results as further components with a {@code with...} method each, so that callers build an
 * analysis with {@link #of(List)} and the withers and never call the canonical constructor.
 *
 * @param articles the analysed articles, each id once
 * @param stories the stories; every article id they name is in {@code articles}
 * @param lineages who copied whom, by story id (stories without provenance are absent)
 * @param facts entities, quotes, claims and dates, by story id
 * @param comparisons what the sources of each story agree and disagree on, by story id
 * @param problems what a stage could not do (a story whose facts or comparison failed), never null
 */
public record Analysis(
    List<Article> articles,
    List<Story> stories,
    Map<String, Lineage> lineages,
    Map<String, StoryFacts> facts,
    Map<String, Comparison> comparisons,
    List<Problem> problems) {
  public Analysis {
    articles = List.copyOf(Checks.notNull("articles", articles));
    stories = List.copyOf(Checks.notNull("stories", stories));
    lineages = Map.copyOf(Checks.notNull("lineages", lineages));
    facts = Map.copyOf(Checks.notNull("facts", facts));
    comparisons = Map.copyOf(Checks.notNull("comparisons", comparisons));
    problems = List.copyOf(Checks.notNull("problems", problems));
    Set<String> ids = new HashSet<>();
    for (Article article : articles) {
      if (!ids.add(article.id())) {
        throw new IllegalArgumentException(
            "articles must have distinct ids, got " + article.id() + " twice; drop the repeat");
      }
    }
    Set<String> storyIds = new HashSet<>();
    for (Story story : stories) {
      if (!storyIds.add(story.id())) {
        throw new IllegalArgumentException("story id " + story.id() + " is used twice");
      }
      for (String id : story.articleIds()) {
        if (!ids.contains(id)) {
          throw new IllegalArgumentException(
              "story " + story.id() + " names article " + id + ", which is not in the analysis");
        }
      }
    }
    for (Map<String, ?> byStory : List.of(lineages, facts, comparisons)) {
      for (String storyId : byStory.keySet()) {
        if (!storyIds.contains(storyId)) {
          throw new IllegalArgumentException(
              "results are given for story " + storyId + ", which is not in the analysis");
        }
      }
    }
  }

  /** An analysis of these articles with no stories yet. */
  public static Analysis of(List<Article> articles) {
    return new Analysis(articles, List.of(), Map.of(), Map.of(), Map.of(), List.of());
  }

  /**
   * This analysis with {@code value} as its stories; per-story results of stories no longer there
   * are dropped.
   */
  public Analysis withStories(List<Story> value) {
    Set<String> keep = new HashSet<>();
    Checks.notNull("stories", value).forEach(s -> keep.add(s.id()));
    return new Analysis(
        articles,
        value,
        only(lineages, keep),
        only(facts, keep),
        only(comparisons, keep),
        problems);
  }

  /**
   * This analysis with {@code more} articles after the ones it has (such as the earlier articles of
   * a story that grew across runs).
   */
  public Analysis withMoreArticles(List<Article> more) {
    List<Article> all = new ArrayList<>(articles);
    all.addAll(Checks.notNull("more", more));
    return new Analysis(all, stories, lineages, facts, comparisons, problems);
  }

  /** This analysis with these lineages by story id. */
  public Analysis withLineages(Map<String, Lineage> value) {
    return new Analysis(articles, stories, value, facts, comparisons, problems);
  }

  /** This analysis with these facts by story id. */
  public Analysis withFacts(Map<String, StoryFacts> value) {
    return new Analysis(articles, stories, lineages, value, comparisons, problems);
  }

  /** This analysis with these comparisons by story id. */
  public Analysis withComparisons(Map<String, Comparison> value) {
    return new Analysis(articles, stories, lineages, facts, value, problems);
  }

  /** This analysis with {@code more} problems added after the ones it has. */
  public Analysis withProblems(List<Problem> more) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(Checks.notNull("more", more));
    return new Analysis(articles, stories, lineages, facts, comparisons, all);
  }

  /** The article with this id. */
  public Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The articles by id, in order. */
  public Map<String, Article> articlesById() {
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    return byId;
  }

  /**
   * The articles of a story, in the story's order. Builds the id map each time: for many stories,
   * map {@link #articlesById()} once instead.
   */
  public List<Article> articlesOf(Story story) {
    Map<String, Article> byId = articlesById();
    return story.articleIds().stream().map(byId::get).toList();
  }

  private static <V> Map<String, V> only(Map<String, V> byStory, Set<String> keep) {
    Map<String, V> out = new LinkedHashMap<>();
    byStory.forEach(
        (k, v) -> {
          if (keep.contains(k)) {
            out.put(k, v);
          }
        });
    return out;
  }
}
