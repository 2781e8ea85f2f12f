package org.triangulate.eval.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.triangulate.compare.StoryComparator;
import org.triangulate.compare.StoryInput;
import org.triangulate.core.Article;
import org.triangulate.core.Story;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.facts.FactExtractor;
import org.triangulate.pipeline.AnalyzeResult;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.report.story.SourceLinks;
import org.triangulate.report.story.StoryMarkdown;
import org.triangulate.reuse.ProvenanceEngine;
import org.triangulate.stories.StoryClusterer;

/**
 * A look at the compare stage on a folder of articles (by default the bundled {@code examples/}):
 * extraction, stories, provenance and facts from the real stages, then each story's comparison
 * printed as Markdown. A development aid, not a score: the example corpus is where the planted
 * contradictions were designed.
 *
 * <p>Usage: {@code CompareExamples [folder] [brief-sentences]}.
 */
public final class CompareExamples {
  private CompareExamples() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples");
    int brief = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(f -> !f.getFileName().toString().endsWith(".md"))
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(f -> inputs.add(f.toString()));
    }
    AnalyzeResult result = Pipeline.builder().build().analyze(inputs, PipelineListener.NONE);
    List<Article> articles = result.analysis().articles();
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    StoryClusterer clusterer = StoryClusterer.builder().build();
    articles.forEach(clusterer::assign);
    FactExtractor facts = FactExtractor.builder().build();
    StoryComparator comparator = StoryComparator.builder().briefSentences(brief).build();
    try (ProvenanceEngine engine = ProvenanceEngine.builder().build()) {
      articles.forEach(engine::add);
      for (Story story : clusterer.stories()) {
        List<Article> members = story.articleIds().stream().map(byId::get).toList();
        List<ArticleFacts> perArticle = members.stream().map(facts::extract).toList();
        Lineage lineage = engine.lineage(story.articleIds());
        Comparison c =
            comparator.compare(
                new StoryInput(story.id(), members, lineage, facts.resolve(perArticle)));
        System.out.println("### Story " + story.id() + ": " + story.label());
        System.out.println();
        System.out.println(StoryMarkdown.section(c, SourceLinks.of(members)));
        c.problems().forEach(p -> System.out.println("problem: " + p));
        System.out.println();
      }
    }
  }
}
