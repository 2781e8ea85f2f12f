package org.triangulate.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.triangulate.core.Article;
import org.triangulate.core.LanguageDetector;

/**
 * Language detection with Apache OpenNLP's language-detect model ({@code langdetect-183.bin}, 103
 * languages, from the Maven artifact {@code org.apache.opennlp:opennlp-models-langdetect}). Returns
 * ISO 639-1 codes ({@code en}, {@code de}); for the few languages without one (Cebuano, Low German,
 * ...) the model's ISO 639-3 code; {@link Article#UNDETERMINED} for text with too few letters or
 * whose best guess is not clearly ahead of the next.
 *
 * <p>The model is loaded once, on first use of {@link #shared()}; the instance is thread-safe (each
 * thread gets its own light-weight {@link LanguageDetectorME} over the shared, immutable model).
 * Only the first {@value #MAX_CHARS} characters are looked at: enough to tell a language, and it
 * keeps the cost per article bounded.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
  /** Texts with fewer letters than this are undetermined. */
  public static final int MIN_LETTERS = 20;

  /** Characters of a text that are looked at. */
  public static final int MAX_CHARS = 10_000;

  /**
   * Default least probability of the best language. The model spreads probability over 103
   * languages, so even clear one-sentence texts score only 0.02 to 0.2.
   */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.01;

  /**
   * Default factor by which the best language must beat the runner-up; mixed-language snippets
   * score about 1.0, clear sentences 1.5 to 5.
   */
  public static final double DEFAULT_MIN_MARGIN = 1.1;

  private static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** ISO 639-3 codes of individual languages whose ISO 639-1 code belongs to the macrolanguage. */
  private static final Map<String, String> INDIVIDUAL_TO_MACRO =
      Map.of(
          "cmn", "zh", "pes", "fa", "ekk", "et", "lvs", "lv", "zsm", "ms", "plt", "mg", "nob", "nb",
          "nno", "nn");

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final LanguageDetectorModel model;
  private final double minConfidence;
  private final double minMargin;
  private final ThreadLocal<LanguageDetectorME> detectors;

  private OpenNlpLanguageDetector(
      LanguageDetectorModel model, double minConfidence, double minMargin) {
    this.model = model;
    this.minConfidence = minConfidence;
    this.minMargin = minMargin;
    this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
  }

  /** The shared detector; loads the model (about 10 MB) on the first call. */
  public static OpenNlpLanguageDetector shared() {
    return Holder.INSTANCE;
  }

  /**
   * A detector over the shared model with other thresholds for "too uncertain".
   *
   * @param minConfidence the least probability the best language must have, in [0, 1]
   * @param minMargin how many times more probable than the runner-up it must be, at least 1
   */
  public OpenNlpLanguageDetector withThresholds(double minConfidence, double minMargin) {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
    }
    if (!(minMargin >= 1)) {
      throw new IllegalArgumentException("minMargin must be at least 1, got " + minMargin);
    }
    return new OpenNlpLanguageDetector(model, minConfidence, minMargin);
  }

  @Override
  public String detect(String text) {
    return guess(text).language();
  }

  /** The best language with its probability and that of the runner-up, before thresholds. */
  public Guess guess(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null; pass the article text");
    }
    CharSequence sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
    if (letters(sample) < MIN_LETTERS) {
      return new Guess(Article.UNDETERMINED, 0, 0);
    }
    Language[] ranked = detectors.get().predictLanguages(sample);
    if (ranked.length == 0) {
      return new Guess(Article.UNDETERMINED, 0, 0);
    }
    double best = ranked[0].getConfidence();
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    String language = toIso1(ranked[0].getLang());
    boolean sure =
        best >= minConfidence && best >= second * minMargin && scriptFits(language, sample);
    return new Guess(sure ? language : Article.UNDETERMINED, best, second);
  }

  /**
   * What the model thinks of one text.
   *
   * @param language ISO 639-1 code, or {@code und}
   * @param confidence the probability of the best language
   * @param runnerUp the probability of the second-best language
   */
  public record Guess(String language, double confidence, double runnerUp) {
    public Guess {
      org.triangulate.core.Checks.notBlank("language", language);
    }
  }

  /** The ISO 639-1 code for an ISO 639-3 code, or the code itself when there is none. */
  static String toIso1(String iso3) {
    String code = iso3.toLowerCase(Locale.ROOT);
    String mapped = INDIVIDUAL_TO_MACRO.get(code);
    if (mapped != null) {
      return mapped;
    }
    return ISO3_TO_ISO1.getOrDefault(code, code);
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      String iso3 = Locale.forLanguageTag(iso1).getISO3Language();
      if (!iso3.isEmpty()) {
        map.putIfAbsent(iso3, iso1);
      }
    }
    return Map.copyOf(map);
  }

  /**
   * False when the model names a CJK language for text with few CJK characters: on letter soup
   * (codes, names, garbled scrapes) it tends to fall back on Chinese.
   */
  private static boolean scriptFits(String language, CharSequence text) {
    if (!language.equals("zh") && !language.equals("ja") && !language.equals("ko")) {
      return true;
    }
    int letters = 0;
    int cjk = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA
            || script == Character.UnicodeScript.HANGUL) {
          cjk++;
        }
      }
    }
    return cjk * 2 >= letters;
  }

  private static int letters(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /** Loads the model when first asked for, once. */
  private static final class Holder {
    static final OpenNlpLanguageDetector INSTANCE =
        new OpenNlpLanguageDetector(loadModel(), DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_MARGIN);

    private static LanguageDetectorModel loadModel() {
      try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the OpenNLP language model "
                  + MODEL_RESOURCE
                  + " is not on the class path; add org.apache.opennlp:opennlp-models-langdetect");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the OpenNLP language model", e);
      }
    }
  }
}
