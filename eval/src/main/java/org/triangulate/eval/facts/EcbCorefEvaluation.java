package org.triangulate.eval.facts;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.triangulate.facts.MentionClusterer;
import org.triangulate.ner.corenlp.CoreNlpNer;

/**
 * Cross-document entity coreference on ECB+ ({@code ecbplus-dev}): gold participant (HUMAN_*,
 * NON_HUMAN_*) and location (LOC_*) mentions in the sentences selected for annotation, clustered
 * within each topic. Every system clusters the same gold mentions and is scored by the same MUC,
 * B³, CEAF-e and CoNLL F1: all singletons and same lower-cased text (the baselines), same
 * normalised text ({@link MentionClusterer#normalized}), our recognised names only (a gold mention
 * takes the story entity of the system mention it overlaps most, else stays alone; the first
 * sessions' figure), and {@code triangulate}: {@link MentionClusterer} over the story our {@link
 * FactExtractor} resolved (normalised-text clusters joined by the story entities that head the
 * mentions). Tokens are joined the way a writer types them ("Lohan's", "U.S.", “quoted”), since the
 * recogniser reads that text. With {@code --corpus meantime} the same scoring runs on the MEANTIME
 * English corpus ({@code meantime}: all ENTITY_MENTIONs of 120 Wikinews articles in four topics,
 * clustered by their REFERS_TO instances). Run: {@code EcbCorefEvaluation [--corpus
 * ecbplus|meantime] [--topics all|train|dev] [--ner heuristic|CONLL_4CLASS|...] [--errors N]}:
 * {@code --ner} picks the recogniser (a {@code CoreNlpNer.Model} name for CoreNLP); {@code
 * --topics} picks the ECB+ training topics or the validation topics of the common split (2, 5, 12,
 * 18, 21, 23, 34, 35); {@code --errors N} lists the N most frequent wrongly joined and wrongly
 * split pairs of mention texts.
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

  /** One document: its text as we rebuild it from the tokens, and its gold mentions. */
  record Document(String name, String text, List<GoldMention> mentions) {}

  /** One topic: the documents whose mentions are clustered together. */
  record Topic(String name, List<Document> documents) {}

  /** ECB+ validation topics of the common split; the others are the training topics. */
  static final Set<String> ECB_VALIDATION_TOPICS =
      Set.of("2", "5", "12", "18", "21", "23", "34", "35");

  public static void main(String[] args) throws IOException {
    String corpus = "ecbplus";
    String topicsWanted = "all";
    int errors = 0;
    String ner = "heuristic";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--corpus" -> corpus = args[i + 1];
        case "--ner" -> ner = args[i + 1];
        case "--topics" -> topicsWanted = args[i + 1];
        case "--errors" -> errors = Integer.parseInt(args[i + 1]);
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + "; use --corpus, --topics, --ner or --errors");
      }
    }
    boolean meantime = corpus.equals("meantime");
    if (!meantime && !corpus.equals("ecbplus")) {
      throw new IllegalArgumentException("--corpus must be ecbplus or meantime, not " + corpus);
    }
    if (!Set.of("all", "train", "dev").contains(topicsWanted)) {
      throw new IllegalArgumentException("--topics must be all, train or dev, not " + topicsWanted);
    }
    String dataset = meantime ? "meantime" : "ecbplus-dev";
    Path root =
        Datasets.find(dataset)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "dataset " + dataset + " not found; set -Dtriangulate.datasets=DIR"));
    long started = System.nanoTime();
    List<Topic> topics = meantime ? readMeantime(root) : readEcb(root, topicsWanted);
    FactExtractor.Builder facts = FactExtractor.builder();
    if (!ner.equals("heuristic")) {
      facts.recognizer(CoreNlpNer.of(CoreNlpNer.Model.valueOf(ner)));
    }
    evaluate(
        (meantime
                ? "MEANTIME English (meantime, not tuned on)"
                : "ECB+ (ecbplus-dev, topics: "
                    + topicsWanted
                    + "; dev figures; participants and locations)")
            + "; recogniser "
            + ner,
        topics,
        facts.build(),
        errors,
        started);
  }

  /** ECB+ topics; {@code which} is all, train (not validation) or dev (validation topics). */
  static List<Topic> readEcb(Path root, String which) throws IOException {
    // ECB+ annotates selected sentences only.
    Set<String> selected = new HashSet<>();
    for (String line :
        Files.readAllLines(root.resolve("ECBplus_coreference_sentences.csv"), UTF_8)) {
      String[] p = line.split(",");
      if (p.length == 3 && !p[0].equals("Topic")) {
        selected.add(p[0] + "_" + p[1] + "#" + p[2].strip());
      }
    }
    List<Topic> topics = new ArrayList<>();
    for (Map.Entry<String, List<Path>> topic : files(root.resolve("ECB+")).entrySet()) {
      boolean validation = ECB_VALIDATION_TOPICS.contains(topic.getKey());
      if (which.equals("train") && validation || which.equals("dev") && !validation) {
        continue;
      }
      List<Document> documents = new ArrayList<>();
      for (Path file : topic.getValue()) {
        Document d = parse(file, Files.readString(file, UTF_8), false, selected);
        if (!d.text().isEmpty()) {
          documents.add(d);
        }
      }
      topics.add(new Topic(topic.getKey(), documents));
    }
    return topics;
  }

  /** MEANTIME English: all ENTITY_MENTIONs of whole articles, by topic. */
  static List<Topic> readMeantime(Path root) throws IOException {
    List<Topic> topics = new ArrayList<>();
    Path documentsRoot =
        root.resolve("data/meantime_newsreader_english_oct15/intra_cross-doc_annotation");
    for (Map.Entry<String, List<Path>> topic : files(documentsRoot).entrySet()) {
      List<Document> documents = new ArrayList<>();
      for (Path file : topic.getValue()) {
        Document d = parse(file, Files.readString(file, UTF_8), true, Set.of());
        if (!d.text().isEmpty()) {
          documents.add(d);
        }
      }
      topics.add(new Topic(topic.getKey(), documents));
    }
    return topics;
  }

  private static Map<String, List<Path>> files(Path documentsRoot) throws IOException {
    Map<String, List<Path>> topics = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(documentsRoot)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        topics
            .computeIfAbsent(file.getParent().getFileName().toString(), k -> new ArrayList<>())
            .add(file);
      }
    }
    return topics;
  }

  /**
   * One CAT XML document: tokens joined by spaces, sentences by blank lines, and the entity
   * markables (ECB+: participants and locations in {@code selected} sentences; MEANTIME: every
   * ENTITY_MENTION) with their gold cluster.
   */
  static Document parse(Path file, String xml, boolean meantime, Set<String> selected) {
    String name = file.getFileName().toString().replace(".xml", "");
    Map<String, int[]> tokenSpans = new HashMap<>();
    Map<String, String> tokenSentence = new HashMap<>();
    StringBuilder text = new StringBuilder();
    String sentence = null;
    String previous = "";
    String beforePrevious = "";
    boolean openStraightQuote = false;
    Matcher t = TOKEN.matcher(xml);
    while (t.find()) {
      Matcher id = TOKEN_ID.matcher(t.group(1));
      Matcher sentenceId = TOKEN_SENTENCE.matcher(t.group(1));
      if (!id.find() || !sentenceId.find()) {
        continue;
      }
      String token = detokenized(unescape(t.group(2)));
      if (sentence != null && !sentence.equals(sentenceId.group(1))) {
        text.append("\n\n");
        openStraightQuote = false;
      } else if (sentence != null && !joins(beforePrevious, previous, token, openStraightQuote)) {
        text.append(' ');
      }
      if (token.equals("\"")) {
        openStraightQuote = !openStraightQuote;
      }
      beforePrevious = previous;
      previous = token;
      sentence = sentenceId.group(1);
      tokenSpans.put(id.group(1), new int[] {text.length(), text.length() + token.length()});
      tokenSentence.put(id.group(1), sentence);
      text.append(token);
    }
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
    List<GoldMention> mentions = new ArrayList<>();
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
      mentions.add(new GoldMention(name, start, end, cluster, text.substring(start, end)));
    }
    return new Document(name, text.toString(), mentions);
  }

  /** The systems compared, in the order printed. */
  enum Clustering {
    SINGLETONS("singletons (baseline)"),
    SAME_TEXT("same text (baseline)"),
    NORMALISED_TEXT("normalised text"),
    NAMES_ONLY("facts names only"),
    TRIANGULATE("triangulate");

    final String label;

    Clustering(String label) {
      this.label = label;
    }
  }

  /** Gold clusters and every system's clusters of the same gold mentions. */
  record Run(
      Map<GoldMention, String> gold,
      Map<Clustering, Map<GoldMention, String>> responses,
      Map<Clustering, double[]> ceaf) {}

  /** Clusters the gold mentions of every topic with each system and sums the CEAF-e parts. */
  static Run run(List<Topic> topics, FactExtractor facts) {
    MentionClusterer clusterer = new MentionClusterer();
    Map<GoldMention, String> gold = new LinkedHashMap<>();
    Map<Clustering, Map<GoldMention, String>> responses = new EnumMap<>(Clustering.class);
    Map<Clustering, double[]> ceaf = new EnumMap<>(Clustering.class);
    for (Clustering s : Clustering.values()) {
      responses.put(s, new HashMap<>());
      ceaf.put(s, new double[3]);
    }
    for (Topic topic : topics) {
      List<ArticleFacts> articleFacts = new ArrayList<>();
      List<GoldMention> topicMentions = new ArrayList<>();
      for (Document d : topic.documents()) {
        topicMentions.addAll(d.mentions());
        Article article =
            Article.builder(d.name() + ".xml").id(d.name()).text(d.text(), List.of()).build();
        articleFacts.add(facts.extract(article));
      }
      StoryFacts story = facts.resolve(articleFacts);
      List<Mention> spans = new ArrayList<>();
      for (GoldMention m : topicMentions) {
        spans.add(new Mention(m.doc(), m.text(), m.start(), m.end()));
      }
      Map<Mention, String> clustered = clusterer.cluster(story, spans);
      Map<Clustering, Map<GoldMention, String>> topicResponses = new EnumMap<>(Clustering.class);
      for (Clustering s : Clustering.values()) {
        topicResponses.put(s, new HashMap<>());
      }
      Map<GoldMention, String> topicGold = new HashMap<>();
      for (int i = 0; i < topicMentions.size(); i++) {
        GoldMention m = topicMentions.get(i);
        gold.put(m, m.cluster());
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
        String prefix = topic.name() + ":";
        topicResponses.get(Clustering.SINGLETONS).put(m, self);
        topicResponses.get(Clustering.SAME_TEXT).put(m, prefix + m.text().toLowerCase(Locale.ROOT));
        topicResponses
            .get(Clustering.NORMALISED_TEXT)
            .put(m, prefix + MentionClusterer.normalized(m.text()));
        topicResponses.get(Clustering.NAMES_ONLY).put(m, best == null ? self : prefix + best);
        topicResponses.get(Clustering.TRIANGULATE).put(m, prefix + clustered.get(spans.get(i)));
      }
      for (Clustering s : Clustering.values()) {
        responses.get(s).putAll(topicResponses.get(s));
        add(ceaf.get(s), CorefScores.ceafTotals(topicGold, topicResponses.get(s)));
      }
    }
    return new Run(gold, responses, ceaf);
  }

  /** Scores the baselines and our resolution on {@code topics} and prints one line each. */
  static void evaluate(
      String title, List<Topic> topics, FactExtractor facts, int errors, long started) {
    Run run = run(topics, facts);
    double seconds = (System.nanoTime() - started) / 1e9;
    int documents = topics.stream().mapToInt(t -> t.documents().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%s — %d topics, %d documents, %d gold entity mentions, %d gold clusters, %.1f s%n",
        title,
        topics.size(),
        documents,
        run.gold().size(),
        CorefScores.clusters(run.gold()).size(),
        seconds);
    for (Clustering s : Clustering.values()) {
      print(s.label, run.gold(), run.responses().get(s), run.ceaf().get(s));
    }
    System.out.println("  anchors: none published for this corpus in the stored sources");
    if (errors > 0) {
      printErrors(run, errors);
    }
  }

  /**
   * The most frequent wrong links of our clustering: pairs of mention texts that we join across
   * gold clusters, and pairs in one gold cluster that we keep apart.
   */
  private static void printErrors(Run run, int limit) {
    Map<GoldMention, String> ours = run.responses().get(Clustering.TRIANGULATE);
    Map<String, Integer> joined = new HashMap<>();
    Map<String, Integer> split = new HashMap<>();
    Map<String, List<GoldMention>> byTopicDoc = new HashMap<>();
    for (GoldMention m : run.gold().keySet()) {
      String topicOf = ours.get(m).substring(0, ours.get(m).indexOf(':'));
      byTopicDoc.computeIfAbsent(topicOf, k -> new ArrayList<>()).add(m);
    }
    for (List<GoldMention> mentions : byTopicDoc.values()) {
      for (int i = 0; i < mentions.size(); i++) {
        for (int j = i + 1; j < mentions.size(); j++) {
          GoldMention a = mentions.get(i);
          GoldMention b = mentions.get(j);
          boolean sameGold = a.cluster().equals(b.cluster());
          boolean sameOurs = ours.get(a).equals(ours.get(b));
          if (sameGold == sameOurs) {
            continue;
          }
          String pair =
              a.text().compareTo(b.text()) <= 0
                  ? a.text() + " ~ " + b.text()
                  : b.text() + " ~ " + a.text();
          (sameOurs ? joined : split).merge(pair, 1, Integer::sum);
        }
      }
    }
    System.out.println("  joined across gold clusters (pairs):");
    top(joined, limit);
    System.out.println("  kept apart within a gold cluster (pairs):");
    top(split, limit);
  }

  private static void top(Map<String, Integer> counts, int limit) {
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(e -> System.out.printf(Locale.ROOT, "    %5d  %s%n", e.getValue(), e.getKey()));
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

  /**
   * Quotation-mark tokens as a writer types them: {@code ``} and {@code ''} become curly quotes.
   */
  private static String detokenized(String token) {
    return switch (token) {
      case "``" -> "“";
      case "''" -> "”";
      default -> token;
    };
  }

  private static final Set<String> ATTACH_LEFT =
      Set.of(
          ",", ".", ":", ";", "!", "?", ")", "]", "%", "”", "'s", "’s", "n't", "'re", "'m", "'ve",
          "'ll", "'d", "...");

  /**
   * Whether {@code token} is written without a space after {@code previous}: closing punctuation
   * and clitics attach left, opening brackets and quotes attach right, hyphens join words, and the
   * dots of "U.S." join single capitals. ECB+ and MEANTIME store tokens without their spacing, so
   * the text the recogniser reads is rebuilt the way a writer would have typed it.
   */
  static boolean joins(String beforePrevious, String previous, String token, boolean openQuote) {
    if (ATTACH_LEFT.contains(token)
        || previous.equals("(")
        || previous.equals("[")
        || previous.equals("“")
        || previous.equals("$")
        || token.equals("-")
        || previous.equals("-")
        || token.equals("’") && !previous.isEmpty() && Character.isLetter(previous.charAt(0))
        || previous.equals("’") && token.equals("s")) {
      return true;
    }
    if (token.equals("\"")) {
      return openQuote;
    }
    if (previous.equals("\"")) {
      // An opening straight quote attaches to the next word; a closing one does not.
      return openQuote;
    }
    return previous.equals(".")
        && token.length() == 1
        && Character.isUpperCase(token.charAt(0))
        && beforePrevious.length() == 1
        && Character.isUpperCase(beforePrevious.charAt(0));
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
