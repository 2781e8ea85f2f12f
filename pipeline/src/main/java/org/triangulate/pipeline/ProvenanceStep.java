package org.triangulate.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.report.Analysis;
import org.triangulate.reuse.PassageEmbedder;
import org.triangulate.reuse.ProvenanceEngine;

/**
 * Finds who copied whom with the {@link ProvenanceEngine}: adds the articles in publication order
 * (incrementally: with a folder, the index of earlier runs is kept there and only new articles are
 * compared), then computes each story's {@link Lineage} and sets the story's independent-source
 * count. It runs after the stories step because a lineage is computed over one story's articles;
 * adding articles to the engine does not depend on stories. Dated articles are compared with the
 * articles published within the candidate window of them (see {@link
 * ProvenanceEngine.Builder#candidateWindow}); undated ones with all.
 */
public final class ProvenanceStep implements AnalysisStep {
  private final Path folder;
  private final PassageEmbedder embedder;
  private final Duration candidateWindow;

  /**
   * @param folder where the reuse index is kept, or null for an index in memory
   * @param embedder the model of the semantic channel, or null for lexical evidence only
   */
  public ProvenanceStep(Path folder, PassageEmbedder embedder) {
    this(folder, embedder, null);
  }

  /**
   * @param folder where the reuse index is kept, or null for an index in memory
   * @param embedder the model of the semantic channel, or null for lexical evidence only
   * @param candidateWindow how far apart in publication time two dated articles may be to be
   *     compared, or null for the engine's default
   */
  public ProvenanceStep(Path folder, PassageEmbedder embedder, Duration candidateWindow) {
    this.folder = folder;
    this.embedder = embedder;
    this.candidateWindow = candidateWindow;
  }

  @Override
  public Analysis apply(Analysis analysis) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Lineage> lineages = new LinkedHashMap<>();
    List<Story> stories = new ArrayList<>();
    ProvenanceEngine.Builder builder = ProvenanceEngine.builder().folder(folder).embedder(embedder);
    if (candidateWindow != null) {
      builder.candidateWindow(candidateWindow);
    }
    try (ProvenanceEngine engine = builder.build()) {
      for (Article article : TimeOrder.of(analysis.articles())) {
        try {
          problems.addAll(engine.add(article).problems());
        } catch (RuntimeException e) {
          problems.add(
              Problem.warning(article.id(), "provenance-error", "provenance failed: " + e));
        }
      }
      engine.commit();
      for (Story story : analysis.stories()) {
        try {
          Lineage lineage = engine.lineage(story.articleIds());
          lineages.put(story.id(), lineage);
          int sources = Math.max(1, Math.min(story.size(), lineage.independentSources()));
          stories.add(story.withIndependentSources(sources));
        } catch (RuntimeException e) {
          problems.add(
              Problem.warning(story.id(), "lineage-error", "lineage of the story failed: " + e));
          stories.add(story);
        }
      }
    }
    return analysis.withStories(stories).withLineages(lineages).withProblems(problems);
  }

  @Override
  public String name() {
    return "provenance";
  }
}
