package org.triangulate.eval.facts;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.triangulate.eval.Datasets;
import org.triangulate.facts.HeuristicNer;
import org.triangulate.facts.NamedEntity;
import org.triangulate.facts.QuoteExtractor;
import org.triangulate.facts.SentenceSplitter;
import org.triangulate.facts.TextRange;

/**
 * Quote attribution on PolNeAR ({@code polnear}, dev split by default; {@code --split train}):
 * content-span precision/recall/F1, exact (after trimming quotation marks, white space and final
 * punctuation) and overlap (one-to-one, any shared character), and source attribution: a matched
 * content whose system speaker phrase overlaps the gold source span. One annotator file per article
 * (the first by name). No published system scores exist for PolNeAR; the corpus paper reports
 * inter-annotator agreement only.
 */
public final class QuoteEvaluation {
  private QuoteEvaluation() {}

  /** One gold attribution: content span and source span (start -1 when absent). */
  record Gold(int contentStart, int contentEnd, int sourceStart, int sourceEnd) {}

  public static void main(String[] args) throws IOException {
    String split = "dev";
    int maxErrors = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--split" -> split = args[i + 1];
        case "--errors" -> maxErrors = Integer.parseInt(args[i + 1]);
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + "; use --split dev|train and --errors N");
      }
    }
    List<String> errors = new ArrayList<>();
    Path root =
        Datasets.find("polnear")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "dataset polnear not found; set -Dtriangulate.datasets=DIR"));
    Path folder = root.resolve("data").resolve(split);
    Map<String, Path> annotations = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder.resolve("attributions"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".ann")) {
          continue;
        }
        String article = name.substring(0, name.lastIndexOf('_'));
        annotations.putIfAbsent(article, file);
      }
    }
    SentenceSplitter splitter = new SentenceSplitter();
    HeuristicNer ner = new HeuristicNer();
    QuoteExtractor extractor = new QuoteExtractor();
    int system = 0;
    int gold = 0;
    int exact = 0;
    int overlapSystem = 0;
    int overlapGold = 0;
    int systemWithSpeaker = 0;
    int goldWithSource = 0;
    int sourceCorrect = 0;
    int articles = 0;
    long started = System.nanoTime();
    for (Map.Entry<String, Path> entry : annotations.entrySet()) {
      Path textFile = folder.resolve("text").resolve(entry.getKey() + ".txt");
      if (!Files.isRegularFile(textFile)) {
        continue;
      }
      articles++;
      String text = Files.readString(textFile, UTF_8);
      List<Gold> golds = parse(Files.readAllLines(entry.getValue(), UTF_8));
      List<TextRange> sentences = splitter.split(text);
      List<NamedEntity> entities = ner.recognize(text, sentences);
      List<QuoteExtractor.Found> found =
          extractor.extract(entry.getKey(), text, sentences, entities).quotes();
      system += found.size();
      gold += golds.size();
      for (Gold g : golds) {
        if (g.sourceStart() >= 0) {
          goldWithSource++;
        }
      }
      for (QuoteExtractor.Found f : found) {
        if (f.speakerPhraseStart() >= 0) {
          systemWithSpeaker++;
        }
      }
      boolean[] goldUsed = new boolean[golds.size()];
      for (QuoteExtractor.Found f : found) {
        for (int i = 0; i < golds.size(); i++) {
          Gold g = golds.get(i);
          if (goldUsed[i] || g.contentEnd() <= f.start() || f.end() <= g.contentStart()) {
            continue;
          }
          goldUsed[i] = true;
          overlapSystem++;
          overlapGold++;
          if (trimmed(text, f.start(), f.end())
              .equals(trimmed(text, g.contentStart(), g.contentEnd()))) {
            exact++;
          }
          if (g.sourceStart() >= 0
              && f.speakerPhraseStart() >= 0
              && f.speakerPhraseStart() < g.sourceEnd()
              && g.sourceStart() < f.speakerPhraseEnd()) {
            sourceCorrect++;
          } else if (errors.size() < maxErrors) {
            errors.add(
                "SOURCE gold '"
                    + (g.sourceStart() >= 0 ? text.substring(g.sourceStart(), g.sourceEnd()) : "")
                    + "' system '"
                    + (f.speakerPhraseStart() >= 0
                        ? text.substring(f.speakerPhraseStart(), f.speakerPhraseEnd())
                        : "")
                    + "' in: "
                    + snippet(text, Math.min(f.start(), g.contentStart())));
          }
          break;
        }
      }
      for (int i = 0; i < golds.size() && errors.size() < maxErrors; i++) {
        Gold g = golds.get(i);
        if (!goldUsed[i] && g.sourceStart() >= 0) {
          errors.add(
              "MISSED source '"
                  + text.substring(g.sourceStart(), g.sourceEnd())
                  + "' in: "
                  + snippet(text, Math.min(g.sourceStart(), g.contentStart())));
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "PolNeAR %s (dev figures) — %d articles, %d gold attributions, %d system quotes, %.2f s%n",
        split,
        articles,
        gold,
        system,
        seconds);
    System.out.println("  content exact    " + Scores.of(exact, system, gold).format());
    System.out.println(
        "  content overlap  " + new Scores(overlapSystem, system, overlapGold, gold).format());
    System.out.println(
        "  source (on overlapping contents) "
            + Scores.of(sourceCorrect, systemWithSpeaker, goldWithSource).format());
    System.out.println(
        "  anchors: none published for systems on PolNeAR (annotator agreement: alpha 75.4%)");
    errors.forEach(System.out::println);
  }

  /** Attributions from BRAT lines: Content and Source spans joined by E lines. */
  static List<Gold> parse(List<String> lines) {
    Map<String, int[]> spans = new HashMap<>();
    List<Gold> out = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\t");
      if (parts.length >= 2 && line.startsWith("T")) {
        String[] typeAndSpans = parts[1].split(" ", 2);
        if (typeAndSpans.length < 2) {
          continue;
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String fragment : typeAndSpans[1].split(";")) {
          String[] se = fragment.trim().split(" ");
          if (se.length == 2) {
            start = Math.min(start, Integer.parseInt(se[0]));
            end = Math.max(end, Integer.parseInt(se[1]));
          }
        }
        if (end >= 0) {
          spans.put(parts[0], new int[] {start, end});
        }
      }
    }
    for (String line : lines) {
      String[] parts = line.split("\t");
      if (parts.length < 2 || !line.startsWith("E")) {
        continue;
      }
      int[] content = null;
      int[] source = null;
      for (String role : parts[1].split(" ")) {
        int colon = role.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = role.substring(0, colon);
        int[] span = spans.get(role.substring(colon + 1));
        if (name.startsWith("Content")) {
          content = span;
        } else if (name.startsWith("Source")) {
          source = span;
        }
      }
      if (content != null) {
        out.add(
            new Gold(
                content[0],
                content[1],
                source == null ? -1 : source[0],
                source == null ? -1 : source[1]));
      }
    }
    return out;
  }

  private static String snippet(String text, int from) {
    int start = Math.max(0, from - 40);
    return text.substring(start, Math.min(text.length(), start + 200)).replace('\n', ' ');
  }

  private static String trimmed(String text, int start, int end) {
    String s = text.substring(Math.max(0, start), Math.min(text.length(), end));
    return s.replaceAll("^[\\s\"“”‘’']+|[\\s\"“”‘’'.,;:!?]+$", "");
  }
}
