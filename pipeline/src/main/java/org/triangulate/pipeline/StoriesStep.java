package org.triangulate.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleStore;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.report.Analysis;
import org.triangulate.stories.StoryClusterer;

/**
 * Groups the articles into stories with the online {@link StoryClusterer}, in publication order.
 * With a folder the clusterer's state is kept there between runs, so new articles join the stories
 * of earlier runs. A story that grew across runs is reported whole: its earlier articles are read
 * from the store and added to the analysis (after the articles of this run).
 */
public final class StoriesStep implements AnalysisStep {
  private final Path folder;
  private final Clock clock;
  private final ArticleStore store;

  /**
   * @param folder where the clusterer's state is kept, or null to cluster in memory
   * @param clock the ingest time given to undated articles
   * @param store where the articles of earlier runs are, or null
   */
  public StoriesStep(Path folder, Clock clock, ArticleStore store) {
    this.folder = folder;
    this.clock = Checks.notNull("clock", clock);
    this.store = store;
  }

  @Override
  public Analysis apply(Analysis analysis) {
    StoryClusterer.Builder builder = StoryClusterer.builder().clock(clock);
    StoryClusterer clusterer = folder == null ? builder.build() : builder.open(folder);
    List<Problem> problems = new ArrayList<>();
    Set<String> assigned = new HashSet<>();
    for (Article article : TimeOrder.of(analysis.articles())) {
      try {
        clusterer.assign(article);
        assigned.add(article.id());
      } catch (RuntimeException e) {
        // one article the clusterer cannot take must not cost the others their stories
        problems.add(
            Problem.warning(article.id(), "stories-error", "story assignment failed: " + e));
      }
    }
    if (folder != null) {
      clusterer.save();
    } else {
      clusterer.repair();
    }
    List<Story> stories = new ArrayList<>();
    List<Article> earlier = new ArrayList<>();
    for (Story story : clusterer.stories()) {
      if (story.articleIds().stream().noneMatch(assigned::contains)) {
        continue; // a story of earlier runs that this run did not touch
      }
      // a story that grew across runs is shown whole: its earlier articles come from the store
      List<String> here = new ArrayList<>();
      int missing = 0;
      for (String id : story.articleIds()) {
        if (assigned.contains(id)) {
          here.add(id);
        } else {
          Optional<Article> stored = store == null ? Optional.empty() : store.get(id);
          if (stored.isPresent()) {
            earlier.add(stored.get());
            here.add(id);
          } else {
            missing++;
          }
        }
      }
      List<Problem> storyProblems = new ArrayList<>(story.problems());
      if (missing > 0) {
        storyProblems.add(
            Problem.warning(
                story.id(),
                "earlier-articles",
                missing
                    + " more articles of this story came in earlier runs and are not in the"
                    + " store, so not in this report"));
      }
      stories.add(
          new Story(
              story.id(),
              here,
              story.label(),
              story.firstSeen(),
              story.lastSeen(),
              story.languages(),
              null,
              storyProblems));
    }
    // every article is in a story: one the clusterer could not take gets a story of its own
    for (Article article : analysis.articles()) {
      if (!assigned.contains(article.id())) {
        stories.add(new Story("unassigned-" + article.id(), List.of(article.id())));
      }
    }
    return analysis.withMoreArticles(earlier).withStories(stories).withProblems(problems);
  }

  @Override
  public String name() {
    return "stories";
  }
}
