package org.triangulate.eval.facts;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.core.facts.EntityType;
import org.triangulate.eval.Datasets;
import org.triangulate.facts.HeuristicNer;
import org.triangulate.facts.NamedEntity;
import org.triangulate.facts.NamedEntityRecognizer;
import org.triangulate.facts.TextRange;
import org.triangulate.ner.corenlp.CoreNlpNer;

/**
 * Entity-level NER on CoNLL-2003 English dev ({@code conll2003/eng.testa}): exact span and type,
 * micro P/R/F1 (conlleval style), plus untyped span F1, and the time taken, for the light {@link
 * HeuristicNer} and each CoreNLP CRF model ({@code triangulate-ner-corenlp}). Sentences are given
 * to the recognisers as the tokens joined by spaces. Run: {@code ConllNerEvaluation [--file
 * eng.testa]}.
 */
public final class ConllNerEvaluation {
  private ConllNerEvaluation() {}

  /** Gold or system entity: character span and CoNLL type. */
  record Span(int start, int end, String type) {}

  public static void main(String[] args) throws IOException {
    String file = args.length == 2 && args[0].equals("--file") ? args[1] : "eng.testa";
    Path root =
        Datasets.find("conll2003")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "dataset conll2003 not found; set -Dtriangulate.datasets=DIR"));
    List<String> lines = Files.readAllLines(root.resolve(file), UTF_8);
    StringBuilder text = new StringBuilder();
    List<TextRange> sentences = new ArrayList<>();
    List<Span> gold = new ArrayList<>();
    int sentenceStart = 0;
    int entityStart = -1;
    String entityType = null;
    int lastTokenEnd = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        if (entityStart >= 0) {
          gold.add(new Span(entityStart, lastTokenEnd, entityType));
          entityStart = -1;
        }
        if (text.length() > sentenceStart) {
          sentences.add(new TextRange(sentenceStart, text.length()));
          text.append("\n\n");
          sentenceStart = text.length();
        }
        continue;
      }
      String[] cols = line.split(" ");
      String token = cols[0];
      String tag = cols[cols.length - 1];
      if (text.length() > sentenceStart) {
        text.append(' ');
      }
      int start = text.length();
      text.append(token);
      boolean begins =
          tag.startsWith("B-")
              || (tag.startsWith("I-")
                  && (entityStart < 0 || !tag.substring(2).equals(entityType)));
      if (tag.equals("O") || begins) {
        if (entityStart >= 0) {
          gold.add(new Span(entityStart, lastTokenEnd, entityType));
          entityStart = -1;
        }
      }
      if (begins) {
        entityStart = start;
        entityType = tag.substring(2);
      }
      lastTokenEnd = text.length();
    }
    if (entityStart >= 0) {
      gold.add(new Span(entityStart, lastTokenEnd, entityType));
    }
    if (text.length() > sentenceStart) {
      sentences.add(new TextRange(sentenceStart, text.length()));
    }
    String body = text.toString();
    System.out.printf(
        Locale.ROOT,
        "CoNLL-2003 %s (dev) — %d sentences, %d gold entities%n",
        file,
        sentences.size(),
        gold.size());
    List<String> names = new ArrayList<>(List.of("heuristic"));
    names.addAll(coreNlpModels());
    for (String name : names) {
      NamedEntityRecognizer recognizer;
      long loadStart = System.nanoTime();
      recognizer = name.equals("heuristic") ? new HeuristicNer() : coreNlp(name);
      double load = (System.nanoTime() - loadStart) / 1e9;
      recognizer.recognize(
          body.substring(0, Math.min(body.length(), 20_000)), sentences.subList(0, 0));
      long started = System.nanoTime();
      List<NamedEntity> found = recognizer.recognize(body, sentences);
      double seconds = (System.nanoTime() - started) / 1e9;
      Set<Span> goldSet = new HashSet<>(gold);
      Set<Span> goldUntyped = new HashSet<>();
      gold.forEach(g -> goldUntyped.add(new Span(g.start(), g.end(), "")));
      int typed = 0;
      int untyped = 0;
      for (NamedEntity e : found) {
        if (goldSet.contains(new Span(e.start(), e.end(), conll(e.type())))) {
          typed++;
        }
        if (goldUntyped.contains(new Span(e.start(), e.end(), ""))) {
          untyped++;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "  %-22s typed %s | spans F1 %6.2f | %.2f s (%.0f sentences/s), load %.1f s%n",
          name,
          Scores.of(typed, found.size(), gold.size()).format(),
          100 * Scores.of(untyped, found.size(), gold.size()).f1(),
          seconds,
          sentences.size() / seconds,
          load);
    }
    System.out.println(
        "  anchors: best CoNLL-2003 shared-task system F1 88.76 on the test set (testb), not dev;"
            + " CoreNLP's CoNLL model was trained on CoNLL data, so its dev figure is optimistic");
  }

  private static String conll(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case LOCATION -> "LOC";
      case ORGANIZATION -> "ORG";
      case MISC -> "MISC";
    };
  }

  private static List<String> coreNlpModels() {
    List<String> names = new ArrayList<>();
    for (CoreNlpNer.Model model : CoreNlpNer.Model.values()) {
      names.add(model.name());
    }
    return names;
  }

  private static NamedEntityRecognizer coreNlp(String model) {
    return CoreNlpNer.of(CoreNlpNer.Model.valueOf(model));
  }
}
