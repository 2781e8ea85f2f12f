package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.Problem;
import org.triangulate.core.Span;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.report.story.FactSections;
import org.triangulate.report.story.LineageSvg;
import org.triangulate.report.story.PassageMarkup;
import org.triangulate.report.story.SourceLinks;
import org.triangulate.report.story.StoryHtml;

/**
 * {@code report.html}: one self-contained page (inline CSS, no scripts, no external assets).
 * Scraped strings are hostile: every one is escaped, links are made only from http(s) URLs, and a
 * Content Security Policy forbids scripts and remote loads even if something slipped through.
 */
public final class HtmlReport implements Report {
  private static final String CSS =
      """
      body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d232a;\
      background:#f6f7f9}
      header,main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
      header{border-bottom:1px solid #d8dde3}
      h1{font-size:1.6rem;margin:.2rem 0}
      h2{font-size:1.3rem;margin-top:2rem}
      .story,.article{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:.8rem 1.2rem;\
      margin:1rem 0}
      .story h3,.article h3{margin:.2rem 0 .5rem;font-size:1.1rem}
      dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font-size:.9rem;\
      color:#4a5561;margin:.5rem 0}
      .meta dt{font-weight:600}
      .meta dd{margin:0;overflow-wrap:anywhere}
      .problem{font-size:.9rem;margin:.2rem 0}
      .problem.error{color:#a40e26}
      .problem.warning{color:#8a5a00}
      .body{border-top:1px solid #eef0f3;margin-top:.6rem;padding-top:.4rem}
      .body h4{margin:.8rem 0 .3rem}
      blockquote{border-left:3px solid #c6ccd4;margin:.6rem 0;padding-left:.8rem;color:#333d47}
      details summary{cursor:pointer;color:#2b5c9e}
      code{font-size:.85rem}
      .muted{color:#4a5561;font-size:.9rem}
      """;

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public void write(Analysis analysis, Writer out) throws IOException {
    Map<String, String> anchors = new HashMap<>();
    int n = 1;
    for (Article article : analysis.articles()) {
      anchors.put(article.id(), "article-" + n++); // ids from the input are not safe as anchors
    }
    Map<String, Article> byId = analysis.articlesById();
    SourceLinks links = SourceLinks.of(analysis.articles());
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src 'none'; script-src 'none'\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.write(
        "<title>Triangulate report</title>\n<style>\n"
            + CSS
            + StoryHtml.CSS
            + "</style>\n</head>\n<body>\n");
    out.write("<header>\n<h1>Triangulate report</h1>\n<p>");
    out.write(
        MarkdownReport.count(analysis.articles().size(), "article")
            + " in "
            + MarkdownReport.count(analysis.stories().size(), "story")
            + ". Machine-readable: <code>report.json</code> (schema version "
            + JsonReport.SCHEMA_VERSION
            + ").</p>\n</header>\n<main>\n");
    out.write("<h2>Stories</h2>\n");
    if (analysis.stories().isEmpty()) {
      out.write("<p>No stories.</p>\n");
    }
    for (Story story : analysis.stories()) {
      out.write(
          "<section class=\"story\">\n<h3>"
              + Text.html(Text.headline(story, analysis, byId))
              + "</h3>\n");
      out.write(
          "<p class=\"muted\">"
              + MarkdownReport.count(story.articleIds().size(), "article")
              + " &middot; story <code>"
              + Text.html(story.id())
              + "</code></p>\n<ul>\n");
      for (String id : story.articleIds()) {
        Article article = byId.get(id);
        out.write(
            "<li><a href=\"#"
                + anchors.get(id)
                + "\">"
                + Text.html(Text.title(article))
                + "</a> <span class=\"muted\">"
                + Text.html(article.site() == null ? "" : article.site() + ", ")
                + Text.html(article.published() == null ? "undated" : article.published().iso())
                + "</span></li>\n");
      }
      out.write("</ul>\n");
      writeStory(story, story.articleIds().stream().map(byId::get).toList(), analysis, links, out);
      out.write("</section>\n");
    }
    if (!analysis.problems().isEmpty()) {
      out.write("<h2>Problems</h2>\n<ul class=\"problems\">\n");
      int shown = 0;
      for (Problem problem : analysis.problems()) {
        if (shown++ >= StoryHtml.MAX_ROWS) {
          break;
        }
        out.write(
            "<li><code>"
                + Text.html(problem.document())
                + "</code> ["
                + Text.html(problem.code())
                + "] "
                + Text.html(problem.message())
                + "</li>\n");
      }
      out.write("</ul>\n");
      if (analysis.problems().size() > StoryHtml.MAX_ROWS) {
        out.write(
            "<p class=\"muted\">"
                + (analysis.problems().size() - StoryHtml.MAX_ROWS)
                + " more in report.json.</p>\n");
      }
    }
    Set<Span> cited = new LinkedHashSet<>();
    analysis.comparisons().values().forEach(c -> cited.addAll(StoryHtml.citedSpans(c)));
    for (StoryFacts facts : analysis.facts().values()) {
      for (ArticleFacts a : facts.articles()) {
        for (Quote q : a.quotes()) {
          cited.add(new Span(q.article(), q.start(), q.end()));
        }
      }
    }
    Map<String, List<Span>> citedByArticle = new HashMap<>();
    cited.forEach(
        s -> citedByArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(s));
    out.write("<h2>Articles</h2>\n");
    for (Article article : analysis.articles()) {
      writeArticle(
          article,
          anchors.get(article.id()),
          links,
          citedByArticle.getOrDefault(article.id(), List.of()),
          out);
    }
    out.write("</main>\n</body>\n</html>\n");
  }

  private static void writeStory(
      Story story, List<Article> articles, Analysis analysis, SourceLinks links, Writer out)
      throws IOException {
    Lineage lineage = analysis.lineages().get(story.id());
    for (Problem problem : story.problems()) {
      out.write(
          "<p class=\"problem warning\">warning ["
              + Text.html(problem.code())
              + "] "
              + Text.html(problem.message())
              + "</p>\n");
    }
    Comparison comparison = analysis.comparisons().get(story.id());
    if (comparison != null) {
      out.write(StoryHtml.section(comparison, lineage, articles, links));
    } else {
      out.write("<div class=\"comparison\">\n");
      if (story.independentSources() != null) {
        out.write(
            "<p><strong>"
                + MarkdownReport.count(story.independentSources(), "independent source")
                + "</strong></p>\n");
      }
      out.write("<h4>Who copied whom</h4>\n" + LineageSvg.svg(lineage, articles, links));
      out.write("<p class=\"muted\">No comparison: see the problems.</p>\n</div>\n");
    }
    out.write("<h4>Copies</h4>\n" + FactSections.lineageHtml(lineage, links));
    StoryFacts facts = analysis.facts().get(story.id());
    out.write("<h4>Quotes</h4>\n" + FactSections.quotesHtml(facts, links));
    out.write("<h4>Entities</h4>\n" + FactSections.entitiesHtml(facts));
  }

  private static void writeArticle(
      Article article, String anchor, SourceLinks links, List<Span> cited, Writer out)
      throws IOException {
    out.write("<article class=\"article\" id=\"" + anchor + "\">\n");
    out.write("<h3>" + Text.html(Text.title(article)) + "</h3>\n<dl class=\"meta\">\n");
    field(out, "Id", "<code>" + Text.html(article.id()) + "</code>");
    field(out, "Source", Text.html(article.source()));
    if (article.site() != null) {
      field(out, "Site", Text.html(article.site()));
    }
    if (article.url() != null) {
      field(out, "URL", link(article.url()));
    }
    if (article.canonicalUrl() != null && !article.canonicalUrl().equals(article.url())) {
      field(out, "Canonical URL", link(article.canonicalUrl()));
    }
    if (article.byline() != null) {
      field(out, "Byline", Text.html(article.byline()));
    }
    field(out, "Published", Text.html(Text.published(article.published())));
    field(out, "Language", Text.html(article.language()));
    out.write("</dl>\n");
    for (Problem problem : article.problems()) {
      String kind = problem.fatal() ? "error" : "warning";
      out.write(
          "<p class=\"problem "
              + kind
              + "\">"
              + kind
              + " ["
              + Text.html(problem.code())
              + "] "
              + Text.html(problem.message())
              + "</p>\n");
    }
    out.write("<details class=\"body\" open>\n<summary>Text</summary>\n");
    if (!cited.isEmpty()) {
      // the cited passages are marked and anchored so that citation links land on them
      out.write(PassageMarkup.html(article, links, cited));
      out.write("</details>\n</article>\n");
      return;
    }
    boolean inList = false;
    for (Block block : article.blocks()) {
      String text = Text.html(block.of(article.text()));
      if (inList && block.kind() != org.triangulate.core.BlockKind.LIST_ITEM) {
        out.write("</ul>\n");
        inList = false;
      }
      switch (block.kind()) {
        case HEADING -> out.write("<h4>" + text + "</h4>\n");
        case PARAGRAPH -> out.write("<p>" + text + "</p>\n");
        case QUOTE -> out.write("<blockquote>" + text + "</blockquote>\n");
        case LIST_ITEM -> {
          if (!inList) {
            out.write("<ul>\n");
            inList = true;
          }
          out.write("<li>" + text + "</li>\n");
        }
      }
    }
    if (inList) {
      out.write("</ul>\n");
    }
    if (article.blocks().isEmpty() && !article.text().isBlank()) {
      out.write("<p>" + Text.html(article.text()) + "</p>\n");
    }
    out.write("</details>\n</article>\n");
  }

  private static void field(Writer out, String name, String escapedValue) throws IOException {
    out.write("<dt>" + name + "</dt><dd>" + escapedValue + "</dd>\n");
  }

  private static String link(String url) {
    String safe = Text.linkable(url);
    if (safe == null) {
      return Text.html(url); // javascript:, data: and the like stay plain text
    }
    return "<a href=\""
        + Text.html(safe)
        + "\" rel=\"noopener noreferrer nofollow\">"
        + Text.html(url)
        + "</a>";
  }
}
