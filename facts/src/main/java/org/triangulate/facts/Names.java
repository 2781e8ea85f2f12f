package org.triangulate.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name keys that survive transliteration and spelling variation: Muhammad, Mohammed and Mohamed
 * share a key, as do Gaddafi and Qadhafi, al-Sayed and El Sayed, organization and organisation,
 * Houthi and Houthis. A key is the consonant skeleton of each word after folding accents, dropping
 * Arabic articles, mapping {@code q c g → k}, {@code dh th kh gh ph → d t k k f}, {@code z → s},
 * removing vowels and doubled letters, and dropping a plural {@code s}.
 */
public final class Names {
  private Names() {}

  private static final Set<String> ARTICLES =
      Set.of("al", "el", "ad", "as", "ash", "an", "ar", "at", "az");
  private static final Set<String> DROPPED =
      Set.of("the", "of", "for", "and", "mr", "mrs", "ms", "dr", "sir", "jr", "sr");

  /** The words of a name after folding: lower case, no accents, no articles or honorifics. */
  public static List<String> words(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'');
    folded = folded.replaceAll("'s\\b", "");
    List<String> words = new ArrayList<>();
    for (String raw : folded.split("[^\\p{L}\\p{N}-]+")) {
      String word = raw;
      int dash = word.indexOf('-');
      if (dash > 0 && ARTICLES.contains(word.substring(0, dash))) {
        word = word.substring(dash + 1);
      }
      word = word.replace("-", "");
      if (word.isEmpty()
          || ARTICLES.contains(word)
          || DROPPED.contains(word)
          || HeuristicNer.TITLES.contains(word)) {
        continue;
      }
      words.add(word);
    }
    return words;
  }

  /** The consonant skeleton of one folded word. */
  public static String skeleton(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    w =
        w.replace("dh", "d")
            .replace("th", "t")
            .replace("kh", "k")
            .replace("gh", "g")
            .replace("ph", "f")
            .replace("ou", "u")
            .replace("ck", "k");
    StringBuilder out = new StringBuilder();
    char previous = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char mapped =
          switch (c) {
            case 'q', 'c', 'g' -> 'k';
            case 'z' -> 's';
            case 'v' -> 'f';
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', '\'' -> 0;
            default -> c;
          };
      if (mapped != 0 && mapped != previous) {
        out.append(mapped);
      }
      if (mapped != 0) {
        previous = mapped;
      }
    }
    // Digits and names made of vowels keep their letters so that they do not all collide.
    return out.length() == 0 ? w : out.toString();
  }

  /** The key of a whole name: skeletons of its words joined by spaces. */
  public static String key(String name) {
    List<String> words = words(name);
    List<String> keys = new ArrayList<>(words.size());
    for (String w : words) {
      keys.add(skeleton(w));
    }
    return String.join(" ", keys);
  }

  /** The key of the last word of a name (a surname), or "" if none. */
  public static String lastKey(String name) {
    List<String> words = words(name);
    return words.isEmpty() ? "" : skeleton(words.get(words.size() - 1));
  }

  /** True for a plausible acronym of {@code longName}: initials of its main words. */
  public static boolean acronymOf(String acronym, String longName) {
    String letters = acronym.replace(".", "");
    if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    StringBuilder allInitials = new StringBuilder();
    for (String w : longName.split("[\\s-]+")) {
      if (w.isEmpty()) {
        continue;
      }
      char first = Character.toUpperCase(w.charAt(0));
      allInitials.append(first);
      if (!DROPPED.contains(w.toLowerCase(Locale.ROOT)) && Character.isLetter(first)) {
        initials.append(first);
      }
    }
    String upper = letters.toUpperCase(Locale.ROOT);
    return upper.contentEquals(initials)
        || upper.contentEquals(allInitials)
        || (upper.length() >= 2
            && initials.length() > 0
            && upper.charAt(0) == initials.charAt(0)
            && subsequence(upper, initials.toString()));
  }

  private static boolean subsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length() && small.length() >= Math.min(3, big.length());
  }
}
