package org.triangulate.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name keys that survive transliteration and spelling variation: Muhammad, Mohammed and Mohamed
 * share a key, as do Gaddafi and Qadhafi, al-Sayed and El Sayed, organization and organisation,
 * Houthi and Houthis. A key is the sound shape of each word after folding accents, dropping Arabic
 * articles, mapping {@code q c g → k}, {@code dh th kh gh ph → d t k k f}, {@code z → s}, each run
 * of vowels to one {@code a}, removing {@code h}, {@code w} and doubled letters, and dropping a
 * plural {@code s}.
 */
public final class Names {
  private Names() {}

  private static final Set<String> ARTICLES =
      Set.of("al", "el", "ad", "as", "ash", "an", "ar", "at", "az");
  private static final Set<String> DROPPED =
      Set.of(
          "the",
          "of",
          "for",
          "and",
          "mr",
          "mrs",
          "ms",
          "dr",
          "sir",
          "jr",
          "sr",
          "inc",
          "corp",
          "corporation",
          "ltd",
          "llc",
          "plc",
          "co",
          "gmbh");
  private static final Pattern SHORT_ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,4}");
  private static final Map<String, String> FIRST_NAME_FORMS =
      Map.ofEntries(
          Map.entry("bill", "william"),
          Map.entry("will", "william"),
          Map.entry("bob", "robert"),
          Map.entry("rob", "robert"),
          Map.entry("dick", "richard"),
          Map.entry("rick", "richard"),
          Map.entry("jim", "james"),
          Map.entry("jimmy", "james"),
          Map.entry("mike", "michael"),
          Map.entry("tom", "thomas"),
          Map.entry("tony", "anthony"),
          Map.entry("ted", "edward"),
          Map.entry("ned", "edward"),
          Map.entry("peg", "margaret"),
          Map.entry("maggie", "margaret"),
          Map.entry("kate", "katherine"),
          Map.entry("katie", "katherine"),
          Map.entry("kathryn", "katherine"),
          Map.entry("catherine", "katherine"),
          Map.entry("liz", "elizabeth"),
          Map.entry("beth", "elizabeth"),
          Map.entry("sasha", "alexander"),
          Map.entry("alex", "alexander"),
          Map.entry("chuck", "charles"),
          Map.entry("charlie", "charles"),
          Map.entry("jack", "john"),
          Map.entry("johnny", "john"),
          Map.entry("hank", "henry"),
          Map.entry("harry", "henry"));

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

  /**
   * The sound shape of one folded word: consonants mapped and undoubled, each run of vowels one
   * {@code a}, {@code h} and {@code w} dropped after the first letter. "Haddoumi" and "Hadumi",
   * "Gaddafi" and "Qadhafi", "Kaldoria" and "Kaldorie" meet; "Radek" and "Ridge", "Haddoumi" and
   * "Dam" do not, as a bare consonant skeleton would have them.
   */
  public static String skeleton(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 4 && w.endsWith("re") && "aeiouy".indexOf(w.charAt(w.length() - 3)) < 0) {
      w = w.substring(0, w.length() - 2) + "er"; // centre, center
    }
    w =
        w.replace("dh", "d")
            .replace("th", "t")
            .replace("kh", "k")
            .replace("gh", "g")
            .replace("ph", "f")
            .replace("ck", "k");
    StringBuilder out = new StringBuilder();
    char previous = 0;
    boolean consonant = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char mapped =
          switch (c) {
            case 'q', 'c', 'g' -> 'k';
            case 'z' -> 's';
            case 'v' -> 'f';
            case 'a', 'e', 'i', 'o', 'u', 'y' -> i == 0 && c == 'y' ? 'y' : 'a';
            case 'h', 'w' -> i == 0 ? c : 0;
            case '\'' -> 0;
            default -> c;
          };
      if (mapped != 0 && mapped != previous) {
        out.append(mapped);
      }
      if (mapped != 0) {
        previous = mapped;
        consonant |= mapped != 'a';
      }
    }
    // Digits and names made of vowels keep their letters so that they do not all collide.
    return consonant ? out.toString() : w;
  }

  /**
   * The key of a whole name: skeletons of its words joined by spaces. A short acronym keeps its
   * letters ("IBO" and "WBO" differ; "U.N." and "UN" do not).
   */
  public static String key(String name) {
    String compact = name.strip();
    if (SHORT_ACRONYM.matcher(compact).matches()) {
      return "#" + compact.replace(".", "").toLowerCase(Locale.ROOT);
    }
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

  /**
   * Whether two person names written differently are one person: the same surname, first names that
   * are one name ("Fred" and "Frederick", "Katie" and "Kathryn", transliterations), and middle
   * names or initials that do not disagree ("George Bush" and "George W. Bush" are one, "George W.
   * Bush" and "George H. W. Bush" are not). Names of one word are never variants here.
   */
  public static boolean personVariants(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.size() < 2 || y.size() < 2) {
      return false;
    }
    if (!skeleton(x.get(x.size() - 1)).equals(skeleton(y.get(y.size() - 1)))
        || !sameFirstName(x.get(0), y.get(0))) {
      return false;
    }
    List<String> middleX = x.subList(1, x.size() - 1);
    List<String> middleY = y.subList(1, y.size() - 1);
    if (middleX.isEmpty() || middleY.isEmpty() || middleX.size() != middleY.size()) {
      return middleX.isEmpty() || middleY.isEmpty();
    }
    for (int i = 0; i < middleX.size(); i++) {
      if (middleX.get(i).charAt(0) != middleY.get(i).charAt(0)) {
        return false;
      }
    }
    return true;
  }

  /** Two folded first names that are one name: same key, a short form, or a known diminutive. */
  static boolean sameFirstName(String a, String b) {
    if (skeleton(a).equals(skeleton(b))) {
      return true;
    }
    String formA = FIRST_NAME_FORMS.getOrDefault(a, a);
    String formB = FIRST_NAME_FORMS.getOrDefault(b, b);
    if (formA.equals(formB)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return shorter.length() >= 3 && longer.startsWith(shorter);
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
