package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.BlockKind;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;

/**
 * Plain-text articles, such as scraped text dumps: a title line, a date line and a byline near the
 * top become metadata; furniture lines ({@link JunkLines}) go; paragraphs are blank-line separated
 * (lines of a paragraph are joined) or, when the text has no blank lines, one per line.
 */
final class TextExtraction {
  /** A date line must be among this many first non-empty lines. */
  private static final int HEADER_LINES = 6;

  private static final Pattern DATE_PREFIX =
      Pattern.compile(
          "^(?:date|dated|published|publiziert|ver[öo]ffentlicht|posted(?: on)?|updated|"
              + "aktualisiert|datum|stand|erschienen(?: am)?|publi[ée](?: le)?)\\s*(?:on|am)?\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:by|von|par)\\s+(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:and|und|&|von|van|de|der)?\\s*"
              + "\\p{Lu}[\\p{L}.'-]*){0,5})\\s*$",
          Pattern.UNICODE_CASE);

  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•·–]|\\d{1,3}[.)])\\s+\\S.*");

  private TextExtraction() {}

  static void extract(String text, ArticleBuilder out) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> kept = new ArrayList<>(lines.length);
    int nonEmpty = 0;
    boolean titleTaken = false;
    boolean dateTaken = false;
    boolean bylineTaken = false;
    for (String raw : lines) {
      String line = raw.strip().replace('\u00A0', ' ');
      if (line.isEmpty()) {
        kept.add("");
        continue;
      }
      nonEmpty++;
      if (nonEmpty <= HEADER_LINES) {
        if (!dateTaken) {
          Optional<PublicationDate> date = dateLine(line);
          if (date.isPresent()) {
            out.published(date.get());
            dateTaken = true;
            continue;
          }
        }
        if (!bylineTaken) {
          var byline = BYLINE.matcher(line);
          if (byline.matches() && line.length() <= 80) {
            out.byline(byline.group(1));
            bylineTaken = true;
            continue;
          }
        }
        if (nonEmpty == 1 && looksLikeTitle(line, lines)) {
          out.title(line);
          titleTaken = true;
          continue;
        }
      }
      if (JunkLines.isJunk(line)) {
        continue;
      }
      kept.add(line);
    }
    if (!titleTaken && kept.stream().allMatch(String::isEmpty)) {
      return;
    }
    paragraphs(kept, out);
  }

  /** A date line near the top: {@code date 2019-03-02}, {@code Published: ...}, a bare date. */
  static Optional<PublicationDate> dateLine(String line) {
    if (line.length() > 80) {
      return Optional.empty();
    }
    var prefix = DATE_PREFIX.matcher(line);
    if (prefix.find() && prefix.end() > 0) {
      return DateParsing.parse(line.substring(prefix.end()), DateSource.TEXT_DATE_LINE, 0.8);
    }
    if (JunkLines.isDateLine(line)) {
      return DateParsing.parse(line, DateSource.TEXT_DATE_LINE, 0.7);
    }
    return Optional.empty();
  }

  private static boolean looksLikeTitle(String line, String[] lines) {
    if (line.length() > 200 || line.length() < 3 || JunkLines.isJunk(line)) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    boolean sentence = last == '.' || last == ',' || last == ';';
    if (sentence) {
      return false;
    }
    // a title stands alone: more text must follow
    int nonEmpty = 0;
    for (String l : lines) {
      if (!l.isBlank()) {
        nonEmpty++;
      }
    }
    return nonEmpty > 1;
  }

  private static void paragraphs(List<String> lines, ArticleBuilder out) {
    boolean blankSeparated = false;
    for (int i = 1; i + 1 < lines.size(); i++) {
      if (lines.get(i).isEmpty() && !lines.get(i - 1).isEmpty()) {
        blankSeparated = true;
        break;
      }
    }
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty()) {
        flush(paragraph, out);
        continue;
      }
      if (!blankSeparated || LIST_ITEM.matcher(line).matches()) {
        flush(paragraph, out);
        if (LIST_ITEM.matcher(line).matches()) {
          out.block(BlockKind.LIST_ITEM, line);
        } else {
          out.paragraph(line);
        }
        continue;
      }
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(line);
    }
    flush(paragraph, out);
  }

  private static void flush(StringBuilder paragraph, ArticleBuilder out) {
    if (paragraph.length() > 0) {
      out.paragraph(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}
