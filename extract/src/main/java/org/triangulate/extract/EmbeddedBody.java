package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.triangulate.core.BlockKind;

/**
 * The article text a page carries as data (JSON-LD {@code articleBody}) used in place of the
 * visible body when scripts render the page and the HTML holds only a teaser of it.
 */
final class EmbeddedBody {
  /** Embedded text shorter than this is a summary, not the article. */
  static final int MIN_LENGTH = 200;

  /** The visible body is thin when it holds less than this share of the embedded text. */
  static final double THIN_SHARE = 0.5;

  private EmbeddedBody() {}

  /**
   * The embedded text as blocks, when it is long and the visible {@code blocks} are thin beside it;
   * otherwise {@code blocks} unchanged.
   *
   * @param embedded the embedded article text, plain or HTML; may be null
   */
  static List<BodyExtraction.TextBlock> preferIfThin(
      List<BodyExtraction.TextBlock> blocks, String embedded) {
    if (embedded == null || embedded.length() < MIN_LENGTH) {
      return blocks;
    }
    long visibleChars = 0;
    for (BodyExtraction.TextBlock block : blocks) {
      visibleChars += block.text().length();
    }
    if (visibleChars >= THIN_SHARE * embedded.length()) {
      return blocks; // the text of the data is never longer than its source: not thin
    }
    List<BodyExtraction.TextBlock> fromData = blocks(embedded);
    long embeddedChars = 0;
    for (BodyExtraction.TextBlock block : fromData) {
      embeddedChars += block.text().length();
    }
    if (embeddedChars < MIN_LENGTH || visibleChars >= THIN_SHARE * embeddedChars) {
      return blocks;
    }
    // the data may leave out what the page shows (lists, boxes): keep visible blocks it lacks
    StringBuilder all = new StringBuilder();
    for (BodyExtraction.TextBlock block : fromData) {
      all.append(block.text()).append('\n');
    }
    String dataText = all.toString();
    List<BodyExtraction.TextBlock> merged = new ArrayList<>(fromData);
    for (BodyExtraction.TextBlock block : blocks) {
      if (!dataText.contains(block.text())) {
        merged.add(block);
      }
    }
    return merged;
  }

  /** Paragraphs of embedded text: HTML is cut like a page, plain text at line breaks. */
  static List<BodyExtraction.TextBlock> blocks(String embedded) {
    List<BodyExtraction.TextBlock> result = new ArrayList<>();
    Element holder = Jsoup.parseBodyFragment(embedded).body();
    if (!holder.children().isEmpty()) {
      BodyExtraction.prune(holder);
      for (BodyExtraction.TextBlock block : BodyExtraction.cut(holder)) {
        if (!block.junk()) {
          result.add(block);
        }
      }
      return result;
    }
    for (String line : embedded.split("\\R")) {
      String text = line.strip().replaceAll("\\s+", " ");
      if (!text.isEmpty()) {
        BodyExtraction.TextBlock block =
            new BodyExtraction.TextBlock(BlockKind.PARAGRAPH, text, 0, holder);
        if (!block.junk()) {
          result.add(block);
        }
      }
    }
    return result;
  }
}
