package org.triangulate.reuse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.Problem;
import org.triangulate.core.reuse.Attribution;

/** Turns an article into an {@link AnalysedArticle}, bounding the work on huge texts. */
final class Analyser {
  static final int SHINGLE = 5;
  static final int MINHASH_SHINGLE = 3;
  static final int BANDS = 16;
  static final int ROWS = 4;

  private static final Pattern BOUNDARY =
      Pattern.compile("(?<=[.!?]['\"”’)]?)\\s+(?=['\"“‘(]?[\\p{Lu}\\p{N}])|(?<=[。！？])|\\n+");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
          "prof", "jr", "sr", "no", "inc", "ltd", "co", "corp", "vs", "approx", "dept", "est",
          "fig", "mt", "ft", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Pattern QUOTE = Pattern.compile("[\"“”«»„][^\"“”«»„]{15,}[\"“”«»„]");
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private final int maxChars;
  private final int maxSentences;

  Analyser(int maxChars, int maxSentences) {
    this.maxChars = maxChars;
    this.maxSentences = maxSentences;
  }

  AnalysedArticle analyse(Article article) {
    String text = article.text();
    List<Problem> problems = new ArrayList<>();
    int limit = Math.min(text.length(), maxChars);
    if (limit < text.length()) {
      problems.add(
          new Problem(
              article.source(),
              "reuse-truncated",
              "text of "
                  + text.length()
                  + " characters is longer than the provenance cap of "
                  + maxChars
                  + "; only the first "
                  + maxChars
                  + " were compared with other articles",
              false));
    }
    List<int[]> paragraphs = paragraphs(article, limit);
    List<String> paragraphTexts = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String> allWords = new ArrayList<>();
    int junk = 0;
    int contentChars = 0;
    boolean capped = false;
    boolean inFaq = false;
    List<int[]> ranges = new ArrayList<>();
    List<List<Words.Word>> wordLists = new ArrayList<>();
    outer:
    for (int[] range : paragraphs) {
      String paragraph = text.substring(range[0], range[1]);
      paragraphTexts.add(paragraph);
      // An FAQ block added to a copy runs to the end of the text: furniture, not content.
      inFaq = inFaq || SpinMarks.isFaqHeading(paragraph);
      if (inFaq) {
        continue;
      }
      for (int[] s : split(text, range[0], range[1])) {
        if (ranges.size() >= maxSentences) {
          capped = true;
          break outer;
        }
        String sentenceText = text.substring(s[0], s[1]);
        List<Words.Word> words = Words.of(text, s[0], s[1]);
        if (words.isEmpty()) {
          continue;
        }
        if (SpinMarks.isJunk(sentenceText)) {
          junk++;
          continue;
        }
        if (SpinMarks.isFurniture(sentenceText)) {
          continue;
        }
        ranges.add(s);
        wordLists.add(words);
      }
    }
    // How the article writes each word away from a sentence start: a capitalised first word is a
    // name when the article capitalises it elsewhere too, or when it is not a common word. Only the
    // first words are looked up, so the pass costs a lookup in a small set per word.
    Set<String> initials = new HashSet<>();
    for (List<Words.Word> words : wordLists) {
      Words.Word first = words.get(0);
      if (first.capitalised() && !Words.hasDigit(first.folded())) {
        initials.add(first.folded());
      }
    }
    Set<String> capitalisedInside = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    if (!initials.isEmpty()) {
      for (List<Words.Word> words : wordLists) {
        for (int k = 0; k < words.size(); k++) {
          Words.Word w = words.get(k);
          if (initials.contains(w.folded())) {
            if (!w.capitalised()) {
              lowerCase.add(w.folded());
            } else if (k > 0) {
              capitalisedInside.add(w.folded());
            }
          }
        }
      }
    }
    for (int n = 0; n < ranges.size(); n++) {
      int[] s = ranges.get(n);
      List<Words.Word> words = wordLists.get(n);
      String sentenceText = text.substring(s[0], s[1]);
      List<String> folded = new ArrayList<>(words.size());
      Set<String> content = new LinkedHashSet<>();
      Set<String> anchors = new LinkedHashSet<>();
      Set<String> numbers = new HashSet<>();
      Set<String> initialNames = new HashSet<>();
      for (int k = 0; k < words.size(); k++) {
        Words.Word w = words.get(k);
        folded.add(w.folded());
        if (!Words.STOP.contains(w.folded())) {
          content.add(w.folded());
        }
        if (Words.hasDigit(w.folded())) {
          String number = numberKey(text, w);
          anchors.add(number);
          numbers.add(number);
        } else if (isName(w, k, capitalisedInside, lowerCase)) {
          if (k == 0 && !capitalisedInside.contains(w.folded())) {
            initialNames.add(w.folded());
          } else {
            anchors.add(w.folded());
          }
        }
      }
      allWords.addAll(folded);
      sentences.add(
          new Sentence(
              sentences.size(),
              s[0],
              s[1],
              List.copyOf(folded),
              Set.copyOf(content),
              Set.copyOf(anchors),
              Set.copyOf(initialNames),
              QUOTE.matcher(sentenceText).find(),
              Set.copyOf(folded),
              ParaphraseScorer.stems(folded),
              Set.copyOf(numbers)));
      contentChars += s[1] - s[0];
    }
    if (capped) {
      problems.add(
          new Problem(
              article.source(),
              "reuse-truncated",
              "more than "
                  + maxSentences
                  + " sentences; only the first "
                  + maxSentences
                  + " were compared with other articles",
              false));
    }
    if (sentences.isEmpty()) {
      problems.add(
          new Problem(
              article.source(),
              junk > 0 ? "reuse-boilerplate" : "reuse-empty",
              junk > 0
                  ? "the text is only boilerplate (subscription, cookie or share lines); nothing to"
                      + " compare"
                  : "the text has no words; nothing to compare",
              false));
    } else if (sentences.size() == 1) {
      problems.add(
          new Problem(
              article.source(),
              "reuse-short",
              "the text is a single sentence; only verbatim copies of it can be found",
              false));
    }
    String script = dominantScript(text, limit);
    Set<Long> anchorKeys = new LinkedHashSet<>();
    for (Sentence s : sentences) {
      for (String a : s.anchors()) {
        anchorKeys.add(Hashing.of("a:" + a));
      }
    }
    return new AnalysedArticle(
        article,
        List.copyOf(sentences),
        limit,
        contentChars,
        fingerprints(allWords),
        bands(allWords),
        anchorKeys.stream().mapToLong(Long::longValue).toArray(),
        List.copyOf(attributions(article, limit)),
        SpinMarks.hasFaq(text.substring(0, limit)),
        SpinMarks.hasGenericClosing(paragraphTexts),
        junk,
        script,
        List.copyOf(problems));
  }

  /**
   * A capitalised word that names someone or something: inside a sentence any capitalised word but
   * a few function and calendar words; at the start of a sentence only a word the article also
   * capitalises inside a sentence, or one that is neither a common word nor written in lower case
   * elsewhere in the article.
   */
  static boolean isName(
      Words.Word w, int position, Set<String> capitalisedInside, Set<String> lowerCase) {
    String f = w.folded();
    if (!w.capitalised() || f.length() <= 1 || Words.NOT_NAMES.contains(f)) {
      return false;
    }
    if (position > 0) {
      return true;
    }
    return capitalisedInside.contains(f)
        || (!lowerCase.contains(f) && !Words.STOP.contains(f) && !Words.COMMON_INITIAL.contains(f));
  }

  /**
   * A number as the same figure is written in different styles: a decimal without its leading zero
   * (".5" = "0.5"), a currency code glued after the symbol ("$US5" = "$5"), a compound adjective
   * ("60-year-old", "19-hour" = the number).
   */
  static String numberKey(String text, Words.Word w) {
    String f = w.folded();
    int start = w.start();
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    if (Character.isDigit(f.charAt(0))
        && before == '.'
        && (start < 2 || !Character.isLetterOrDigit(text.charAt(start - 2)))) {
      f = "0" + f;
    }
    if (Character.getType(before) == Character.CURRENCY_SYMBOL) {
      int k = 0;
      while (k < f.length() && Character.isLetter(f.charAt(k))) {
        k++;
      }
      if (k > 0 && k <= 3 && k < f.length() && Character.isDigit(f.charAt(k))) {
        f = f.substring(k);
      }
    }
    int hyphen = f.indexOf('-');
    if (hyphen > 0
        && hyphen + 1 < f.length()
        && Character.isLetter(f.charAt(hyphen + 1))
        && f.substring(0, hyphen).chars().allMatch(Character::isDigit)) {
      f = f.substring(0, hyphen);
    }
    return f;
  }

  private static List<Attribution> attributions(Article article, int limit) {
    return Attributions.find(article.id(), article.text().substring(0, limit));
  }

  private static List<int[]> paragraphs(Article article, int limit) {
    List<int[]> out = new ArrayList<>();
    if (!article.blocks().isEmpty()) {
      for (Block b : article.blocks()) {
        if (b.start() >= limit) {
          break;
        }
        out.add(new int[] {b.start(), Math.min(b.end(), limit)});
      }
      return out;
    }
    String text = article.text();
    Matcher m = Pattern.compile("\\n\\s*\\n").matcher(text);
    int start = 0;
    while (start < limit) {
      int end = m.find(start) ? Math.min(m.start(), limit) : limit;
      if (end > start) {
        out.add(new int[] {start, end});
      }
      if (end >= limit) {
        break;
      }
      start = m.end();
    }
    return out;
  }

  /** Sentence ranges inside {@code [from, to)}, trimmed, skipping abbreviations. */
  static List<int[]> split(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(text).region(from, to);
    int start = from;
    while (m.find()) {
      if (m.end() <= start) {
        continue;
      }
      if (m.start() > start && abbreviationBefore(text, start, m.start())) {
        continue;
      }
      add(text, start, m.start(), out);
      start = m.end();
    }
    add(text, start, to, out);
    return out;
  }

  private static boolean abbreviationBefore(String text, int from, int end) {
    int k = end;
    while (k > from && !Character.isLetterOrDigit(text.charAt(k - 1))) {
      k--;
    }
    if (k == end || text.charAt(end - 1) != '.') {
      return false;
    }
    int w = k;
    while (w > from && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, k).toLowerCase(Locale.ROOT);
    return (word.length() == 1 && Character.isUpperCase(text.charAt(w)))
        || ABBREVIATIONS.contains(word);
  }

  private static void add(String text, int start, int end, List<int[]> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new int[] {start, end});
    }
  }

  private static long[] fingerprints(List<String> words) {
    Set<Long> out = new LinkedHashSet<>();
    boolean keepAll = words.size() < 60;
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = shingle(words, i, SHINGLE);
      if (keepAll || (h & 3) == 0) {
        out.add(h);
      }
    }
    if (words.size() < SHINGLE && !words.isEmpty()) {
      out.add(shingle(words, 0, words.size()));
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static long[] bands(List<String> words) {
    if (words.size() < MINHASH_SHINGLE) {
      return new long[0];
    }
    long[] mins = new long[SEEDS.length];
    java.util.Arrays.fill(mins, Long.MAX_VALUE);
    for (int i = 0; i + MINHASH_SHINGLE <= words.size(); i++) {
      long h = shingle(words, i, MINHASH_SHINGLE);
      for (int k = 0; k < SEEDS.length; k++) {
        long v = Hashing.mix(h ^ SEEDS[k]);
        if (v < mins[k]) {
          mins[k] = v;
        }
      }
    }
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = b + 1;
      for (int r = 0; r < ROWS; r++) {
        key = Hashing.combine(key, mins[b * ROWS + r]);
      }
      bands[b] = key;
    }
    return bands;
  }

  static long shingle(List<String> words, int from, int n) {
    long h = n;
    for (int k = from; k < from + n; k++) {
      h = Hashing.combine(h, Hashing.of(words.get(k)));
    }
    return h;
  }

  private static long[] seeds(int n) {
    long[] out = new long[n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261123L);
    for (int k = 0; k < n; k++) {
      out[k] = random.nextLong();
    }
    return out;
  }

  private static String dominantScript(String text, int limit) {
    Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
    int step = Math.max(1, limit / 20_000);
    int ascii = 0;
    for (int i = 0; i < limit; i += step) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        ascii++; // the common case, without the script table lookup
      } else if (Character.isLetter(c) && !Character.isSurrogate(c)) {
        counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    if (ascii > 0) {
      counts.merge(Character.UnicodeScript.LATIN, ascii, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> e.getKey().name())
        .orElse("UNKNOWN");
  }
}
