package org.triangulate.facts;

import java.util.Locale;
import java.util.Map;

/** Written numbers ("two", "a dozen") and scale words, shared by dates and claims. */
final class Numbers {
  private Numbers() {}

  static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("dozen", 12),
          Map.entry("a dozen", 12),
          Map.entry("half a dozen", 6),
          Map.entry("a hundred", 100),
          Map.entry("a thousand", 1000));

  /** Regex alternation of the written numbers, longest first. */
  static final String WORD_ALTERNATION =
      "half a dozen|a dozen|a hundred|a thousand|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
          + "|hundred|dozen|one|two|three|four|five|six|seven|eight|nine|ten";

  static final Map<String, Double> SCALES =
      Map.of(
          "thousand",
          1e3,
          "million",
          1e6,
          "billion",
          1e9,
          "trillion",
          1e12,
          "mln",
          1e6,
          "bn",
          1e9,
          "m",
          1e6,
          "k",
          1e3,
          "dozen",
          12.0);

  /** The value of a written number such as "twenty-five" or "a dozen", or null. */
  static Integer word(String text) {
    String lower = text.toLowerCase(Locale.ROOT).strip();
    Integer direct = WORDS.get(lower);
    if (direct != null) {
      return direct;
    }
    int dash = lower.indexOf('-');
    if (dash > 0) {
      Integer tens = WORDS.get(lower.substring(0, dash));
      Integer units = WORDS.get(lower.substring(dash + 1));
      if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
        return tens + units;
      }
    }
    return null;
  }
}
