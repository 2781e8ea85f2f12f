package org.triangulate.eval.stories;

import org.triangulate.core.Checks;

/**
 * One ECB+ text with its gold story.
 *
 * @param name file name such as {@code 1_10ecbplus.xml}
 * @param topic topic number
 * @param plus true for an {@code ecbplus} file, false for an {@code ecb} file
 * @param number the file's number within its topic and part
 * @param title the first sentence
 * @param sentences the other sentences
 */
public record EcbPlusDocument(
    String name,
    int topic,
    boolean plus,
    int number,
    String title,
    java.util.List<String> sentences) {
  public EcbPlusDocument {
    Checks.notBlank("name", name);
    Checks.notNull("title", title);
    sentences = java.util.List.copyOf(Checks.notNull("sentences", sentences));
  }

  /** The gold story: topic and part, such as {@code 1-ecbplus}. */
  public String goldStory() {
    return topic + (plus ? "-ecbplus" : "-ecb");
  }
}
