package org.triangulate.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.Problem;
import org.triangulate.core.compare.Brief;
import org.triangulate.core.compare.ClaimGroup;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeStatus;
import org.triangulate.core.compare.TimelineEntry;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;

/**
 * Compares the sources of one story: aligns their claims (numbers with the same quantity and scope,
 * the same quote, the same dated event, the same person for a role), counts support in independent
 * lineages, finds contradictions and differences of scope, orders the dated events, and writes a
 * brief whose every sentence cites its sources. Immutable and thread-safe; the work is hashing,
 * sorting and capped word indexes, so stories of thousands of articles stay fast.
 *
 * <pre>{@code
 * StoryComparator comparator = StoryComparator.builder().briefSentences(4).build();
 * Comparison c = comparator.compare(new StoryInput("s1", articles, lineage, storyFacts));
 * c.disputes().forEach(d -> System.out.println(d.status().label() + " " + d.subject()));
 * }</pre>
 */
public final class StoryComparator {
  private final int briefSentences;

  private StoryComparator(Builder builder) {
    this.briefSentences = builder.briefSentences;
  }

  /** A builder with the defaults: a brief of five sentences. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StoryComparator}. */
  public static final class Builder {
    private int briefSentences = 5;

    private Builder() {}

    /** How many extracted sentences the brief has at most (disputed points come on top). */
    public Builder briefSentences(int count) {
      if (count < 0 || count > 1000) {
        throw new IllegalArgumentException("briefSentences must be in [0, 1000], got " + count);
      }
      briefSentences = count;
      return this;
    }

    public StoryComparator build() {
      return new StoryComparator(this);
    }
  }

  /** Compares a story with the configured brief length. */
  public Comparison compare(StoryInput input) {
    return compare(input, briefSentences);
  }

  /** Compares a story with a brief of at most {@code briefLength} extracted sentences. */
  public Comparison compare(StoryInput input, int briefLength) {
    if (briefLength < 0) {
      throw new IllegalArgumentException("briefLength must be >= 0, got " + briefLength);
    }
    Work work = new Work(input);
    if (input.articles().size() == 1) {
      work.problems.add(
          Problem.warning(
              input.storyId(),
              "single-article",
              "the story has one article, so nothing can be corroborated or contradicted"));
    }
    List<ArticleFacts> facts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ArticleFacts af : input.facts().articles()) {
      if (!work.articles.containsKey(af.article())) {
        work.problems.add(
            Problem.warning(
                af.article(),
                "facts-outside-story",
                "facts were given for article "
                    + af.article()
                    + ", which is not in story "
                    + input.storyId()
                    + "; ignored"));
      } else if (!seen.add(af.article())) {
        work.problems.add(
            Problem.warning(
                af.article(),
                "duplicate-facts",
                "facts were given twice for this article; the second set is ignored"));
      } else {
        facts.add(af);
      }
    }
    Map<String, Entity> entities = new HashMap<>();
    input.facts().entities().forEach(e -> entities.putIfAbsent(e.id(), e));
    Quantities.compare(facts, work);
    Quotes.compare(facts, entities, work);
    Identifications.compare(facts, entities, work);
    List<TimelineEntry> timeline = Timeline.build(facts, work);
    Set<String> contradicted = new HashSet<>();
    for (Dispute d : work.disputes) {
      if (d.status() == DisputeStatus.CONTRADICTION) {
        contradicted.addAll(d.claims());
      }
    }
    List<ClaimGroup> claims = new ArrayList<>();
    for (Work.Draft draft : work.drafts) {
      claims.add(draft.build(contradicted.contains(draft.id)));
    }
    Brief brief = BriefBuilder.build(work, work.disputes, briefLength);
    return new Comparison(
        input.storyId(),
        input.articles().stream().map(Article::id).toList(),
        work.lineages.count(),
        claims,
        work.disputes,
        timeline,
        brief,
        work.problems);
  }
}
