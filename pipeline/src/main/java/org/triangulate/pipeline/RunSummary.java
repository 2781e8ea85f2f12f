package org.triangulate.pipeline;

/**
 * The counts of one pipeline run.
 *
 * @param documents documents dealt with, including inputs that could not be read at all
 * @param added new articles
 * @param repeats articles whose id was seen before
 * @param failed documents that gave no article
 * @param warnings problems on articles that were kept, and non-fatal remarks about inputs (such as
 *     skipped records of a container)
 */
public record RunSummary(long documents, long added, long repeats, long failed, long warnings) {
  public RunSummary {
    if (documents < 0 || added < 0 || repeats < 0 || failed < 0 || warnings < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, got "
              + documents
              + "/"
              + added
              + "/"
              + repeats
              + "/"
              + failed
              + "/"
              + warnings);
    }
    if (added + repeats + failed != documents) {
      throw new IllegalArgumentException(
          "added + repeats + failed must equal documents, got "
              + added
              + " + "
              + repeats
              + " + "
              + failed
              + " != "
              + documents);
    }
  }

  /** True when every document gave an article. */
  public boolean allWell() {
    return failed == 0;
  }

  /** One line for people, such as {@code 12 documents: 10 new, 1 repeat, 1 failed, 3 warnings}. */
  public String describe() {
    return documents
        + (documents == 1 ? " document: " : " documents: ")
        + added
        + " new, "
        + repeats
        + (repeats == 1 ? " repeat, " : " repeats, ")
        + failed
        + " failed, "
        + warnings
        + (warnings == 1 ? " warning" : " warnings");
  }
}
