package org.triangulate.eval.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the SemEval-2015 Task 4 TimeLine data: the Track B CAT documents (tokens with sentence
 * numbers and the document creation time) and the gold timelines, one file per target entity with
 * lines {@code rank TAB date TAB event-id...} where an event id is {@code doc-sentence-word}.
 */
final class SemEvalTimelines {
  private SemEvalTimelines() {}

  /** One document as text: tokens joined by spaces, sentences by new lines. */
  record Doc(
      String id,
      LocalDate creation,
      String text,
      Map<Integer, int[]> sentences,
      Map<Integer, List<int[]>> tokens,
      Map<Integer, List<String>> words) {}

  /** One gold event: its document, sentence and word, with the entity timeline's rank and date. */
  record GoldEvent(String entity, int rank, String date, String doc, int sentence, String word) {}

  /** One corpus: documents by id and gold events of every entity timeline. */
  record Corpus(String name, Map<String, Doc> docs, List<GoldEvent> events) {}

  static List<Corpus> read(Path root) throws IOException {
    Path data = root.resolve("data/SemEval2015-Task4-TimeLine/SemEval_Task4_data");
    if (!Files.isDirectory(data)) {
      throw new IOException("no SemEval_Task4_data under " + root + "; is the archive complete?");
    }
    List<Corpus> out = new ArrayList<>();
    for (String name : List.of("corpus_1", "corpus_2", "corpus_3")) {
      Path dir = data.resolve(name);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      Map<String, Doc> docs = new HashMap<>();
      try (Stream<Path> files = Files.list(dir.resolve("corpus_trackB_CAT"))) {
        for (Path f : files.sorted().toList()) {
          Doc d = doc(f);
          docs.put(d.id(), d);
        }
      }
      List<GoldEvent> events = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir.resolve("TimeLines_Gold_Standard"))) {
        for (Path f : files.sorted().toList()) {
          String entity = f.getFileName().toString().replaceAll("\\.txt$", "");
          for (String line : Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length < 3 || !cells[0].matches("\\d+")) {
              continue; // the first line names the entity
            }
            for (int i = 2; i < cells.length; i++) {
              String[] parts = cells[i].strip().split("-", 3);
              if (parts.length == 3 && parts[1].matches("\\d+")) {
                events.add(
                    new GoldEvent(
                        entity,
                        Integer.parseInt(cells[0]),
                        cells[1].strip(),
                        parts[0],
                        Integer.parseInt(parts[1]),
                        parts[2]));
              }
            }
          }
        }
      }
      out.add(new Corpus(name, docs, events));
    }
    return out;
  }

  private static Doc doc(Path file) throws IOException {
    org.w3c.dom.Document xml;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      xml = f.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not readable XML: " + e.getMessage(), e);
    }
    Element root = xml.getDocumentElement();
    String id = root.getAttribute("doc_id");
    LocalDate creation = null;
    NodeList timexes = root.getElementsByTagName("TIMEX3");
    for (int i = 0; i < timexes.getLength(); i++) {
      Element t = (Element) timexes.item(i);
      if ("CREATION_TIME".equals(t.getAttribute("functionInDocument"))) {
        String v = t.getAttribute("value");
        if (v.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
          creation = LocalDate.parse(v.substring(0, 10));
        }
      }
    }
    StringBuilder text = new StringBuilder();
    Map<Integer, int[]> sentences = new HashMap<>();
    Map<Integer, List<int[]>> tokens = new HashMap<>();
    Map<Integer, List<String>> words = new HashMap<>();
    NodeList list = root.getElementsByTagName("token");
    int current = -1;
    for (int i = 0; i < list.getLength(); i++) {
      Element t = (Element) list.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      if (sentence != current) {
        if (current >= 0) {
          sentences.get(current)[1] = text.length();
          text.append('\n');
        }
        current = sentence;
        sentences.put(sentence, new int[] {text.length(), text.length()});
      } else {
        text.append(' ');
      }
      String word = t.getTextContent();
      tokens
          .computeIfAbsent(sentence, k -> new ArrayList<>())
          .add(new int[] {text.length(), text.length() + word.length()});
      words.computeIfAbsent(sentence, k -> new ArrayList<>()).add(word);
      text.append(word);
    }
    if (current >= 0) {
      sentences.get(current)[1] = text.length();
    }
    return new Doc(id, creation, text.toString(), sentences, tokens, words);
  }
}
