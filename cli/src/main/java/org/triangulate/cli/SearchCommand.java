package org.triangulate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleStore.SearchHit;
import org.triangulate.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate search QUERY}: full-text search over the store. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the titles and texts of the stored articles, best first.",
      "All words must match; \"a phrase\" matches words in a row; a | b matches either;"
          + " -word excludes; prefix* matches word beginnings. Works while an ingest runs"
          + " (it sees that run's last commit)."
    })
final class SearchCommand implements Callable<Integer> {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  @ParentCommand TriangulateCommand top;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the words to search for")
  List<String> words;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "10",
      description = "show at most N hits (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "print JSON Lines (id, title, source, score, snippet)")
  boolean json;

  @Override
  public Integer call() {
    String query = String.join(" ", words).strip();
    if (query.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "QUERY must not be blank");
    }
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    LuceneArticleStore store;
    try {
      store = LuceneArticleStore.openReadOnly(top.store);
    } catch (IllegalArgumentException e) {
      throw new SetupException(e.getMessage(), e);
    }
    try (store) {
      List<SearchHit> hits = store.search(query, limit);
      PrintStream out = top.console.out();
      int rank = 1;
      for (SearchHit hit : hits) {
        String source = store.get(hit.articleId()).map(Article::source).orElse(null);
        if (json) {
          out.println(json(hit, source));
        } else {
          out.println(
              rank++
                  + ". "
                  + (hit.title() == null ? "(untitled)" : hit.title())
                  + String.format(Locale.ROOT, "  [%s, score %.2f]", hit.articleId(), hit.score()));
          out.println("   " + hit.snippet());
          out.println("   " + source);
        }
      }
      out.flush();
      top.console
          .err()
          .println(
              hits.size()
                  + (hits.size() == 1 ? " hit" : " hits")
                  + " in "
                  + store.size()
                  + " stored articles");
    }
    return Triangulate.OK;
  }

  private static String json(SearchHit hit, String source) {
    var line = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(line)) {
      json.writeStartObject();
      json.writeStringField("id", hit.articleId());
      json.writeStringField("title", hit.title());
      json.writeStringField("source", source);
      json.writeNumberField("score", hit.score());
      json.writeStringField("snippet", hit.snippet());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return line.toString();
  }
}
