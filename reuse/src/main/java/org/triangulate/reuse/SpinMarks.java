package org.triangulate.reuse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marks of spun or padded copies: an added FAQ block, a generic closing paragraph, junk. */
final class SpinMarks {
  private SpinMarks() {}

  private static final Pattern FAQ =
      Pattern.compile(
          "(?im)^[ \\t]*(?:faqs?\\b|frequently asked questions|q:|question:|people also ask)");
  private static final Pattern GENERIC_CLOSING =
      Pattern.compile(
          "(?i)\\b(?:in conclusion|only time will tell|remains to be seen|stay tuned|"
              + "for more (?:news|updates|stories)|we will keep (?:you|our readers) (?:updated|posted)|"
              + "in summary|all in all|it is important to note|share your thoughts|"
              + "let us know in the comments|follow us (?:on|for)|keep checking back|"
              + "bookmark (?:this|our) (?:page|site))");

  /** Calls to action of page furniture: junk where they open a line. */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?i)\\b(?:subscribe (?:to|now)|sign up for (?:our|the) newsletter|"
              + "accept (?:all )?cookies|click here|read more:|share this (?:article|story)|"
              + "download (?:our|the) app)");

  /** Labels of page furniture: junk on a line of their own or heading a list. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)\\b(?:cookie(?:s)? (?:policy|settings)|advertisement|sponsored content|"
              + "all rights reserved|related articles?|terms of (?:use|service)|privacy policy)");

  private static final Pattern FAQ_HEADING =
      Pattern.compile("(?i)^\\s*(?:faqs?|frequently asked questions|people also ask)\\s*:?\\s*$");

  /** A paragraph that is only an FAQ heading. */
  static boolean isFaqHeading(String paragraph) {
    return FAQ_HEADING.matcher(paragraph).matches();
  }

  static boolean hasFaq(String text) {
    return FAQ.matcher(text).find();
  }

  /** True when one of the last two paragraphs is a stock closing line. */
  static boolean hasGenericClosing(List<String> paragraphs) {
    for (int k = Math.max(0, paragraphs.size() - 2); k < paragraphs.size(); k++) {
      if (GENERIC_CLOSING.matcher(paragraphs.get(k)).find()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern LINK_LIKE =
      Pattern.compile("(?i)https?://|www\\.|\\s[|»›]\\s|^\\s*[»›|•]");

  /** Lines of at most this many words that name a junk phrase are junk whatever else they say. */
  static final int SHORT_LINE_WORDS = 5;

  /**
   * A junk line: a call to action that opens the line ("Subscribe now for $1 a week") or a
   * furniture label ("Advertisement", "All rights reserved.", "Related articles: ...") on a short
   * line, heading a list or in a link-like line. The same words in running prose ("the council
   * banned advertisements on buses", "readers can subscribe to the print edition") are content.
   */
  static boolean isJunk(String sentence) {
    Matcher action = CALL_TO_ACTION.matcher(sentence);
    Matcher label = LABEL.matcher(sentence);
    boolean anyAction = action.find();
    boolean anyLabel = label.find();
    if (!anyAction && !anyLabel) {
      return false;
    }
    if (wordCount(sentence) <= SHORT_LINE_WORDS || LINK_LIKE.matcher(sentence).find()) {
      return true;
    }
    if (anyAction && opensWith(sentence, action.start())) {
      return true;
    }
    return anyLabel && opensWith(sentence, label.start()) && headsAList(sentence, label.end());
  }

  /** True when a colon, bar or dash follows the label: "Related articles: ...". */
  private static boolean headsAList(String sentence, int end) {
    int k = end;
    while (k < sentence.length() && Character.isLetter(sentence.charAt(k))) {
      k++; // the rest of a plural ("Advertisements")
    }
    while (k < sentence.length() && sentence.charAt(k) == ' ') {
      k++;
    }
    return k < sentence.length() && ":|-–—".indexOf(sentence.charAt(k)) >= 0;
  }

  /** True when nothing but punctuation, or a "please", comes before {@code at}. */
  private static boolean opensWith(String sentence, int at) {
    String before = sentence.substring(0, at).strip().toLowerCase(Locale.ROOT);
    for (int k = 0; k < before.length(); k++) {
      if (Character.isLetterOrDigit(before.charAt(k))) {
        return before.equals("please") || before.equals("please,");
      }
    }
    return true;
  }

  private static int wordCount(String sentence) {
    int words = 0;
    boolean inWord = false;
    for (int k = 0; k < sentence.length(); k++) {
      boolean letter = Character.isLetterOrDigit(sentence.charAt(k));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /** Stock lines of padded copies (FAQ headings, generic closings): furniture, not content. */
  static boolean isFurniture(String sentence) {
    return GENERIC_CLOSING.matcher(sentence).find() || FAQ.matcher(sentence).find();
  }
}
