package org.triangulate.reuse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.core.text.CalendarWords;

/** Splits text into folded words with offsets; scripts without spaces give one word per sign. */
final class Words {
  private Words() {}

  /** One word: folded form and its range in the text. */
  record Word(String folded, int start, int end, boolean capitalised) {}

  static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this",
          "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their",
          "our", "has", "have", "had", "do", "does", "did", "not", "no", "will", "would", "can",
          "could", "should", "may", "might", "said", "says", "say", "also", "after", "before",
          "about", "into", "over", "than", "then", "there", "which", "who", "whom", "what", "when",
          "where", "while", "up", "out", "so", "if", "more", "most", "some", "such", "other",
          "said.", "s", "t", "him", "them", "all", "any", "one", "two", "new", "just", "only");

  /** Capitalised words that are not names. */
  static final Set<String> NOT_NAMES =
      CalendarWords.withNames(
          Set.of(
              "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but",
              "and", "mr", "mrs", "ms", "dr", "this", "that", "after", "before"));

  /**
   * Common English words that open sentences: a capitalised first word of a sentence is a name only
   * when it is none of these (or the article capitalises it elsewhere too).
   */
  static final Set<String> COMMON_INITIAL =
      Set.copyOf(
          List.of(
              """
              me my mine your yours us ours theirs hers itself himself herself themselves ourselves
              yourself everyone everybody everything someone somebody something anyone anybody
              anything nobody none nothing each every either neither both many much few fewer several
              own same another because although though unless until since whether yet nor whose why
              how whatever whenever wherever however among amid against along around across behind
              below beneath beside besides between beyond despite during except inside outside
              through throughout toward towards under unlike upon via within without like per off
              down here there's here's it's that's what's let's one's let
              meanwhile moreover furthermore therefore thus instead still already again always never
              often sometimes usually once twice even ever perhaps maybe indeed nevertheless
              nonetheless otherwise likewise similarly separately additionally finally first firstly
              second secondly third last lastly next later earlier now today tonight yesterday
              tomorrow recently currently soon initially eventually previously overall altogether
              together too very quite rather almost nearly about around roughly only mostly largely
              partly especially particularly notably clearly obviously apparently reportedly
              allegedly officially critically importantly interestingly unfortunately fortunately
              surprisingly ultimately basically generally typically traditionally historically
              elsewhere nearby abroad ahead back away well so yes oh please thanks sure certainly
              probably possibly hopefully anyway regardless accordingly consequently hence thereafter
              afterwards afterward shortly immediately quickly slowly suddenly gradually simply just
              exactly precisely actually really truly frankly honestly specifically namely alone also
              else enough far less least little long more most much no not yes ago whereas
              zero three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
              sixty seventy eighty ninety hundred hundreds thousand thousands million millions
              billion billions dozens dozen half quarter third percent majority minority number
              numbers total lots plenty some all any
              am isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't shouldn't
              wouldn't must shall get gets got make makes made take takes took give gives gave keep
              look see seen saw know known think thought want need asked asked told added noted
              according speaking asked given based following including compared considering during
              responding writing looking going having being getting making taking using working
              saying adding noting citing calling read find found call called try tried use used come
              came went go goes put set show shows showed tell watch
              police officers officer officials official authorities residents witnesses experts
              analysts researchers scientists doctors nurses firefighters investigators prosecutors
              lawyers attorneys judges lawmakers legislators voters workers employees students
              teachers parents children families people men women troops soldiers rebels militants
              protesters demonstrators activists critics supporters opponents leaders members sources
              reporters journalists investors traders shareholders customers consumers users patients
              victims survivors rescuers passengers drivers farmers citizens government governments
              company companies firm firms group groups agency ministry department council court
              courts committee parliament congress senate state states city country countries army
              military navy party parties union unions board bank banks market markets shares stocks
              prices sales profits revenue earnings costs rates oil gold trading demand growth
              unemployment inflation production exports imports president minister spokesman
              spokeswoman spokesperson chairman director manager mayor governor secretary chief head
              senator officials
              news reports report data figures results details plans talks negotiations efforts
              attempts work life time times day days week weeks month months year years night morning
              evening afternoon weekend season decade history water fire rain snow heavy high low
              strong weak big small large major minor early late former current recent past future
              local national international foreign federal public private political economic official
              other others such certain various different similar several better best worse worst
              good bad old young full whole total free open closed main key top further
              """
                  .strip()
                  .replace("'", "") // folded words drop apostrophes: "it's" is "its"
                  .split("\\s+")));

  static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isSpaceless(cp)) {
        int next = i + Character.charCount(cp);
        words.add(new Word(new String(Character.toChars(cp)), i, next, false));
        i = next;
        continue;
      }
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      StringBuilder folded = new StringBuilder();
      while (i < to) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c) && !isSpaceless(c)) {
          folded.appendCodePoint(c);
          i += Character.charCount(c);
        } else if ((c == '\'' || c == '’' || c == ',' || c == '.' || c == '-')
            && i + 1 < to
            && folded.length() > 0
            && Character.isLetterOrDigit(text.codePointAt(i + 1))
            && (c != ',' && c != '.'
                || Character.isDigit(folded.codePointAt(folded.length() - 1))
                    && Character.isDigit(text.codePointAt(i + 1)))) {
          if (c == '-') {
            folded.append('-');
          }
          i++;
        } else {
          break;
        }
      }
      boolean capitalised = Character.isUpperCase(text.codePointAt(start));
      words.add(new Word(fold(folded.toString()), start, i, capitalised));
    }
    return words;
  }

  static String fold(String word) {
    boolean ascii = true;
    for (int k = 0; k < word.length() && ascii; k++) {
      ascii = word.charAt(k) < 128;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    String n = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT);
  }

  static boolean hasDigit(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isDigit(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Han, kana, Thai and similar scripts are written without spaces between words. */
  static boolean isSpaceless(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO
        || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR;
  }
}
