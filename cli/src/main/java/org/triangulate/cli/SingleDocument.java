package org.triangulate.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.core.Article;
import org.triangulate.core.Problem;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads one command-line document (a file or an http(s) URL) into exactly one article, for the
 * commands that look at single documents ({@code align}, {@code facts}).
 */
final class SingleDocument {
  private SingleDocument() {}

  /**
   * The article of {@code input}.
   *
   * @throws ParameterException if the input names no file, or a file or feed with several articles
   * @throws DocumentException if the document gives no article, naming it and the problem
   */
  static Article read(Pipeline pipeline, String input, String label, CommandLine commandLine) {
    check(input, label, commandLine);
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    pipeline.extract(
        List.of(input),
        new PipelineListener() {
          @Override
          public void problem(Problem problem) {
            problems.add(problem);
          }
        },
        articles::add);
    if (articles.isEmpty()) {
      StringBuilder message = new StringBuilder(label + " " + input + " gives no article");
      for (Problem problem : problems) {
        message.append("\n  ").append(problem);
      }
      throw new DocumentException(message.toString());
    }
    if (articles.size() > 1) {
      throw new ParameterException(
          commandLine,
          String.format(
              Locale.ROOT,
              "%s %s gives %d articles (a folder, feed, WARC or JSON Lines file?); name a document"
                  + " with one article",
              label,
              input,
              articles.size()));
    }
    return articles.get(0);
  }

  private static void check(String input, String label, CommandLine commandLine) {
    if (input.isBlank()) {
      throw new ParameterException(commandLine, label + " must not be blank");
    }
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        URI uri = new URI(input);
        if (uri.getHost() == null) {
          throw new ParameterException(commandLine, label + " " + input + " is a URL without host");
        }
      } catch (URISyntaxException e) {
        throw new ParameterException(
            commandLine,
            label + " " + input + " is no valid URL: " + e.getMessage(),
            e,
            null,
            input);
      }
      return;
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      throw new ParameterException(
          commandLine,
          label + " " + input + " is no valid path: " + e.getMessage(),
          e,
          null,
          input);
    }
    if (!Files.exists(path)) {
      throw new ParameterException(commandLine, label + " " + input + ": no such file");
    }
    if (Files.isDirectory(path)) {
      throw new ParameterException(
          commandLine, label + " " + input + " is a folder; name one document");
    }
  }
}
