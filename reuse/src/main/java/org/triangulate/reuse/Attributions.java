package org.triangulate.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.Span;
import org.triangulate.core.reuse.Attribution;

/** Finds credit lines ("Source: X", "(X) -", "X reported", "quoted by X as saying") in a text. */
final class Attributions {
  private Attributions() {}

  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*";
  private static final String NAME =
      "(" + WORD + "(?:[ \\t]+(?:" + WORD + "|of|and|de|du|al|la)){0,4})";
  private static final String THE = "(?:[Tt]he[ \\t]+)?";

  private static final List<Pattern> STRONG =
      List.of(
          Pattern.compile(
              "(?m)^[ \\t]*(?:[Ss]ource|SOURCE|[Ss]ources|[Vv]ia|VIA|[Cc]redit|[Cc]opyright|©|\\([Cc]\\))"
                  + "[ \\t]*[:\\-–—]?[ \\t]*"
                  + THE
                  + NAME),
          Pattern.compile(
              "(?:[Oo]riginally|[Ff]irst)[ \\t]+(?:published|appeared|reported)[ \\t]+(?:by|in|on|at)[ \\t]+"
                  + THE
                  + NAME),
          Pattern.compile(
              "[Tt]his[ \\t]+(?:article|story|report)[ \\t]+(?:was[ \\t]+|is[ \\t]+)?(?:originally[ \\t]+|first[ \\t]+)?"
                  + "(?:published|appeared|provided|written)[ \\t]+(?:by|in|on|at)[ \\t]+"
                  + THE
                  + NAME),
          // Datelines: "VELDRA (Kestrel Wire) -", also with a region "HARLOW, Estmark (Wire) -".
          Pattern.compile(
              "(?m)^\\p{Lu}[\\p{Lu} ,.'-]{1,40}(?:,[ \\t]*\\p{Lu}[\\p{L} .'-]{0,30})?[ \\t]*\\("
                  + NAME
                  + "\\)[ \\t]*[-–—:]"));

  private static final List<Pattern> WEAK =
      List.of(
          Pattern.compile(THE + NAME + "[ \\t]+(?:reported|reports|first reported)\\b"),
          Pattern.compile("(?:reported|quoted|cited)[ \\t]+by[ \\t]+" + THE + NAME),
          Pattern.compile("[Aa]ccording[ \\t]+to[ \\t]+" + THE + NAME),
          Pattern.compile("\\b(?:told|in an interview with)[ \\t]+" + THE + NAME));

  private static final Pattern SCHEME = Pattern.compile("^(https?://)?(www\\.)?");
  private static final Pattern DOMAIN =
      Pattern.compile("\\.(com|org|net|co|info|news|io|example)(\\.[a-z]{2})?(/.*)?$");
  private static final Pattern ARTICLE = Pattern.compile("^the\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words that mark a name as an outlet rather than a person. */
  private static final Set<String> MEDIA =
      Set.of(
          "wire",
          "news",
          "press",
          "agency",
          "times",
          "post",
          "herald",
          "tribune",
          "daily",
          "radio",
          "tv",
          "television",
          "journal",
          "gazette",
          "service",
          "media",
          "report",
          "reporter",
          "chronicle",
          "observer",
          "courier",
          "dispatch",
          "bulletin",
          "network",
          "broadcasting",
          "telegraph",
          "mirror",
          "star",
          "sun",
          "standard",
          "monitor",
          "review",
          "weekly",
          "online",
          "today",
          "express",
          "ledger",
          "record",
          "register",
          "sentinel",
          "examiner",
          "inquirer",
          "independent",
          "guardian",
          "globe",
          "mail",
          "signal");

  /**
   * Words (lower case) of which each pattern needs at least one, in the order of {@link #STRONG}
   * then {@link #WEAK}: a text without any of them cannot match, so the pattern is not run.
   */
  private static final List<List<String>> NEEDS =
      List.of(
          List.of("source", "via", "credit", "copyright", "©", "(c)"),
          List.of("published", "appeared", "reported"),
          List.of("this"),
          List.of("("),
          List.of("report"),
          List.of("reported", "quoted", "cited"),
          List.of("ccording"),
          List.of("told", "interview"));

  static List<Attribution> find(String articleId, String text) {
    List<Attribution> found = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int k = 0; k < STRONG.size(); k++) {
      if (mayMatch(lower, NEEDS.get(k))) {
        collect(articleId, text, STRONG.get(k), true, found);
      }
    }
    for (int k = 0; k < WEAK.size(); k++) {
      if (mayMatch(lower, NEEDS.get(STRONG.size() + k))) {
        collect(articleId, text, WEAK.get(k), false, found);
      }
    }
    return found;
  }

  private static boolean mayMatch(String lower, List<String> needs) {
    for (String word : needs) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(
      String articleId, String text, Pattern pattern, boolean strong, List<Attribution> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String name = trim(m.group(1));
      if (name.isEmpty() || (!strong && !looksLikeOutlet(name))) {
        continue;
      }
      boolean overlaps =
          out.stream().anyMatch(a -> a.span().start() < m.end() && m.start() < a.span().end());
      if (!overlaps) {
        out.add(new Attribution(name, new Span(articleId, m.start(), m.end()), strong));
      }
    }
  }

  private static String trim(String name) {
    String n = name.strip();
    while (n.endsWith(".") || n.endsWith("-") || n.endsWith("'")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    for (String tail : List.of(" of", " and", " de", " du", " al", " la")) {
      if (n.endsWith(tail)) {
        n = n.substring(0, n.length() - tail.length()).strip();
      }
    }
    return n;
  }

  /** True when a credited name reads like a news outlet. */
  static boolean looksLikeOutlet(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (MEDIA.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A key to compare outlet names and sites: "The Kestrel Wire", "kestrelwire.com" → kestrelwire.
   */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String n = Words.fold(name.strip());
    n = SCHEME.matcher(n).replaceFirst("");
    n = DOMAIN.matcher(n).replaceFirst("");
    n = ARTICLE.matcher(n).replaceFirst("");
    return NON_WORD.matcher(n).replaceAll("");
  }

  /** True when the credited name and the site name the same outlet. */
  static boolean sameOutlet(String credited, String site) {
    String a = key(credited);
    String b = key(site);
    if (a.length() < 3 || b.length() < 3) {
      return false;
    }
    return a.equals(b) || (a.length() >= 5 && b.contains(a)) || (b.length() >= 5 && a.contains(b));
  }
}
