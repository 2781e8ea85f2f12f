package org.triangulate.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises lines and short blocks that are page furniture rather than article text, in English
 * and German (with a few French words): share and follow prompts, subscription and donation pleas,
 * tag lists, photo credits, short links, cookie notices, comment prompts, navigation, legal links,
 * analytics and other script code. Shared by the HTML and plain-text paths so that both clean
 * alike. Thread-safe.
 */
final class JunkLines {
  /** Lines longer than this are article text unless they are code. */
  private static final int SHORT = 160;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Furniture recognised by how the line starts, whatever its length up to {@link #SHORT}. */
  private static final Pattern STARTS =
      Pattern.compile(
          "^(?:"
              + "(?:tags?|schlagw[öo]rter|schlagworte|stichw[öo]rter|stichworte|keywords?|themen|"
              + "getaggt mit|tagged(?: with)?|filed under|kategorien?|categories|category|"
              + "abgelegt unter|posted in|ver[öo]ffentlicht in|published in|mots-cl[ée]s)\\s*:"
              + "|(?:photo|foto|fotos|bild|bilder|image|picture|credit|bildquelle|fotoquelle|"
              + "quelle|source|titelbild|beitragsbild|header-?bild|copyright|illustration|video)"
              + "(?:\\s*\\(?s\\)?)?\\s*:"
              + "|©|\\(c\\)\\s|copyright\\s"
              + "|(?:short ?link|kurz-?link|kurz-?url|permalink|short url|trackback)\\s*:?"
              + "|share (?:this|on|via|the)\\b|teilen (?:sie|auf|mit|per)\\b|diese[nrs]? "
              + "(?:artikel|beitrag|seite|geschichte|story) (?:teilen|empfehlen|drucken)"
              + "|jetzt teilen|artikel teilen|beitrag teilen|sharen mit|mit anderen teilen"
              + "|follow us\\b|folgen sie uns|folge uns|like us on|find us on"
              + "|subscribe (?:to|now|for|today)|sign up (?:for|to)|abonnieren sie|jetzt abonnieren"
              + "|newsletter abonnieren|zum newsletter|melden sie sich|get our newsletter"
              + "|support (?:our|independent|quality) (?:journalism|reporting)|jetzt spenden"
              + "|unterst[üu]tzen sie (?:uns|unsere|unabh[äa]ngigen)|donate (?:now|today)"
              + "|become a (?:member|subscriber|patron)"
              + "|this (?:web)?site uses cookies|(?:diese|unsere) (?:web)?seite verwendet cookies"
              + "|(?:diese|unsere) website (?:verwendet|nutzt) cookies|wir (?:verwenden|nutzen) cookies"
              + "|we use cookies|by (?:continuing|using) (?:to use )?this (?:web)?site"
              + "|leave a (?:comment|reply)|hinterlasse (?:einen kommentar|eine antwort)"
              + "|kommentar (?:schreiben|verfassen|hinzuf[üu]gen|abgeben)|write a comment"
              + "|post a comment|add a comment|kommentare (?:geschlossen|insgesamt)"
              + "|comments? (?:are )?closed|log in to (?:reply|comment)|pingback"
              + "|(?:das|dies) k[öo]nnte (?:sie|dich) auch interessieren|you (?:may|might) also"
              + "|(?:mehr|weitere) (?:zum thema|artikel|beitr[äa]ge|nachrichten|infos?) (?:zum|aus|"
              + "zu|von)|related (?:articles?|posts?|stories|content|links)|read more\\b"
              + "|[äa]hnliche (?:beitr[äa]ge|artikel)|sie k[öo]nnten auch|more from\\b"
              + "|aktuelle (?:berichte|artikel|beitr[äa]ge) aus|recommended for you|empfohlene"
              + "|wie bewerten sie|fanden sie diesen|was this (?:article|page) helpful|bewerten sie"
              + "|dieser eintrag wurde|this entry was posted|diese[rs]? (?:beitrag|artikel) wurde"
              + " (?:ver[öo]ffentlicht|ge(?:postet|schrieben))|posted (?:on|by)\\b"
              + "|alle rechte vorbehalten|all rights reserved|anzeige\\s*:|advertisement\\b"
              + "|lesezeit\\s*:|reading time|aufrufe\\s*:|views\\s*:"
              + "|zur[üu]ck zu[mr]? |back to (?:top|the)|next (?:post|article)|previous (?:post|article)"
              + "|vorheriger (?:beitrag|artikel)|n[äa]chster (?:beitrag|artikel)"
              + "|mehr (?:zum thema|dazu|lesen)\\b|weiterlesen|zum artikel|zur startseite"
              + "|(?:lesen sie|lies|siehe|read|see) (?:auch|also)\\b|schon gelesen\\b"
              + "|zum weiterlesen|veja tamb[ée]m|le[ea] tambi[ée]n|zobacz tak[żz]e|czytaj (?:tak[żz]e|te[żz])"
              + "|\\*?(?:anzeige|werbung)\\s*[-–,.|*]"
              + "|click here to|klicken sie hier|hier klicken"
              + "|(?:window\\.)?datalayer\\s*[=.]|gtag\\s*\\(|\\(?adsbygoogle|googletag\\.|_gaq\\.push"
              + "|fbq\\s*\\(|ga\\s*\\(\\s*'|__tcfapi|document\\.write|var \\w+\\s*=|function\\s*\\("
              + "|\\(function\\s*\\(|window\\.\\w+\\s*=|<!--|<script|//<!\\[cdata"
              + ")",
          FLAGS);

  /**
   * Pleas and notices recognised wherever they stand in a line of up to {@link #PLEA_LENGTH}
   * characters: follow and channel prompts, newsletter offers, affiliate disclosures, reprint
   * notices.
   */
  private static final Pattern PLEA =
      Pattern.compile(
          "follow (?:us|\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3}) on (?:twitter|facebook|instagram"
              + "|youtube|linkedin|tiktok|x\\b)"
              + "|folg(?:t|en sie)? (?:uns|\\p{Lu}\\p{L}*) (?:auf|bei) (?:twitter|facebook|instagram|youtube)"
              + "|(?:nuestro|our|unseren?) (?:(?:youtube|whatsapp|telegram)[- ])?(?:canal|channel|kanal)"
              + "|tenemos (?:un )?canal"
              + "|(?:our|unseren?|monthly|weekly|daily|free|kostenlosen?) newsletter"
              + "|newsletter (?:abonnieren|bestellen|anmelden|sign-?up)"
              + "|affiliate[- ]links?|(?:erhalten|bekommen) wir (?:eine|ggf\\.?) provision"
              + "|(?:earn|receive) (?:a|an affiliate) commission"
              + "|written permission must|may not be (?:reproduced|republished|reprinted)"
              + "|copyrighted (?:property|material)|all rights reserved|alle rechte vorbehalten"
              + "|to (?:view|read|continue reading) the full (?:story|article)"
              + "|if you enjoyed (?:reading )?this|we want to hear what you think"
              + "|you are using an? (?:outdated |old )?browser|(?:ihr|dein) browser ist veraltet",
          FLAGS);

  /** Words one of which every {@link #PLEA} holds; checked first because most lines have none. */
  private static final String[] PLEA_WORDS = {
    "follow",
    "folg",
    "canal",
    "channel",
    "kanal",
    "newsletter",
    "affiliate",
    "provision",
    "commission",
    "permission",
    "reproduced",
    "republished",
    "reprinted",
    "copyrighted",
    "reserved",
    "vorbehalten",
    "full story",
    "full article",
    "enjoyed",
    "hear what",
    "browser"
  };

  private static boolean mayBePlea(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String word : PLEA_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Lines up to this long are checked for {@link #PLEA}. */
  private static final int PLEA_LENGTH = 300;

  /** Furniture recognised only when the whole short line is this. */
  private static final Pattern WHOLE =
      Pattern.compile(
          "^(?:(?:share|teilen|tweet|twittern|drucken|print|e-?mail|mail|whatsapp|facebook|"
              + "twitter|x|pinterest|linkedin|xing|reddit|telegram|flipboard|pocket|messenger|"
              + "instagram|youtube|tiktok|rss|feed|kopieren|copy link|link kopieren|merken|"
              + "teilen auf|empfehlen|weiterempfehlen|versenden|senden|speichern|save|"
              + "kommentieren|kommentare?|comments?|reply|antworten|antwort|like|gef[äa]llt mir|"
              + "impressum|datenschutz(?:erkl[äa]rung)?|agb|kontakt|contact|privacy(?: policy)?|"
              + "terms(?: of (?:use|service))?|nutzungsbedingungen|cookies?|cookie-einstellungen|"
              + "newsletter|abonnieren|subscribe|anmelden|login|log in|registrieren|sign in|"
              + "home|startseite|men[üu]|menu|suche|search|nach oben|top|zur[üu]ck|back|weiter|"
              + "next|previous|vor|mehr|more|anzeige|werbung|advertisement|sponsored|"
              + "gesponsert|spenden|donate|loading|wird geladen|laden)[\\s|·•,:/-]*)+"
              + "(?:\\(\\d+\\))?$",
          FLAGS);

  /** Credits of agencies and stock photo libraries in a short line. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:shutterstock|getty ?images|istock(?:photo)?|imago(?: images)?|picture[- ]alliance|"
              + "adobe ?stock|unsplash|pixabay|fotolia|clipdealer|dpa-?bildfunk|keystone|"
              + "reuters/|afp/|/ ?afp\\b|/ ?dpa\\b|/ ?reuters\\b|/ ?ap\\b|/ ?epa\\b)",
          FLAGS);

  private static final Pattern SHORT_URL =
      Pattern.compile(
          "^(?:https?://)?(?:bit\\.ly|t\\.co|goo\\.gl|ow\\.ly|tinyurl\\.com|buff\\.ly|wp\\.me|"
              + "is\\.gd|dlvr\\.it|fb\\.me|trib\\.al|spr\\.ly)/\\S+$",
          FLAGS);

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:von|by|par|autor(?:in)?\\s*:|author\\s*:)\\s+\\p{Lu}[\\p{L}.'-]*"
              + "(?:\\s+(?:und|and|&|von|van|de|der)?\\s*\\p{Lu}[\\p{L}.'-]*){0,4}"
              + "(?:\\s*[,|·•]\\s*.{0,60})?$",
          Pattern.UNICODE_CASE);

  private static final Pattern TIME_ONLY =
      Pattern.compile("^(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|am|pm|h))?\\s*)+$", FLAGS);

  private static final Pattern DAY_MONTH_ONLY =
      Pattern.compile(
          "^(?:(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?,?\\s+)?"
              + "\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?(?:\\s+\\d{4})?\\s*$",
          FLAGS);

  private JunkLines() {}

  /** True when {@code line} (stripped) is page furniture, not article text. */
  static boolean isJunk(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return true;
    }
    if (s.length() <= PLEA_LENGTH && mayBePlea(s) && PLEA.matcher(s).find()) {
      return true;
    }
    if (s.length() > SHORT) {
      return looksLikeCode(s);
    }
    if (STARTS.matcher(s).lookingAt()
        || WHOLE.matcher(s).matches()
        || SHORT_URL.matcher(s).matches()) {
      return true;
    }
    if (s.length() <= 100 && CREDIT.matcher(s).find() && !endsSentence(s)) {
      return true;
    }
    if (s.length() <= 80 && (BYLINE.matcher(s).matches() || TIME_ONLY.matcher(s).matches())) {
      return true;
    }
    if (s.length() <= 40 && DAY_MONTH_ONLY.matcher(s).matches()) {
      return true;
    }
    return looksLikeCode(s);
  }

  /** True when {@code line} is mostly a date (and perhaps a time and a weekday). */
  static boolean isDateLine(String line) {
    String s = line.strip();
    if (s.length() > 60) {
      return false;
    }
    return DateParsing.parse(s, org.triangulate.core.DateSource.TEXT_DATE_LINE, 0.5).isPresent()
        && s.replaceAll("[\\p{L}]{3,}", "").length() >= s.length() / 3
        && !endsSentence(s);
  }

  private static boolean endsSentence(String s) {
    char last = s.charAt(s.length() - 1);
    return (last == '.' || last == '!' || last == '?' || last == '"' || last == '”')
        && s.indexOf(' ') > 0
        && s.split("\\s+").length > 6;
  }

  /** Script code: many braces, semicolons and parentheses for its length. */
  private static boolean looksLikeCode(String s) {
    int code = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{' || c == '}' || c == ';' || c == '=' || c == '(' || c == ')') {
        code++;
      }
    }
    return code >= 4 && code * 12 >= s.length();
  }
}
