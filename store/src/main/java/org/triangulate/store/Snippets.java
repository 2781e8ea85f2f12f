package org.triangulate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Finds where a query's words occur in a text, with the same analysis as the index. */
final class Snippets {
  private Snippets() {}

  /** Offset of the first token of {@code text} that is one of {@code words}, or -1. */
  static int firstMatch(Analyzer analyzer, String text, Set<String> words) {
    if (words.isEmpty()) {
      return -1;
    }
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int found = -1;
      while (tokens.incrementToken()) {
        if (words.contains(term.toString())) {
          found = offset.startOffset();
          break;
        }
      }
      // a TokenStream must be consumed to its end before close
      while (found >= 0 && tokens.incrementToken()) {
        // drain
      }
      tokens.end();
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory cannot fail", e);
    }
  }
}
