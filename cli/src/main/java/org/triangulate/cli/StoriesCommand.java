package org.triangulate.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.server.EmbeddedStoryView;
import org.triangulate.server.Page;
import org.triangulate.server.StoryQuery;
import org.triangulate.server.StorySummary;
import org.triangulate.stories.StoryRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate stories}: the stories of the store, newest or largest first. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the stories of the store, newest (most recent article) or largest first: id, number"
          + " of articles, independent sources (lineages of copies collapsed onto their origins),"
          + " time of the last article, flags and label.",
      "Articles ingested since the last run first join their stories. Open one story with"
          + " 'triangulate show STORY'."
    })
final class StoriesCommand implements Callable<Integer> {
  @ParentCommand TriangulateCommand top;

  @Spec CommandSpec spec;

  @Option(
      names = {"-s", "--sort"},
      paramLabel = "ORDER",
      defaultValue = "newest",
      description = "newest or largest (default: ${DEFAULT-VALUE})")
  StoryRenderer.Order order;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "20",
      description = "show at most N stories (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(
      names = "--min-sources",
      paramLabel = "N",
      defaultValue = "0",
      description = "only stories with at least N independent sources")
  int minSources;

  @Option(
      names = "--from",
      paramLabel = "DAY",
      description = "only stories seen on or after DAY (YYYY-MM-DD, UTC)")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DAY",
      description = "only stories seen on or before DAY (YYYY-MM-DD, UTC)")
  LocalDate to;

  @Option(
      names = "--site",
      paramLabel = "TEXT",
      description = "only stories with an article from a site containing TEXT")
  String site;

  @Option(
      names = "--language",
      paramLabel = "CODE",
      description = "only stories with an article in this language (ISO 639-1)")
  String language;

  @Option(
      names = {"-q", "--query"},
      paramLabel = "WORDS",
      description = "only stories with an article matching this search (see 'search --help')")
  String query;

  @Option(
      names = "--json",
      description =
          "print JSON Lines: id, label, size, independentSources, firstSeen, lastSeen, languages,"
              + " sites, articleIds")
  boolean json;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    if (minSources < 0) {
      throw new ParameterException(
          spec.commandLine(), "--min-sources must be at least 0, got " + minSources);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(
          spec.commandLine(), "--to " + to + " must not be before --from " + from);
    }
    if (language != null && !language.strip().matches("[A-Za-z]{2,3}")) {
      throw new ParameterException(
          spec.commandLine(), "--language must be an ISO 639-1 code such as en, got " + language);
    }
    List<StorySummary> all = new ArrayList<>();
    long total;
    try (EmbeddedStoryView view = StoryViews.open(top.store)) {
      int offset = 0;
      Page<StorySummary> page;
      do {
        page =
            view.stories(
                new StoryQuery(
                    from,
                    to,
                    site,
                    language == null ? null : language.strip().toLowerCase(Locale.ROOT),
                    query,
                    minSources,
                    offset,
                    StoryQuery.MAX_LIMIT));
        all.addAll(page.items());
        offset += page.items().size();
      } while (!page.items().isEmpty() && offset < page.total());
      total = view.storyCount();
    }
    PrintStream out = top.console.out();
    if (json) {
      all.sort((a, b) -> order.comparator().compare(StoryViews.story(a), StoryViews.story(b)));
      for (StorySummary s : all.subList(0, Math.min(limit, all.size()))) {
        out.println(CliJson.value(s));
      }
    } else if (!all.isEmpty()) {
      out.print(StoryRenderer.list(all.stream().map(StoryViews::story).toList(), order, limit));
    }
    out.flush();
    top.console
        .err()
        .println(
            all.size()
                + (all.size() == 1 ? " story" : " stories")
                + (all.size() == total ? "" : " match, of " + total)
                + " in the store");
    return Triangulate.OK;
  }
}
