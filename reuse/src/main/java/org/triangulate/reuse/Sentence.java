package org.triangulate.reuse;

import java.util.List;
import java.util.Set;

/**
 * One sentence of an analysed article.
 *
 * @param index position in the article
 * @param start first character in the article's text
 * @param end end of the sentence, exclusive
 * @param words folded words in order
 * @param content folded content words (no stop words)
 * @param anchors names and numbers: words written with a capital inside a sentence, a capitalised
 *     first word that the article also capitalises inside a sentence, and numbers (as {@link
 *     Analyser#numberKey} writes them)
 * @param initialNames a capitalised first word that may be a name (see {@link Analyser#isName}) but
 *     is capitalised nowhere else in the article; not an anchor: it can confirm that two sentences
 *     name the same when it is an anchor of the other sentence, never refute it
 * @param quoted true when the sentence holds a quotation of some length
 * @param wordSet the distinct folded words
 * @param stems the distinct stems of the content words
 * @param numbers the numbers, as {@link Analyser#numberKey} writes them
 */
record Sentence(
    int index,
    int start,
    int end,
    List<String> words,
    Set<String> content,
    Set<String> anchors,
    Set<String> initialNames,
    boolean quoted,
    Set<String> wordSet,
    Set<String> stems,
    Set<String> numbers) {
  int length() {
    return end - start;
  }
}
