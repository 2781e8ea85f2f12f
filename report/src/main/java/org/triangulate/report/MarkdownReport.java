package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.BlockKind;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.report.story.FactSections;
import org.triangulate.report.story.SourceLinks;
import org.triangulate.report.story.StoryHtml;
import org.triangulate.report.story.StoryMarkdown;

/**
 * {@code report.md}: for reading. An overview of the stories, then per story who copied whom, the
 * independent-source count, the brief with citations (source, article id and character range),
 * disputes, the claims table, the timeline, quotes with speakers and entities with aliases; then
 * the problems and the articles. Long lists are capped (everything is in {@code report.json});
 * every scraped string is escaped.
 */
public final class MarkdownReport implements Report {
  @Override
  public String fileName() {
    return "report.md";
  }

  @Override
  public void write(Analysis analysis, Writer out) throws IOException {
    Map<String, Article> byId = analysis.articlesById();
    out.write("# Triangulate report\n\n");
    out.write(
        count(analysis.articles().size(), "article")
            + " in "
            + count(analysis.stories().size(), "story")
            + ". The machine-readable version is report.json (schema version "
            + JsonReport.SCHEMA_VERSION
            + ").\n\n");
    out.write("## Stories\n\n");
    if (analysis.stories().isEmpty()) {
      out.write("No stories.\n\n");
    }
    int number = 1;
    for (Story story : analysis.stories()) {
      out.write(
          number++
              + ". **"
              + Text.markdown(Text.headline(story, analysis, byId), true)
              + "**: "
              + count(story.articleIds().size(), "article")
              + " (story "
              + Text.markdown(story.id(), true)
              + ")\n");
      for (String id : story.articleIds()) {
        Article article = byId.get(id);
        out.write(
            "   - " + Text.markdown(Text.title(article), true) + " (" + summary(article) + ")\n");
      }
    }
    SourceLinks links = SourceLinks.of(analysis.articles());
    number = 1;
    for (Story story : analysis.stories()) {
      writeStory(number++, story, byId, analysis, links, out);
    }
    if (!analysis.problems().isEmpty()) {
      out.write("\n## Problems\n\n");
      int shown = 0;
      for (Problem problem : analysis.problems()) {
        if (shown++ >= StoryHtml.MAX_ROWS) {
          out.write(
              "\n" + (analysis.problems().size() - StoryHtml.MAX_ROWS) + " more in report.json.\n");
          break;
        }
        out.write(
            "- "
                + Text.markdown(problem.document(), true)
                + ": ["
                + Text.markdown(problem.code(), true)
                + "] "
                + Text.markdown(problem.message(), true)
                + "\n");
      }
    }
    out.write("\n## Articles\n");
    for (Article article : analysis.articles()) {
      writeArticle(article, out);
    }
  }

  private static void writeStory(
      int number,
      Story story,
      Map<String, Article> byId,
      Analysis analysis,
      SourceLinks links,
      Writer out)
      throws IOException {
    out.write(
        "\n## Story "
            + number
            + ": "
            + Text.markdown(Text.headline(story, analysis, byId), true)
            + "\n\n");
    field(out, "Story", story.id());
    field(out, "Label", story.label());
    field(out, "Articles", String.valueOf(story.size()));
    if (story.independentSources() != null) {
      field(out, "Independent sources", String.valueOf(story.independentSources()));
    }
    if (story.firstSeen() != null) {
      field(out, "Seen", story.firstSeen() + " to " + story.lastSeen());
    }
    if (!story.languages().isEmpty()) {
      field(out, "Languages", String.join(", ", story.languages()));
    }
    for (Problem problem : story.problems()) {
      field(out, "Warning", "[" + problem.code() + "] " + problem.message());
    }
    out.write("\n### Who copied whom\n\n");
    out.write(FactSections.lineageMarkdown(analysis.lineages().get(story.id()), links));
    Comparison comparison = analysis.comparisons().get(story.id());
    out.write("\n### Sources compared\n\n");
    if (comparison == null) {
      out.write("No comparison: see the problems.\n");
    } else {
      out.write(StoryMarkdown.section(comparison, links));
    }
    StoryFacts facts = analysis.facts().get(story.id());
    out.write("\n#### Quotes\n\n");
    out.write(FactSections.quotesMarkdown(facts, links));
    out.write("\n#### Entities\n\n");
    out.write(FactSections.entitiesMarkdown(facts));
  }

  private static void writeArticle(Article article, Writer out) throws IOException {
    out.write("\n### " + Text.markdown(Text.title(article), true) + "\n\n");
    field(out, "Id", article.id());
    field(out, "Source", article.source());
    field(out, "Site", article.site());
    field(out, "URL", article.url());
    if (article.canonicalUrl() != null && !article.canonicalUrl().equals(article.url())) {
      field(out, "Canonical URL", article.canonicalUrl());
    }
    field(out, "Byline", article.byline());
    field(out, "Published", Text.published(article.published()));
    field(out, "Language", article.language());
    for (Problem problem : article.problems()) {
      field(
          out,
          problem.fatal() ? "Error" : "Warning",
          "[" + problem.code() + "] " + problem.message());
    }
    out.write('\n');
    boolean inList = false;
    for (Block block : article.blocks()) {
      String text = Text.markdown(block.of(article.text()), true);
      if (inList && block.kind() != BlockKind.LIST_ITEM) {
        out.write('\n'); // a blank line ends the list
      }
      inList = block.kind() == BlockKind.LIST_ITEM;
      switch (block.kind()) {
        case HEADING -> out.write("#### " + text + "\n\n");
        case LIST_ITEM -> out.write("- " + text + "\n");
        case QUOTE -> out.write("> " + text + "\n\n");
        case PARAGRAPH -> out.write(text + "\n\n");
      }
    }
    if (inList) {
      out.write('\n');
    }
    if (article.blocks().isEmpty() && !article.text().isBlank()) {
      out.write(Text.markdown(article.text(), true) + "\n\n");
    }
  }

  private static void field(Writer out, String name, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write("- **" + name + ":** " + Text.markdown(value, true) + "\n");
    }
  }

  private static String summary(Article article) {
    StringBuilder s = new StringBuilder();
    if (article.site() != null) {
      s.append(Text.markdown(article.site(), true)).append(", ");
    }
    s.append(article.published() == null ? "undated" : article.published().iso());
    s.append(", ").append(Text.markdown(article.source(), true));
    return s.toString();
  }

  static String count(int n, String noun) {
    String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }
}
