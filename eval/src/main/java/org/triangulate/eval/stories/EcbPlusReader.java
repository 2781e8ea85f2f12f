package org.triangulate.eval.stories;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the ECB+ token files of {@code ecbplus-dev} into documents. Sentence 0 of an {@code
 * ecbplus} file is its source URL: it is dropped, since {@code ecb} files have none and it would
 * leak the gold part.
 */
public final class EcbPlusReader {
  private static final Pattern TOKEN =
      Pattern.compile("<token t_id=\"\\d+\" sentence=\"(\\d+)\" number=\"\\d+\">(.*?)</token>");
  private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecbplus|ecb)\\.xml");

  private EcbPlusReader() {}

  /** All documents under {@code root/ECB+}, sorted by topic, part and number. */
  public static List<EcbPlusDocument> read(Path root) throws IOException {
    Path corpus = root.resolve("ECB+");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).toList();
    }
    List<EcbPlusDocument> docs = new ArrayList<>();
    for (Path file : files) {
      docs.add(parse(file));
    }
    docs.sort(
        java.util.Comparator.comparingInt(EcbPlusDocument::topic)
            .thenComparing(EcbPlusDocument::plus)
            .thenComparingInt(EcbPlusDocument::number));
    return docs;
  }

  static EcbPlusDocument parse(Path file) throws IOException {
    String name = file.getFileName().toString();
    Matcher nameMatch = NAME.matcher(name);
    if (!nameMatch.matches()) {
      throw new IllegalArgumentException("not an ECB+ file name: " + name);
    }
    TreeMap<Integer, StringBuilder> sentences = new TreeMap<>();
    Matcher m = TOKEN.matcher(Files.readString(file, UTF_8));
    while (m.find()) {
      StringBuilder sentence =
          sentences.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder());
      String token = unescape(m.group(2));
      if (sentence.length() > 0 && !attachesLeft(token)) {
        sentence.append(' ');
      }
      sentence.append(token);
    }
    List<String> texts = new ArrayList<>();
    for (StringBuilder s : sentences.values()) {
      texts.add(s.toString());
    }
    boolean plus = nameMatch.group(3).equals("ecbplus");
    if (!texts.isEmpty() && texts.get(0).startsWith("http")) {
      texts.remove(0);
    }
    String title = texts.isEmpty() ? "" : texts.remove(0);
    return new EcbPlusDocument(
        name,
        Integer.parseInt(nameMatch.group(1)),
        plus,
        Integer.parseInt(nameMatch.group(2)),
        title,
        texts);
  }

  private static boolean attachesLeft(String token) {
    return token.equals(",")
        || token.equals(".")
        || token.equals(":")
        || token.equals(";")
        || token.equals("!")
        || token.equals("?")
        || token.equals(")")
        || token.equals("''")
        || token.startsWith("'");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
