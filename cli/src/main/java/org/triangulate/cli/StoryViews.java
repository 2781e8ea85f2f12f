package org.triangulate.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.triangulate.core.Story;
import org.triangulate.server.EmbeddedStoryView;
import org.triangulate.server.StorySummary;
import org.triangulate.store.LuceneArticleStore;

/**
 * Opens the stories of a store for {@code stories} and {@code show}: the same view the server
 * serves, so the command line and the web UI agree. Opening brings stories and provenance up to
 * date with the store (articles ingested since the last run join their stories).
 */
final class StoryViews {
  private StoryViews() {}

  /**
   * The view of the store in {@code folder}.
   *
   * @throws SetupException if there is no store there
   * @throws org.triangulate.store.StoreLockedException if another process writes to it
   */
  static EmbeddedStoryView open(Path folder) {
    try {
      LuceneArticleStore.openReadOnly(folder).close();
    } catch (IllegalArgumentException e) {
      throw new SetupException(e.getMessage(), e);
    }
    return EmbeddedStoryView.open(folder);
  }

  /** The core record of a summary, for the stories module's renderers. */
  static Story story(StorySummary s) {
    return new Story(
        s.id(),
        s.articleIds(),
        s.label(),
        s.firstSeen() == null ? null : Instant.parse(s.firstSeen()),
        s.lastSeen() == null ? null : Instant.parse(s.lastSeen()),
        s.languages(),
        s.independentSources(),
        List.of());
  }
}
