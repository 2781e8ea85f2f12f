package org.triangulate.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inverted index from key terms of one channel to the stories that carry them, newest postings
 * last. Reading a term scans only its most recent postings, and a story that keeps growing is
 * posted again once its posting fell behind, so the cost per article stays flat however many
 * stories accumulate. Guarded by the clusterer.
 */
final class CandidateIndex {
  private final List<Postings> lists = new ArrayList<>();
  private final int scanLimit;

  CandidateIndex(int scanLimit) {
    this.scanLimit = scanLimit;
  }

  /** Posts {@code story} under {@code term} unless a recent enough posting exists. */
  void post(int term, StoryState story, Map<Integer, Long> posted) {
    while (lists.size() <= term) {
      lists.add(null);
    }
    Postings list = lists.get(term);
    if (list == null) {
      list = new Postings();
      lists.set(term, list);
    }
    Long at = posted.get(term);
    if (at != null && list.appended - at < scanLimit / 2) {
      return;
    }
    list.add(story, scanLimit);
    posted.put(term, list.appended);
  }

  /**
   * Calls {@code visitor} for up to the scan limit of the most recent stories under {@code term}.
   */
  void scan(int term, java.util.function.Consumer<StoryState> visitor) {
    if (term >= lists.size() || lists.get(term) == null) {
      return;
    }
    List<StoryState> stories = lists.get(term).stories;
    int stop = Math.max(0, stories.size() - scanLimit);
    for (int i = stories.size() - 1; i >= stop; i--) {
      visitor.accept(stories.get(i));
    }
  }

  private static final class Postings {
    final List<StoryState> stories = new ArrayList<>();
    long appended;

    void add(StoryState story, int scanLimit) {
      stories.add(story);
      appended++;
      if (stories.size() > 4 * scanLimit) {
        stories.subList(0, stories.size() - 2 * scanLimit).clear();
      }
    }
  }
}
