package org.triangulate.eval.facts;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.triangulate.core.Article;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.StoryFacts;
import org.triangulate.eval.Datasets;
import org.triangulate.facts.FactExtractor;

/**
 * Cross-document entity coreference on ECB+ ({@code ecbplus-dev}): gold participant (HUMAN_*,
 * NON_HUMAN_*) and location (LOC_*) mentions in the sentences selected for annotation, clustered
 * within each topic by our entity resolution (a gold mention takes the story entity of the system
 * mention it overlaps most, else stays alone), against two baselines in the same run: all
 * singletons, and same lower-cased mention text; and ours with that text match for the mentions no
 * name covers. Prints MUC, B³, CEAF-e and CoNLL F1. Most gold mentions are common nouns and
 * pronouns ("the actress", "he") that a name-based resolver does not cover, so read this as the
 * name-linking share of the task. With {@code --corpus meantime} the same scoring runs on the
 * MEANTIME English corpus ({@code meantime}: all ENTITY_MENTIONs of 120 Wikinews articles in four
 * topics, clustered by their REFERS_TO instances). Run: {@code EcbCorefEvaluation [--corpus
 * ecbplus|meantime]}.
 */
public final class EcbCorefEvaluation {
  private EcbCorefEvaluation() {}

  private static final Pattern TOKEN = Pattern.compile("<token ([^>]*)>([^<]*)</token>");
  private static final Pattern TOKEN_ID = Pattern.compile("\\bt_id=\"(\\d+)\"");
  private static final Pattern TOKEN_SENTENCE = Pattern.compile("\\bsentence=\"(\\d+)\"");
  private static final Pattern MARKABLE =
      Pattern.compile(
          "<([A-Z_]+)\\s(?:[^>]*\\s)?m_id=\"(\\d+)\"[^>]*(?<!/)>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern ANCHOR = Pattern.compile("t_id=\"(\\d+)\"");
  private static final Pattern TARGET = Pattern.compile("<[A-Z_]+\\s([^>]*\\bm_id=[^>]*)/>");
  private static final Pattern TARGET_ID = Pattern.compile("\\bm_id=\"(\\d+)\"");
  private static final Pattern TARGET_INSTANCE = Pattern.compile("\\binstance_id=\"([^\"]*)\"");
  private static final Pattern RELATION =
      Pattern.compile(
          "<(?:CROSS_DOC_COREF|INTRA_DOC_COREF|REFERS_TO)[^>]*>(.*?)<target m_id=\"(\\d+)\"",
          Pattern.DOTALL);
  private static final Pattern SOURCE = Pattern.compile("<source m_id=\"(\\d+)\"");

  /** A gold mention: document, character span in our text, gold cluster, surface. */
  record GoldMention(String doc, int start, int end, String cluster, String text) {}

  public static void main(String[] args) throws IOException {
    String corpus = args.length == 2 && args[0].equals("--corpus") ? args[1] : "ecbplus";
    boolean meantime = corpus.equals("meantime");
    if (!meantime && !corpus.equals("ecbplus")) {
      throw new IllegalArgumentException("--corpus must be ecbplus or meantime, not " + corpus);
    }
    String dataset = meantime ? "meantime" : "ecbplus-dev";
    Path root =
        Datasets.find(dataset)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "dataset " + dataset + " not found; set -Dtriangulate.datasets=DIR"));
    // ECB+ annotates selected sentences only; MEANTIME annotates whole articles.
    Set<String> selected = new HashSet<>();
    if (!meantime) {
      for (String line :
          Files.readAllLines(root.resolve("ECBplus_coreference_sentences.csv"), UTF_8)) {
        String[] p = line.split(",");
        if (p.length == 3 && !p[0].equals("Topic")) {
          selected.add(p[0] + "_" + p[1] + "#" + p[2].strip());
        }
      }
    }
    Path documentsRoot =
        meantime
            ? root.resolve("data/meantime_newsreader_english_oct15/intra_cross-doc_annotation")
            : root.resolve("ECB+");
    FactExtractor facts = FactExtractor.builder().build();
    Map<GoldMention, String> gold = new LinkedHashMap<>();
    Map<GoldMention, String> ours = new HashMap<>();
    Map<GoldMention, String> singletons = new HashMap<>();
    Map<GoldMention, String> sameText = new HashMap<>();
    Map<GoldMention, String> hybrid = new HashMap<>();
    double[] ceafHybrid = new double[3];
    double[] ceafOurs = new double[3];
    double[] ceafSingle = new double[3];
    double[] ceafText = new double[3];
    int documents = 0;
    long started = System.nanoTime();
    Map<String, List<Path>> topics = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(documentsRoot)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        topics
            .computeIfAbsent(file.getParent().getFileName().toString(), k -> new ArrayList<>())
            .add(file);
      }
    }
    for (Map.Entry<String, List<Path>> topic : topics.entrySet()) {
      List<ArticleFacts> articleFacts = new ArrayList<>();
      List<GoldMention> topicMentions = new ArrayList<>();
      for (Path file : topic.getValue()) {
        String name = file.getFileName().toString().replace(".xml", "");
        String xml = Files.readString(file, UTF_8);
        Map<String, int[]> tokenSpans = new HashMap<>();
        Map<String, String> tokenSentence = new HashMap<>();
        StringBuilder text = new StringBuilder();
        String sentence = null;
        Matcher t = TOKEN.matcher(xml);
        while (t.find()) {
          Matcher id = TOKEN_ID.matcher(t.group(1));
          Matcher sentenceId = TOKEN_SENTENCE.matcher(t.group(1));
          if (!id.find() || !sentenceId.find()) {
            continue;
          }
          if (sentence != null && !sentence.equals(sentenceId.group(1))) {
            text.append("\n\n");
          } else if (sentence != null) {
            text.append(' ');
          }
          sentence = sentenceId.group(1);
          String token = unescape(t.group(2));
          tokenSpans.put(id.group(1), new int[] {text.length(), text.length() + token.length()});
          tokenSentence.put(id.group(1), sentence);
          text.append(token);
        }
        if (text.length() == 0) {
          continue;
        }
        documents++;
        Map<String, String> instanceOfTarget = new HashMap<>();
        Matcher target = TARGET.matcher(xml);
        while (target.find()) {
          Matcher id = TARGET_ID.matcher(target.group(1));
          Matcher instance = TARGET_INSTANCE.matcher(target.group(1));
          if (!id.find()) {
            continue;
          }
          if (instance.find()) {
            instanceOfTarget.put(id.group(1), instance.group(1));
          } else if (meantime) {
            // MEANTIME entities seen in one article only carry no instance id.
            instanceOfTarget.put(id.group(1), "doc:" + name + ":" + id.group(1));
          }
        }
        Map<String, String> clusterOf = new HashMap<>();
        Matcher relation = RELATION.matcher(xml);
        while (relation.find()) {
          String instance = instanceOfTarget.get(relation.group(2));
          Matcher source = SOURCE.matcher(relation.group(1));
          while (source.find() && instance != null) {
            clusterOf.put(source.group(1), instance);
          }
        }
        Matcher markable = MARKABLE.matcher(xml);
        while (markable.find()) {
          String tag = markable.group(1);
          boolean entity =
              meantime
                  ? tag.equals("ENTITY_MENTION")
                  : tag.startsWith("HUMAN_PART")
                      || tag.startsWith("NON_HUMAN_PART")
                      || tag.startsWith("LOC_");
          if (!entity) {
            continue;
          }
          int start = Integer.MAX_VALUE;
          int end = -1;
          String sentenceOf = null;
          Matcher anchor = ANCHOR.matcher(markable.group(3));
          while (anchor.find()) {
            int[] span = tokenSpans.get(anchor.group(1));
            if (span != null) {
              start = Math.min(start, span[0]);
              end = Math.max(end, span[1]);
              sentenceOf = tokenSentence.get(anchor.group(1));
            }
          }
          if (end < 0 || (!meantime && !selected.contains(name + "#" + sentenceOf))) {
            continue;
          }
          String cluster =
              clusterOf.getOrDefault(markable.group(2), "single:" + name + ":" + markable.group(2));
          GoldMention m = new GoldMention(name, start, end, cluster, text.substring(start, end));
          gold.put(m, cluster);
          topicMentions.add(m);
        }
        Article article =
            Article.builder(name + ".xml").id(name).text(text.toString(), List.of()).build();
        articleFacts.add(facts.extract(article));
      }
      StoryFacts story = facts.resolve(articleFacts);
      Map<GoldMention, String> topicGold = new HashMap<>();
      Map<GoldMention, String> topicOurs = new HashMap<>();
      Map<GoldMention, String> topicSingle = new HashMap<>();
      Map<GoldMention, String> topicText = new HashMap<>();
      Map<GoldMention, String> topicHybrid = new HashMap<>();
      for (GoldMention m : topicMentions) {
        topicGold.put(m, m.cluster());
        String best = null;
        int bestOverlap = 0;
        for (Entity e : story.entities()) {
          for (Mention sm : e.mentions()) {
            if (sm.article().equals(m.doc())) {
              int overlap = Math.min(sm.end(), m.end()) - Math.max(sm.start(), m.start());
              if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = e.id();
              }
            }
          }
        }
        String self = "self:" + m.doc() + ":" + m.start() + "-" + m.end();
        topicOurs.put(m, best == null ? self : topic.getKey() + ":" + best);
        topicSingle.put(m, self);
        topicText.put(m, topic.getKey() + ":" + m.text().toLowerCase(Locale.ROOT));
        topicHybrid.put(m, best == null ? topicText.get(m) : topic.getKey() + ":" + best);
      }
      ours.putAll(topicOurs);
      singletons.putAll(topicSingle);
      sameText.putAll(topicText);
      hybrid.putAll(topicHybrid);
      add(ceafHybrid, CorefScores.ceafTotals(topicGold, topicHybrid));
      add(ceafOurs, CorefScores.ceafTotals(topicGold, topicOurs));
      add(ceafSingle, CorefScores.ceafTotals(topicGold, topicSingle));
      add(ceafText, CorefScores.ceafTotals(topicGold, topicText));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s — %d topics, %d documents, %d gold entity mentions, %d gold clusters, %.1f s%n",
        meantime
            ? "MEANTIME English (meantime, not tuned on)"
            : "ECB+ (ecbplus-dev, dev figures; participants and locations)",
        topics.size(),
        documents,
        gold.size(),
        CorefScores.clusters(gold).size(),
        seconds);
    print("singletons (baseline)", gold, singletons, ceafSingle);
    print("same text (baseline)", gold, sameText, ceafText);
    print("triangulate facts", gold, ours, ceafOurs);
    print("facts + same text", gold, hybrid, ceafHybrid);
    System.out.println(
        "  anchors: none published for "
            + (meantime ? "MEANTIME" : "ECB+")
            + " entity coreference in the stored sources");
  }

  private static void add(double[] total, double[] part) {
    for (int i = 0; i < 3; i++) {
      total[i] += part[i];
    }
  }

  private static void print(
      String name, Map<GoldMention, String> gold, Map<GoldMention, String> system, double[] ceaf) {
    CorefScores.Prf muc = CorefScores.muc(gold, system);
    CorefScores.Prf b3 = CorefScores.b3(gold, system);
    CorefScores.Prf ce =
        new CorefScores.Prf(
            ceaf[2] == 0 ? 0 : ceaf[0] / ceaf[2], ceaf[1] == 0 ? 0 : ceaf[0] / ceaf[1]);
    System.out.printf(
        Locale.ROOT,
        "  %-22s MUC F1 %6.2f | B3 F1 %6.2f | CEAF-e F1 %6.2f | CoNLL F1 %6.2f%n",
        name,
        100 * muc.f1(),
        100 * b3.f1(),
        100 * ce.f1(),
        100 * (muc.f1() + b3.f1() + ce.f1()) / 3);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
