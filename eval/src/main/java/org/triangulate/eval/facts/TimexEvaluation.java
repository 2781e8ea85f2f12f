package org.triangulate.eval.facts;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.triangulate.core.facts.DatedEvent;
import org.triangulate.eval.Datasets;
import org.triangulate.facts.DateEventFinder;
import org.triangulate.facts.TimexTagger;

/**
 * TempEval-3 Task A style evaluation of {@link TimexTagger} on the TBAQ-cleaned training data
 * ({@code tempeval3-train}): strict and relaxed extent P/R/F1 and value P/R/F1 (a value counts when
 * a relaxed match has the gold value; week numbers compare without zero padding). Extents are
 * compared by characters, not tokens as in the official toolkit. Also the dated event: for matched
 * expressions that TLINKs tie to events, whether {@link DateEventFinder}'s event is one of them,
 * beside a baseline that takes the nearest gold event of the sentence. Run: {@code TimexEvaluation
 * [--errors N] [--correct true] [--corpus timebank|aquaint|all]} (the rules are tuned on TimeBank;
 * AQUAINT is the less-seen half).
 */
public final class TimexEvaluation {
  private TimexEvaluation() {}

  /** One gold or system expression. */
  record Span(int start, int end, String value, String text) {}

  /** A gold event the annotators linked to a gold expression (a TLINK): its character range. */
  record EventSpan(int start, int end) {}

  /**
   * One document: text, creation day, gold expressions, and for each gold expression (by index) the
   * events TLINKs tie it to.
   */
  record Document(
      String name,
      String text,
      LocalDate creation,
      List<Span> gold,
      Map<Integer, List<EventSpan>> linkedEvents,
      List<EventSpan> events) {
    Document(String name, String text, LocalDate creation, List<Span> gold) {
      this(name, text, creation, gold, Map.of(), List.of());
    }
  }

  /**
   * Totals of one run; {@code events}: of the matched expressions that TLINKs tie to events, how
   * many got an event ({@code system}) and how many of those are one of the linked events.
   */
  record Totals(
      Scores strict,
      Scores relaxed,
      Scores value,
      Scores events,
      Scores nearestGoldEvent,
      List<String> errors) {
    Totals(Scores strict, Scores relaxed, Scores value, List<String> errors) {
      this(strict, relaxed, value, Scores.of(0, 0, 0), Scores.of(0, 0, 0), errors);
    }
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  public static void main(String[] args) throws IOException {
    int errors = 0;
    String corpus = "all";
    boolean correct = false;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--errors" -> errors = Integer.parseInt(args[i + 1]);
        case "--correct" -> correct = Boolean.parseBoolean(args[i + 1]);
        case "--corpus" -> corpus = args[i + 1];
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; use --errors N, --correct true|false and --corpus timebank|aquaint|all");
      }
    }
    Path root =
        Datasets.find("tempeval3-train")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "dataset tempeval3-train not found; set -Dtriangulate.datasets=DIR"));
    Path tbaq = root.resolve("Training/TBAQ-cleaned");
    List<Document> documents =
        switch (corpus) {
          case "timebank" -> load(tbaq.resolve("TimeBank"));
          case "aquaint" -> load(tbaq.resolve("AQUAINT"));
          case "all" -> load(tbaq);
          default ->
              throw new IllegalArgumentException(
                  "--corpus must be timebank, aquaint or all, not " + corpus);
        };
    long started = System.nanoTime();
    Totals totals = evaluate(documents, new TimexTagger(), errors, correct);
    double seconds = (System.nanoTime() - started) / 1e9;
    int goldCount = documents.stream().mapToInt(d -> d.gold().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "TempEval-3 TBAQ-cleaned, %s (training data: dev figures) — %d documents, %d gold"
            + " TIMEX3 (DCT excluded), %.2f s%n",
        corpus,
        documents.size(),
        goldCount,
        seconds);
    System.out.println("  strict extent  " + totals.strict().format());
    System.out.println("  relaxed extent " + totals.relaxed().format());
    System.out.println("  value          " + totals.value().format());
    System.out.println(
        "  dated event    "
            + totals.events().format()
            + String.format(
                Locale.ROOT,
                "  (%d matched expressions with a TLINK to an event, %d given an event, %d of them"
                    + " linked)",
                totals.events().gold(),
                totals.events().system(),
                totals.events().correctForPrecision()));
    System.out.println(
        "  baseline       "
            + totals.nearestGoldEvent().format()
            + "  (the nearest gold-annotated event of the sentence: proximity with perfect event"
            + " detection)");
    System.out.println(
        "  anchors (TempEval-3 test set, not this data): value F1 HeidelTime 77.61, SUTime 67.38");
    totals.errors().forEach(System.out::println);
  }

  /** Reads every {@code .tml} file below {@code folder}. */
  static List<Document> load(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    List<Document> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(parse(file.getFileName().toString(), Files.readString(file, UTF_8)));
    }
    return documents;
  }

  /** Parses one TimeML document: the text inside {@code TEXT} and its TIMEX3 spans. */
  static Document parse(String name, String xml) {
    LocalDate creation = null;
    Matcher dct =
        Pattern.compile(
                "functionInDocument=\"CREATION_TIME\"[^>]*>|<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})",
                Pattern.DOTALL)
            .matcher(xml);
    Matcher dctValue =
        Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})").matcher(xml);
    if (dctValue.find()) {
      creation = LocalDate.parse(dctValue.group(1));
    } else if (dct.find() && dct.group(1) != null) {
      creation = LocalDate.parse(dct.group(1));
    }
    int textStart = xml.indexOf("<TEXT>");
    int textEnd = xml.indexOf("</TEXT>");
    if (textStart < 0 || textEnd < textStart) {
      throw new IllegalArgumentException(name + ": no <TEXT> element");
    }
    String body = xml.substring(textStart + "<TEXT>".length(), textEnd);
    StringBuilder text = new StringBuilder();
    List<Span> gold = new ArrayList<>();
    Matcher tag = TAG.matcher(body);
    int last = 0;
    int openStart = -1;
    String openValue = null;
    String openTid = null;
    int eventStart = -1;
    String openEid = null;
    Map<String, EventSpan> events = new HashMap<>();
    Map<String, Integer> goldByTid = new HashMap<>();
    while (tag.find()) {
      text.append(unescape(body.substring(last, tag.start())));
      last = tag.end();
      if (tag.group(2).equals("EVENT")) {
        if (tag.group(1).isEmpty()) {
          eventStart = text.length();
          openEid = attribute(tag.group(3), "eid");
        } else if (eventStart >= 0 && openEid != null) {
          events.put(openEid, new EventSpan(eventStart, text.length()));
          eventStart = -1;
        }
        continue;
      }
      if (!tag.group(2).equals("TIMEX3")) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        openStart = text.length();
        openValue = attribute(tag.group(3), "value");
        openTid = attribute(tag.group(3), "tid");
      } else if (openStart >= 0) {
        if (openTid != null) {
          goldByTid.put(openTid, gold.size());
        }
        gold.add(
            new Span(
                openStart,
                text.length(),
                openValue == null ? "" : openValue,
                text.substring(openStart)));
        openStart = -1;
      }
    }
    text.append(unescape(body.substring(last)));
    List<EventSpan> allEvents = new ArrayList<>(events.values());
    allEvents.sort(java.util.Comparator.comparingInt(EventSpan::start));
    return new Document(
        name, text.toString(), creation, gold, linkedEvents(xml, events, goldByTid), allEvents);
  }

  private static final Pattern MAKEINSTANCE = Pattern.compile("<MAKEINSTANCE([^>]*)>");
  private static final Pattern TLINK = Pattern.compile("<TLINK([^>]*)>");

  /** For each gold expression (by index), the events TLINKs tie it to, through MAKEINSTANCE. */
  private static Map<Integer, List<EventSpan>> linkedEvents(
      String xml, Map<String, EventSpan> events, Map<String, Integer> goldByTid) {
    Map<String, String> eventOfInstance = new HashMap<>();
    Matcher instance = MAKEINSTANCE.matcher(xml);
    while (instance.find()) {
      String eiid = attribute(instance.group(1), "eiid");
      String eid = attribute(instance.group(1), "eventID");
      if (eiid != null && eid != null) {
        eventOfInstance.put(eiid, eid);
      }
    }
    Map<Integer, List<EventSpan>> out = new HashMap<>();
    Matcher link = TLINK.matcher(xml);
    while (link.find()) {
      String attributes = link.group(1);
      String tid = attribute(attributes, "timeID");
      String eiid = attribute(attributes, "relatedToEventInstance");
      if (tid == null || eiid == null) {
        tid = attribute(attributes, "relatedToTime");
        eiid = attribute(attributes, "eventInstanceID");
      }
      Integer goldIndex = tid == null ? null : goldByTid.get(tid);
      EventSpan event = eiid == null ? null : events.get(eventOfInstance.get(eiid));
      if (goldIndex != null && event != null) {
        out.computeIfAbsent(goldIndex, k -> new ArrayList<>()).add(event);
      }
    }
    return out;
  }

  private static String attribute(String attributes, String name) {
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }

  /**
   * Week numbers compare without zero padding: TimeBank writes {@code 2000-W7}, ISO {@code W07}.
   */
  static String canonical(String value) {
    return value.replaceFirst("-W0(\\d)", "-W$1");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** Scores {@code tagger} on {@code documents}; keeps up to {@code maxErrors} error lines. */
  static Totals evaluate(List<Document> documents, TimexTagger tagger, int maxErrors) {
    return evaluate(documents, tagger, maxErrors, false);
  }

  /**
   * Scores {@code tagger}; with {@code listCorrect} the lines also name every correct value ({@code
   * CORRECT}), so errors can be weighed against successes per expression.
   */
  static Totals evaluate(
      List<Document> documents, TimexTagger tagger, int maxErrors, boolean listCorrect) {
    int systemCount = 0;
    int goldCount = 0;
    int strict = 0;
    int relaxedSystem = 0;
    int relaxedGold = 0;
    int valueCorrect = 0;
    int linked = 0;
    int attached = 0;
    int attachedRight = 0;
    int baselineAttached = 0;
    int baselineRight = 0;
    DateEventFinder finder = new DateEventFinder();
    List<String> errors = new ArrayList<>();
    for (Document document : documents) {
      List<TimexTagger.Timex> found = tagger.tag(document.text(), document.creation()).timexes();
      systemCount += found.size();
      goldCount += document.gold().size();
      boolean[] goldUsed = new boolean[document.gold().size()];
      for (TimexTagger.Timex timex : found) {
        boolean matched = false;
        for (int g = 0; g < document.gold().size(); g++) {
          Span gold = document.gold().get(g);
          if (goldUsed[g] || gold.start() >= timex.end() || timex.start() >= gold.end()) {
            continue;
          }
          goldUsed[g] = true;
          matched = true;
          List<EventSpan> events = document.linkedEvents().getOrDefault(g, List.of());
          if (!events.isEmpty()) {
            linked++;
            EventSpan nearest = nearestInSentence(document, timex.start(), timex.end());
            if (nearest != null) {
              baselineAttached++;
              if (events.contains(nearest)) {
                baselineRight++;
              }
            }
            DatedEvent event =
                finder.find(document.text(), timex.start(), timex.end()).orElse(null);
            if (event != null) {
              attached++;
              boolean right =
                  events.stream().anyMatch(e -> e.start() < event.end() && event.start() < e.end());
              if (right) {
                attachedRight++;
              } else if (listCorrect && errors.size() < maxErrors) {
                errors.add(
                    "EVENT "
                        + document.name()
                        + " '"
                        + gold.text()
                        + "' system '"
                        + event.text()
                        + "' gold "
                        + events.stream()
                            .map(e -> "'" + document.text().substring(e.start(), e.end()) + "'")
                            .toList());
              }
            }
          }
          relaxedSystem++;
          relaxedGold++;
          if (gold.start() == timex.start() && gold.end() == timex.end()) {
            strict++;
          } else if (errors.size() < maxErrors) {
            errors.add(
                "EXTENT "
                    + document.name()
                    + " gold '"
                    + gold.text()
                    + "' system '"
                    + document.text().substring(timex.start(), timex.end())
                    + "'");
          }
          if (canonical(gold.value()).equals(canonical(timex.value()))) {
            valueCorrect++;
            if (listCorrect && errors.size() < maxErrors) {
              errors.add("CORRECT " + document.name() + " '" + gold.text() + "' " + gold.value());
            }
          } else if (errors.size() < maxErrors) {
            errors.add(
                "VALUE "
                    + document.name()
                    + " dct "
                    + document.creation()
                    + " '"
                    + gold.text()
                    + "' gold "
                    + gold.value()
                    + " system "
                    + timex.value());
          }
          break;
        }
        if (!matched && errors.size() < maxErrors) {
          errors.add(
              "SPURIOUS "
                  + document.name()
                  + " '"
                  + document.text().substring(timex.start(), timex.end())
                  + "' "
                  + timex.value());
        }
      }
      for (int g = 0; g < goldUsed.length; g++) {
        if (!goldUsed[g] && errors.size() < maxErrors) {
          Span gold = document.gold().get(g);
          errors.add("MISSED " + document.name() + " '" + gold.text() + "' " + gold.value());
        }
      }
    }
    return new Totals(
        Scores.of(strict, systemCount, goldCount),
        new Scores(relaxedSystem, systemCount, relaxedGold, goldCount),
        Scores.of(valueCorrect, systemCount, goldCount),
        new Scores(attachedRight, attached, attachedRight, linked),
        new Scores(baselineRight, baselineAttached, baselineRight, linked),
        errors);
  }

  /** The gold event closest to {@code [start, end)} with no sentence break between, or null. */
  private static EventSpan nearestInSentence(Document document, int start, int end) {
    EventSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EventSpan e : document.events()) {
      int from = Math.min(e.end(), end);
      int to = Math.max(e.start(), start);
      if (from < to && document.text().substring(from, to).matches("(?s).*[.!?]\\s.*|.*\\n.*")) {
        continue;
      }
      int distance =
          e.end() <= start ? 2 * (start - e.end()) : 2 * Math.max(0, e.start() - end) + 1;
      if (distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    return best;
  }
}
