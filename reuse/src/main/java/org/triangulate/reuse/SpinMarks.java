package org.triangulate.reuse;

import java.util.List;
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
  private static final Pattern JUNK =
      Pattern.compile(
          "(?i)\\b(?:subscribe (?:to|now)|sign up for (?:our|the) newsletter|cookie(?:s)? (?:policy|settings)|"
              + "accept (?:all )?cookies|advertisement|sponsored content|click here|read more:|"
              + "all rights reserved|share this (?:article|story)|related articles?|"
              + "download (?:our|the) app|terms of (?:use|service)|privacy policy)");

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

  static boolean isJunk(String sentence) {
    return JUNK.matcher(sentence).find();
  }

  /** Stock lines of padded copies (FAQ headings, generic closings): furniture, not content. */
  static boolean isFurniture(String sentence) {
    return GENERIC_CLOSING.matcher(sentence).find() || FAQ.matcher(sentence).find();
  }
}
