package org.triangulate.stories;

import java.time.Instant;
import java.util.List;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;

/**
 * What {@link StoryClusterer#assign} did with one article.
 *
 * @param articleId the article
 * @param storyId the story it is now in ({@link StoryClusterer#story(String)} gives the story)
 * @param outcome whether it joined a story, opened one, or was seen before
 * @param score its score with the story it joined, or with the best candidate when it opened one (0
 *     when there was none): the join probability with a learned {@link MergeModel}, the hand-set
 *     score with {@link MergeModel#NONE}; the story id is the one at assignment time, a later split
 *     may move the article ({@link StoryClusterer#storyOf(String)} is always current)
 * @param time the time used for the article: its publication date, or the ingest time when that was
 *     missing or implausible
 * @param problems what was doubtful about the article (never null)
 */
public record Assignment(
    String articleId,
    String storyId,
    Outcome outcome,
    double score,
    Instant time,
    List<Problem> problems) {

  public Assignment {
    Checks.notBlank("articleId", articleId);
    Checks.notBlank("storyId", storyId);
    Checks.notNull("outcome", outcome);
    Checks.notNull("time", time);
    problems = List.copyOf(Checks.notNull("problems", problems));
  }

  /** How an article came into its story. */
  public enum Outcome {
    /** It joined an existing story. */
    JOINED,
    /** It opened a new story. */
    OPENED,
    /** An article with this id was assigned before; nothing changed. */
    REPEAT
  }
}
