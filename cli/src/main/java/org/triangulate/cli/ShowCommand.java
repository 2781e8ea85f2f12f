package org.triangulate.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.triangulate.core.Article;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.Origin;
import org.triangulate.facts.FactsRenderer;
import org.triangulate.report.story.SourceLinks;
import org.triangulate.report.story.StoryMarkdown;
import org.triangulate.server.ArticleSummary;
import org.triangulate.server.EmbeddedStoryView;
import org.triangulate.server.StoryDetail;
import org.triangulate.store.LuceneArticleStore;
import org.triangulate.stories.StoryRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate show STORY}: one story in full. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints one story: its articles, the lineage of copies (who copied whom, how, with what"
          + " score) and the independent origins, then the cited brief, the disputes, the claims"
          + " by source and the timeline, and the facts (entities with aliases, quotes with"
          + " speakers, numeric claims, dates).",
      "STORY is an id as 'triangulate stories' lists it."
    })
final class ShowCommand implements Callable<Integer> {
  @ParentCommand TriangulateCommand top;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STORY", description = "the story id")
  String storyId;

  @Option(
      names = "--json",
      description =
          "print one JSON object, as the server's /api/v1/stories/{id}: story, articles, lineage,"
              + " facts and comparison")
  boolean json;

  @Option(names = "--no-facts", description = "leave out the facts section of the text view")
  boolean noFacts;

  @Override
  public Integer call() {
    String id = storyId.strip();
    if (id.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "STORY must not be blank");
    }
    StoryDetail detail;
    try (EmbeddedStoryView view = StoryViews.open(top.store)) {
      detail =
          view.story(id)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "no story "
                              + CliText.clean(id)
                              + " in the store at "
                              + top.store
                              + "; 'triangulate stories' lists them"));
    }
    PrintStream out = top.console.out();
    if (json) {
      out.println(CliJson.value(detail));
      out.flush();
      return Triangulate.OK;
    }
    Map<String, ArticleSummary> summaries = new LinkedHashMap<>();
    detail.articles().forEach(a -> summaries.put(a.id(), a));
    out.print(
        StoryRenderer.story(StoryViews.story(detail.story()), i -> describe(summaries.get(i))));
    if (!detail.story().sites().isEmpty()) {
      out.println();
      out.println("sites      " + CliText.clean(String.join(", ", detail.story().sites())));
    }
    out.println();
    out.print(lineage(detail.lineage(), articleId -> site(summaries.get(articleId))));
    List<Article> articles = articles(detail);
    out.println();
    out.print(
        CliText.lines(
            CliText.unescapeMarkdown(
                StoryMarkdown.section(detail.comparison(), SourceLinks.of(articles)))));
    if (!noFacts) {
      out.println();
      out.print(CliText.lines(FactsRenderer.render(detail.facts())));
    }
    out.flush();
    return Triangulate.OK;
  }

  private static String describe(ArticleSummary a) {
    if (a == null) {
      return null;
    }
    StringBuilder line = new StringBuilder();
    if (a.published() != null) {
      line.append(a.published()).append("  ");
    }
    if (a.site() != null) {
      line.append(a.site()).append("  ");
    }
    line.append(a.title() == null ? "(untitled)" : a.title());
    return line.toString();
  }

  private static String site(ArticleSummary a) {
    if (a == null) {
      return null;
    }
    return a.site() != null ? a.site() : a.title();
  }

  /** Origins, then edges copy <- source; {@code site} names an article id, or gives null. */
  static String lineage(Lineage lineage, Function<String, String> site) {
    StringBuilder out = new StringBuilder();
    out.append("lineage    ")
        .append(lineage.independentSources())
        .append(
            lineage.independentSources() == 1 ? " independent source, " : " independent sources, ")
        .append(lineage.edges().size())
        .append(lineage.edges().size() == 1 ? " relation\n" : " relations\n");
    for (Origin origin : lineage.origins()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  origin %s%s%s: %s%n",
              CliText.clean(origin.name() == null ? origin.id() : origin.name()),
              origin.external() ? " (outside the corpus, credited)" : "",
              origin.certain() ? "" : " (uncertain)",
              CliText.clean(String.join(", ", origin.members()))));
    }
    for (LineageEdge edge : lineage.edges()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %s <- %s  %s %.2f, direction %s%s%s%n",
              named(edge.copy(), site),
              named(edge.source(), site),
              edge.kind().label(),
              edge.score(),
              edge.direction().label(),
              edge.attributionLoss() ? ", attribution lost" : "",
              edge.injectedContent() ? ", content injected" : ""));
    }
    return out.toString();
  }

  private static String named(String id, Function<String, String> site) {
    String name = site.apply(id);
    return CliText.clean(name == null ? id : id + " (" + shorten(name, 40) + ")");
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  /** The story's articles from the store (the view has closed its writer), for citations. */
  private List<Article> articles(StoryDetail detail) {
    List<Article> articles = new ArrayList<>();
    Map<String, Article> byId = new HashMap<>();
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(top.store)) {
      for (ArticleSummary a : detail.articles()) {
        store.get(a.id()).ifPresent(article -> byId.put(article.id(), article));
      }
    }
    for (ArticleSummary a : detail.articles()) {
      Article article = byId.get(a.id());
      if (article != null) {
        articles.add(article);
      }
    }
    return articles;
  }
}
