package org.triangulate.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms of one channel numbered in order of first sight, with their document frequencies, for
 * inverse document frequency computed online. Not thread-safe.
 */
final class TermTable {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private int[] documentFrequency = new int[1024];
  private long documents;

  int id(String term) {
    Integer id = ids.get(term);
    if (id != null) {
      return id;
    }
    int next = terms.size();
    ids.put(term, next);
    terms.add(term);
    if (next == documentFrequency.length) {
      documentFrequency = Arrays.copyOf(documentFrequency, next * 2);
    }
    return next;
  }

  /** The id of a known term, or -1. */
  int existingId(String term) {
    Integer id = ids.get(term);
    return id == null ? -1 : id;
  }

  String term(int id) {
    return terms.get(id);
  }

  int size() {
    return terms.size();
  }

  /** Counts one more document containing each of {@code termIds} (distinct). */
  void countDocument(int[] termIds) {
    documents++;
    for (int id : termIds) {
      documentFrequency[id]++;
    }
  }

  long documents() {
    return documents;
  }

  int documentFrequency(int id) {
    return documentFrequency[id];
  }

  /**
   * Documents assumed to exist before the first one, none containing any term: without this prior,
   * the first articles of a stream would see every shared term as common.
   */
  static final double PRIOR_DOCUMENTS = 100;

  /** Smoothed inverse document frequency; always positive. */
  double idf(int id) {
    return Math.log((documents + PRIOR_DOCUMENTS + 1.0) / (documentFrequency[id] + 0.5));
  }

  void restore(String term, int frequency) {
    int id = id(term);
    documentFrequency[id] = frequency;
  }

  void restoreDocuments(long count) {
    documents = count;
  }
}
