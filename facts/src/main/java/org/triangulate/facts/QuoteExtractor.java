package org.triangulate.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.Problem;
import org.triangulate.core.facts.EntityType;

/**
 * Finds quotes and their speakers: direct quotes in straight, curly or guillemet marks (nested,
 * spanning paragraphs, partial) and reported speech with cue verbs ("said", "told", "according to",
 * "described ... as"). Speakers include offices and statements ("X's office said in a statement",
 * "a spokesperson for X") and second-hand attribution ("X was quoted by AFP as saying": speaker X,
 * via AFP). Scans in linear time; every regular expression works on a bounded window. Immutable and
 * thread-safe.
 */
public final class QuoteExtractor {
  /** The longest sentence parsed for reported speech; longer ones are skipped. */
  static final int MAX_SENTENCE = 1_000;

  private static final int MAX_PROBLEMS = 20;

  static final String CUE =
      "said|says|say|told|tells|added|adds|stressed|stresses|warned|warns|insisted|insists|argued"
          + "|argues|noted|notes|explained|claimed|claims|declared|announced|wrote|writes|tweeted"
          + "|asked|replied|continued|recalled|concluded|acknowledged|admitted|confirmed|denied"
          + "|urged|vowed|pledged|promised|predicted|suggested|maintained|observed|remarked"
          + "|complained|cautioned|emphasised|emphasized|reiterated|announces|reported|reports"
          + "|believes|believe|believed|thinks|think|thought|stated|states|testified|asserted"
          + "|alleged|alleges|revealed|indicated|estimated|estimates|predicts|expects|hopes|hoped"
          + "|feels|felt|knows|learned|has learned|pointed out|points out|acknowledges|admits"
          + "|contends|contended|agreed|agrees|disagreed|countered|responded|charged|accused"
          + "|accuses|conceded|concedes|boasted|joked|quipped|shouted|worries|worried|fears"
          + "|feared|wants|wanted|demanded|demands|mentioned|hinted|signaled|signalled|suggests"
          + "|insist|argue|warn|claim|explains|recalls|tweets|wrote in|declares|announce";
  private static final String SPEAKER = "[^,.;:!?\"“”«»\\n]{1,80}?";
  private static final String SPEAKER_GREEDY = "[^,;:!?\"“”«»\\n]{1,80}";

  private static final Pattern AFTER_CUE_FIRST =
      Pattern.compile(
          "^[\\s,]{0,3}(" + CUE + ")\\s{1,3}(" + SPEAKER_GREEDY + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern AFTER_SPEAKER_FIRST =
      Pattern.compile(
          "^[\\s,]{0,3}("
              + SPEAKER
              + ")\\s{1,3}(?:(?:has|had|have|also|later|then|again)\\s{1,3})?(?:(was quoted by|were quoted by)\\s{1,3}([^,.;\"“”]{1,40}?)\\s{1,3}as saying|("
              + CUE
              + "))(?![a-z])");
  private static final Pattern BEFORE_QUOTED =
      Pattern.compile(
          "("
              + SPEAKER
              + ")\\s{1,3}(?:was|were) quoted by\\s{1,3}([^,.;\"“”]{1,40}?)\\s{1,3}as"
              + " saying[\\s,:]{0,3}(?:that\\s{1,3})?$");
  private static final Pattern BEFORE_ACCORDING =
      Pattern.compile("(?i)according to\\s{1,3}(" + SPEAKER_GREEDY + ")[\\s,:]{0,3}$");
  private static final Pattern BEFORE_CUE =
      Pattern.compile(
          "("
              + SPEAKER
              + ")\\s{1,3}(?:(?:has|had|have|also|later|then|again)\\s{1,3})?("
              + CUE
              + ")(?![a-z])(?:[^,.;:\"“”\\n]{0,60}?)[\\s,:]{0,3}(?:that\\s{1,3})?$");

  /** "Vell called them on it:", "The memo goes on to say:": the clause's subject speaks. */
  private static final Pattern BEFORE_COLON =
      Pattern.compile(
          "((?:[A-Z0-9][^\\s,.;:!?\"“”]*|[a-z]+)(?:\\s{1,3}[^\\s,.;:!?\"“”]+){0,7}?)"
              + "\\s{1,3}(?:(?:has|had|have|also|then|again|later|just|finally|once|simply)"
              + "\\s{1,3})?("
              + CUE
              + "|[a-z]{3,}(?:ed|es|s)|put it|wrote|spoke|said)(?![a-z])[^.;:!?\"“”\n]{0,60}?:\\s{0,3}$");

  /** "Ryan called the images “...": a named subject and any past-tense verb before a quote. */
  private static final Pattern BEFORE_VERB =
      Pattern.compile(
          "("
              + SPEAKER
              + ")\\s{1,3}(?:(?:has|had|also|then|later)\\s{1,3})?([a-z]{3,}ed|called|wrote|told"
              + "|put it|described|tweeted|thanked)(?![a-z])[^,.;:!?\"“”\n]{0,80}?\\s{0,3}$");

  /** "“...,” Graham, a former candidate, told CBS": the name before the apposition speaks. */
  private static final Pattern AFTER_APPOSITIVE =
      Pattern.compile(
          "^[\\s,]{0,3}("
              + SPEAKER
              + "),\\s{1,3}[^,\"“”\n]{1,60},\\s{1,3}(?:(?:has|had|also|later)\\s{1,3})?("
              + CUE
              + "|[a-z]{3,}ed)(?![a-z])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern OBJECT_START =
      Pattern.compile("^\\s{1,3}(?:the\\s|[A-Z][a-z]+(?:\\s|$))");

  private static final Pattern OBJECT_CUE =
      Pattern.compile("told|tells|asked|urged|warned|warns|reminded|assured|promised|informed");

  private static final Pattern VERB_LIKE =
      Pattern.compile(
          "(?:has|had|have|is|was|were|are|will|would|can|could)|[a-z]{3,}(?:ed|es)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ANY_CUE =
      Pattern.compile(
          "\\b(?:" + CUE + "|according to|described|describes|quoted)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE_APPOSITIVE =
      Pattern.compile(
          "("
              + SPEAKER
              + "),\\s{1,3}[^,\"“”\\n]{1,60},\\s{1,3}(?:(?:has|had|also|later)\\s{1,3})?("
              + CUE
              + ")(?![a-z])(?:[^,.;:\"“”\\n]{0,60}?)[\\s,:]{0,3}(?:that\\s{1,3})?$");
  private static final Pattern REPORTED_APPOSITIVE =
      Pattern.compile(
          "^("
              + SPEAKER
              + "),\\s{1,3}[^,]{1,60},\\s{1,3}(?:(?:has|had|also|later)\\s{1,3})?("
              + CUE
              + ")(?![a-z])(?:\\s{1,3}(?:reporters|journalists|on \\w+|in \\w+))?[\\s,]{1,3}"
              + "(?:that\\s{1,3})?(.{12,})$");
  private static final Pattern REPORTED_SPEAKER_FIRST =
      Pattern.compile(
          "^(?:(?:In|At|On|During|After|Before|Speaking|Asked|Later|But|And|However|Meanwhile"
              + "|Earlier|Still|Now|Yet|Also|Instead)\\b[^,\"“”]{0,60},\\s{1,3})?("
              + SPEAKER
              + ")\\s{1,3}(?:(?:has|had|have|also|later|then|again)\\s{1,3})?("
              + CUE
              + ")(?![a-z])((?:\\s{1,3}(?:reporters|journalists|the [A-Za-z ]{1,30}?|[A-Z][a-z]+"
              + "|him|her|them|us))?(?:\\s{1,3}in\\s{1,3}(?:a|an)\\s{1,3}(?:written\\s{1,3})?"
              + "(?:statement|interview|speech|post|letter|tweet|video|briefing|press conference))?"
              + "(?:\\s{1,3}(?:on|in|at|late|early)\\s{1,3}[^,]{1,30}?)?)"
              + "[\\s,]{1,3}(?:that\\s{1,3})?(.{12,})$");
  private static final Pattern REPORTED_QUOTED =
      Pattern.compile(
          "^("
              + SPEAKER
              + ")\\s{1,3}(?:was|were) quoted by\\s{1,3}([^,.;]{1,40}?)\\s{1,3}as saying"
              + "[\\s,]{1,3}(?:that\\s{1,3})?(.{12,})$");
  private static final Pattern REPORTED_CONTENT_FIRST =
      Pattern.compile(
          "^(.{12,}?),\\s{1,3}(?:("
              + SPEAKER
              + ")\\s{1,3}("
              + CUE
              + ")|("
              + CUE
              + ")\\s{1,3}("
              + SPEAKER_GREEDY
              + "))(?:\\s{1,3}[^,]{0,40})?[.!]?$");
  private static final Pattern ACCORDING_FIRST =
      Pattern.compile("^(?i:according to)\\s{1,3}(" + SPEAKER_GREEDY + "),\\s{1,3}(.{12,})$");
  private static final Pattern ACCORDING_LAST =
      Pattern.compile("^(.{12,}?),?\\s{1,3}according to\\s{1,3}(" + SPEAKER_GREEDY + ")[.!]?$");
  private static final Pattern DESCRIBED =
      Pattern.compile("^(" + SPEAKER + ")\\s{1,3}(described|describes)\\s{1,3}(.{6,}?)[.!]?$");

  private static final Pattern SPOKESPERSON =
      Pattern.compile(
          "(?i)(?:a|an|the)?\\s{0,3}(?:\\w+\\s{1,3})?(?:spokesperson|spokesman|spokeswoman|"
              + "representative|aide|adviser|advisor|official|lawyer|statement|source)s?"
              + "\\s{1,3}(?:for|from|of|close to|at)\\s{1,3}(.+)");
  private static final Pattern OFFICE =
      Pattern.compile(
          "(.+?)(?:'s|’s)\\s{1,3}(?:office|spokesperson|spokesman|spokeswoman|press office|"
              + "ministry|government|team|campaign|lawyer|family|aide|representative)");
  private static final Pattern PRONOUN =
      Pattern.compile(
          "(?i)^(?:he|she|they|i|we|you|the\\s{1,3}(?:minister|president|official|spokesman|"
              + "spokeswoman|general|commander|mayor|governor|leader))$");

  /**
   * A quote before entity linking: the speaker is a text span that the caller maps to an entity.
   *
   * @param start content start
   * @param end content end
   * @param direct true for a quotation in marks
   * @param speaker speaker phrase as written, or null
   * @param speakerStart start of the mention that names the speaker, or -1
   * @param speakerEnd end of that mention, or -1
   * @param speakerPhraseStart start of the whole speaker phrase as written, or -1
   * @param speakerPhraseEnd end of the speaker phrase, or -1
   * @param via intermediary of a second-hand attribution, or null
   * @param cue the cue, or null
   */
  public record Found(
      int start,
      int end,
      boolean direct,
      String speaker,
      int speakerStart,
      int speakerEnd,
      int speakerPhraseStart,
      int speakerPhraseEnd,
      String via,
      String cue) {}

  /** Quotes of one text plus problems (unbalanced marks). */
  public record Result(List<Found> quotes, List<Problem> problems) {}

  private record Speaker(
      String text, int mentionStart, int mentionEnd, int phraseStart, int phraseEnd) {}

  private record Attribution(Speaker speaker, String via, String cue) {}

  /** Finds the quotes of {@code text}. */
  public Result extract(
      String articleId, String text, List<TextRange> sentences, List<NamedEntity> entities) {
    List<Problem> problems = new ArrayList<>();
    List<TextRange> direct = directQuotes(articleId, text, problems);
    List<Found> quotes = new ArrayList<>();
    Found previous = null;
    for (TextRange q : direct) {
      String content = text.substring(q.start(), q.end());
      int words = content.isBlank() ? 0 : content.strip().split("\\s+").length;
      if (words == 0) {
        continue;
      }
      Attribution a = attributeDirect(text, q, sentences, entities, previous);
      if (a == null && words < 3) {
        continue; // scare quotes: a word or two in marks with nobody saying them
      }
      Found found =
          a == null
              ? new Found(q.start(), q.end(), true, null, -1, -1, -1, -1, null, null)
              : new Found(
                  q.start(),
                  q.end(),
                  true,
                  a.speaker() == null ? null : a.speaker().text(),
                  a.speaker() == null ? -1 : a.speaker().mentionStart(),
                  a.speaker() == null ? -1 : a.speaker().mentionEnd(),
                  a.speaker() == null ? -1 : a.speaker().phraseStart(),
                  a.speaker() == null ? -1 : a.speaker().phraseEnd(),
                  a.via(),
                  a.cue());
      quotes.add(found);
      previous = found;
    }
    for (TextRange sentence : sentences) {
      if (sentence.end() - sentence.start() > MAX_SENTENCE) {
        continue;
      }
      boolean hasDirect = false;
      for (TextRange q : direct) {
        if (q.start() < sentence.end() && sentence.start() < q.end()) {
          hasDirect = true;
          break;
        }
      }
      if (!hasDirect) {
        Found reported = reported(text, sentence, entities, quotes);
        if (reported != null) {
          quotes.add(reported);
        }
      }
    }
    quotes.sort(java.util.Comparator.comparingInt(Found::start));
    return new Result(quotes, problems);
  }

  // ---- direct quotes ----

  private static boolean opening(char c) {
    return c == '“' || c == '«' || c == '„';
  }

  private static boolean closing(char c) {
    return c == '”' || c == '»';
  }

  /** Content ranges of quotations in marks; unbalanced marks become problems. */
  static List<TextRange> directQuotes(String articleId, String text, List<Problem> problems) {
    List<TextRange> out = new ArrayList<>();
    int open = -1;
    boolean straight = false;
    int unbalanced = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < length && text.charAt(i + 1) == '\n' && open >= 0) {
        // Paragraph break inside a quote: it continues if the next paragraph opens a quote.
        int j = i;
        while (j < length && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < length && (opening(text.charAt(j)) || text.charAt(j) == '"')) {
          i = j; // skip the re-opening mark
          continue;
        }
        unbalanced++;
        open = -1;
        continue;
      }
      if (open < 0) {
        if (opening(c) || c == '"') {
          open = i + 1;
          straight = c == '"';
        }
      } else if ((straight && c == '"') || (!straight && closing(c))) {
        int start = open;
        int end = i;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)))) {
          end--;
        }
        if (end > start) {
          out.add(new TextRange(start, end));
        }
        open = -1;
      } else if (!straight && opening(c)) {
        unbalanced++;
        open = i + 1; // an opening mark never closed: start again here
      }
    }
    if (open >= 0) {
      unbalanced++;
    }
    if (unbalanced > 0) {
      problems.add(
          Problem.warning(
              articleId,
              "unbalanced-quote",
              unbalanced
                  + " quotation mark(s) without a partner; text after them was not read as a"
                  + " quote"));
    }
    if (problems.size() > MAX_PROBLEMS) {
      problems.subList(MAX_PROBLEMS, problems.size()).clear();
    }
    return out;
  }

  private static Attribution attributeDirect(
      String text,
      TextRange q,
      List<TextRange> sentences,
      List<NamedEntity> entities,
      Found previous) {
    int closeEnd = Math.min(text.length(), q.end() + 1);
    while (closeEnd < text.length()
        && (text.charAt(closeEnd) == '"' || closing(text.charAt(closeEnd)))) {
      closeEnd++;
    }
    int paragraphEnd = text.indexOf("\n\n", closeEnd);
    if (paragraphEnd < 0) {
      paragraphEnd = text.length();
    }
    int afterEnd = Math.min(paragraphEnd, closeEnd + 120);
    String after = text.substring(closeEnd, afterEnd);
    // A quote that ends its sentence ("... nomination.”) takes no speaker from the next sentence;
    // after "?" or "!" only a lower-case continuation ("he asked") still belongs to it.
    char last = text.charAt(Math.max(q.start(), q.end() - 1));
    boolean closed =
        last == '.'
            || ((last == '?' || last == '!')
                && !after.isBlank()
                && Character.isUpperCase(after.strip().charAt(0)));
    if (closed) {
      after = "";
    }
    Matcher m = AFTER_CUE_FIRST.matcher(after);
    if (m.find()) {
      Speaker s = speaker(text, closeEnd + m.start(2), closeEnd + m.end(2), entities, q.start());
      if (s != null) {
        return new Attribution(s, null, m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    m = AFTER_APPOSITIVE.matcher(after);
    if (m.find() && words(m.group(1)) <= 5) {
      Speaker s = speaker(text, closeEnd + m.start(1), closeEnd + m.end(1), entities, q.start());
      if (s != null && s.mentionStart() >= 0) {
        return new Attribution(s, null, m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    m = AFTER_SPEAKER_FIRST.matcher(after);
    if (m.find() && words(m.group(1)) <= 8) {
      Speaker s = speaker(text, closeEnd + m.start(1), closeEnd + m.end(1), entities, q.start());
      if (s != null) {
        if (m.group(2) != null) {
          return new Attribution(s, m.group(3).strip(), "quoted by");
        }
        return new Attribution(s, null, m.group(4).toLowerCase(Locale.ROOT));
      }
    }
    int openStart = Math.max(0, q.start() - 1);
    while (openStart > 0 && !(text.charAt(openStart) == '"' || opening(text.charAt(openStart)))) {
      openStart--;
    }
    int sentenceStart = openStart;
    for (TextRange s : sentences) {
      if (s.start() <= openStart && openStart <= s.end()) {
        sentenceStart = s.start();
        break;
      }
    }
    int windowStart = Math.max(sentenceStart, openStart - 160);
    String before = text.substring(windowStart, openStart);
    m = BEFORE_QUOTED.matcher(before);
    if (m.find()) {
      Speaker s =
          speaker(text, windowStart + m.start(1), windowStart + m.end(1), entities, q.start());
      if (s != null) {
        return new Attribution(s, m.group(2).strip(), "quoted by");
      }
    }
    m = BEFORE_ACCORDING.matcher(before);
    if (m.find()) {
      Speaker s =
          speaker(text, windowStart + m.start(1), windowStart + m.end(1), entities, q.start());
      if (s != null) {
        return new Attribution(s, null, "according to");
      }
    }
    m = BEFORE_APPOSITIVE.matcher(before);
    if (m.find()) {
      Speaker s =
          speaker(text, windowStart + m.start(1), windowStart + m.end(1), entities, q.start());
      if (s != null) {
        return new Attribution(s, null, m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    m = BEFORE_CUE.matcher(before);
    if (m.find()) {
      Speaker s =
          speaker(text, windowStart + m.start(1), windowStart + m.end(1), entities, q.start());
      if (s != null) {
        return new Attribution(s, null, m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    m = BEFORE_COLON.matcher(before);
    if (m.find() && !VERB_LIKE.matcher(m.group(1)).find()) {
      Speaker s =
          speaker(text, windowStart + m.start(1), windowStart + m.end(1), entities, q.start());
      if (s != null) {
        return new Attribution(s, null, m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    m = BEFORE_VERB.matcher(before);
    if (m.find() && words(m.group(1)) <= 5) {
      Speaker s =
          speaker(text, windowStart + m.start(1), windowStart + m.end(1), entities, q.start());
      String subject =
          text.substring(s == null ? 0 : s.phraseStart(), s == null ? 0 : s.phraseEnd());
      if (s != null && (NAME_LIKE.matcher(subject).matches() || PRONOUN.matcher(subject).find())) {
        return new Attribution(s, null, m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    // A quote paragraph without attribution continues the previous speaker's words.
    if (previous != null && previous.speaker() != null) {
      String between = text.substring(Math.min(previous.end(), q.start()), q.start());
      if (between.length() < 400 && between.contains("\n\n")) {
        return new Attribution(
            new Speaker(
                previous.speaker(),
                previous.speakerStart(),
                previous.speakerEnd(),
                previous.speakerPhraseStart(),
                previous.speakerPhraseEnd()),
            previous.via(),
            previous.cue());
      }
    }
    return null;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  // ---- reported speech ----

  private static Found reported(
      String text, TextRange sentence, List<NamedEntity> entities, List<Found> quotes) {
    String s = text.substring(sentence.start(), sentence.end());
    int base = sentence.start();
    if (s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0) {
      return null; // marks left over from an unbalanced quote: not reported speech
    }
    if (!ANY_CUE.matcher(s).find()) {
      return null; // no cue word: the costly patterns below cannot match
    }
    Matcher m = REPORTED_QUOTED.matcher(s);
    if (m.find()) {
      Speaker sp = speaker(text, base + m.start(1), base + m.end(1), entities, base);
      if (sp != null) {
        return content(
            text, base + m.start(3), base + m.end(3), sp, m.group(2).strip(), "quoted by");
      }
    }
    m = ACCORDING_FIRST.matcher(s);
    if (m.find()) {
      Speaker sp = speaker(text, base + m.start(1), base + m.end(1), entities, base);
      if (sp != null) {
        return content(text, base + m.start(2), base + m.end(2), sp, null, "according to");
      }
    }
    m = ACCORDING_LAST.matcher(s);
    if (m.find()) {
      Speaker sp = speaker(text, base + m.start(2), base + m.end(2), entities, base);
      if (sp != null) {
        return content(text, base + m.start(1), base + m.end(1), sp, null, "according to");
      }
    }
    m = REPORTED_APPOSITIVE.matcher(s);
    if (m.find() && words(m.group(1)) <= 6) {
      Speaker sp = speaker(text, base + m.start(1), base + m.end(1), entities, base);
      if (sp != null) {
        return content(
            text,
            base + m.start(3),
            base + m.end(3),
            sp,
            null,
            m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    m = REPORTED_SPEAKER_FIRST.matcher(s);
    if (m.find() && words(m.group(1)) <= 10) {
      Speaker sp = speaker(text, base + m.start(1), base + m.end(1), entities, base);
      if (sp != null) {
        String cue = m.group(2).toLowerCase(Locale.ROOT);
        // "said the ferry company would...": only verbs such as "told" take a listener first.
        boolean listener = OBJECT_START.matcher(m.group(3)).find();
        int contentStart = listener && !OBJECT_CUE.matcher(cue).matches() ? m.start(3) : m.start(4);
        return content(
            text,
            base + contentStart,
            base + m.end(4),
            sp,
            null,
            m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    m = REPORTED_CONTENT_FIRST.matcher(s);
    if (m.find()) {
      boolean speakerFirst = m.group(2) != null;
      int spStart = base + (speakerFirst ? m.start(2) : m.start(5));
      int spEnd = base + (speakerFirst ? m.end(2) : m.end(5));
      if (words(text.substring(spStart, spEnd)) <= 10) {
        Speaker sp = speaker(text, spStart, spEnd, entities, base);
        if (sp != null) {
          String cue = (speakerFirst ? m.group(3) : m.group(4)).toLowerCase(Locale.ROOT);
          return content(text, base + m.start(1), base + m.end(1), sp, null, cue);
        }
      }
    }
    m = DESCRIBED.matcher(s);
    if (m.find() && words(m.group(1)) <= 8 && m.group(3).contains(" as ")) {
      Speaker sp = speaker(text, base + m.start(1), base + m.end(1), entities, base);
      if (sp != null) {
        return content(text, base + m.start(3), base + m.end(3), sp, null, "described as");
      }
    }
    return null;
  }

  private static Found content(
      String text, int start, int end, Speaker speaker, String via, String cue) {
    while (end > start && ".!?,; ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (words(text.substring(start, end)) < 3) {
      return null;
    }
    return new Found(
        start,
        end,
        false,
        speaker.text(),
        speaker.mentionStart(),
        speaker.mentionEnd(),
        speaker.phraseStart(),
        speaker.phraseEnd(),
        via,
        cue);
  }

  // ---- speakers ----

  /**
   * Reads a speaker phrase in {@code [start, end)}: the entity it names (directly, as "X's office",
   * or as "a spokesperson for X"), a pronoun resolved to the last person before {@code anchor}, or
   * a common noun phrase ("police", "the ministry"). Null when the phrase names nobody.
   */
  private static Speaker speaker(
      String text, int start, int end, List<NamedEntity> entities, int anchor) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return null;
    }
    String phrase = text.substring(start, end);
    NamedEntity named = null;
    for (NamedEntity e : entities) {
      if (e.start() >= start && e.end() <= end) {
        if (named == null || e.type() == EntityType.PERSON && named.type() != EntityType.PERSON) {
          named = e;
        }
        if (OFFICE.matcher(phrase).find() || SPOKESPERSON.matcher(phrase).find()) {
          named = e; // "a spokesperson for the Ministry of X": the last name is the principal
        }
      }
    }
    if (named != null) {
      return new Speaker(phrase, named.start(), named.end(), start, end);
    }
    if (PRONOUN.matcher(phrase).find()) {
      NamedEntity last = null;
      for (NamedEntity e : entities) {
        if (e.end() <= Math.min(start, anchor) && e.type() == EntityType.PERSON) {
          last = e;
        }
      }
      return last == null
          ? new Speaker(phrase, -1, -1, start, end)
          : new Speaker(last.text(), last.start(), last.end(), start, end);
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (words(phrase) <= 6
        && lower.matches(
            "(?s).*\\b(police|officials?|ministry|government|army|military|spokes\\w+|statement"
                + "|witness(es)?|residents?|sources?|authorities|agency|office|minister|president"
                + "|report|doctors?|analysts?|experts?|lawyers?|prosecutors?|investigators?"
                + "|diplomats?|commander|leaders?|group|company|organi[sz]ation|people|he|she"
                + "|they|i|we|critics?|supporters?|poll|polls|survey|study|campaign|aides?"
                + "|advisers?|advisors?|insiders?|observers?|voters?|democrats?|republicans?"
                + "|judge|court|documents?|memo|letter|reports?|staff|spokesperson|officers?"
                + "|activists?|protesters?|senators?|lawmakers?|members?|others?|many|some"
                + "|researchers?|scientists?|economists?|media|newspaper|website)\\b.*")) {
      return new Speaker(phrase, -1, -1, start, end);
    }
    if (words(phrase) <= 5 && NAME_LIKE.matcher(phrase).matches()) {
      // A capitalised name the recogniser missed ("Brafman said"): the phrase still speaks.
      return new Speaker(phrase, -1, -1, start, end);
    }
    return null;
  }

  private static final Pattern NAME_LIKE =
      Pattern.compile(
          "(?:[A-Z][\\p{L}.’'-]*\\s{1,3})*(?:[A-Z][\\p{L}’'-]+)(?:’s|'s)?"
              + "(?:\\s{1,3}(?:of|for|at)\\s{1,3}(?:the\\s{1,3})?[A-Z][\\p{L}’'-]+)?");
}
