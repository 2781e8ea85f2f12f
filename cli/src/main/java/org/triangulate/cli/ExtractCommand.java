package org.triangulate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.triangulate.core.Article;
import org.triangulate.pipeline.RunSummary;
import org.triangulate.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code triangulate extract PATH...}: one JSON object per article on stdout. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads documents and prints one JSON object per article on stdout (JSON Lines) with id,"
          + " source, site, url, canonicalUrl, title, byline, published, publishedSource,"
          + " publishedConfidence, language, text, blocks and problems.",
      "Documents that give no article are reported on stderr. Nothing is stored."
    })
final class ExtractCommand implements Callable<Integer> {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  @ParentCommand TriangulateCommand top;

  @Mixin InputPaths input;

  @Override
  public Integer call() {
    RunSummary summary;
    try (var listener = top.listener("extract")) {
      summary = top.pipeline().build().extract(input.inputs(), listener, this::print);
    }
    top.console.out().flush();
    return top.finish("extract", summary);
  }

  private void print(Article article) {
    var line = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(line)) {
      JsonReport.writeArticle(json, article);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    top.console.out().print(line);
    top.console.out().print('\n');
    top.console.out().flush(); // a reader at the other end of a pipe gets whole lines at once
  }
}
