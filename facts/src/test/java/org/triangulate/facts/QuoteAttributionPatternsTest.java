package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution patterns read straight from {@link QuoteExtractor}: speaker phrases as written. */
class QuoteAttributionPatternsTest {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final HeuristicNer ner = new HeuristicNer();
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<QuoteExtractor.Found> quotes(String text) {
    List<TextRange> sentences = splitter.split(text);
    return extractor.extract("t", text, sentences, ner.recognize(text, sentences)).quotes();
  }

  private static String phrase(String text, QuoteExtractor.Found found) {
    return found.speakerPhraseStart() < 0
        ? null
        : text.substring(found.speakerPhraseStart(), found.speakerPhraseEnd());
  }

  @Test
  void subjectBeforeAColonSpeaks() {
    String text =
        "The dock was quiet. Harbour master Orrin Tavel responded:  \u201CThe cranes stay"
            + " idle until the inspectors finish.\u201D";
    List<QuoteExtractor.Found> found = quotes(text);
    assertThat(found).hasSize(1);
    assertThat(phrase(text, found.get(0))).contains("Orrin Tavel");
  }

  @Test
  void nameBeforeAnAppositionAfterTheQuote() {
    String text =
        "\u201CThe ferry will run again on Monday,\u201D Tavel, the harbour master, told"
            + " reporters in Velra.";
    List<QuoteExtractor.Found> found = quotes(text);
    assertThat(found).hasSize(1);
    assertThat(phrase(text, found.get(0))).isEqualTo("Tavel");
  }

  @Test
  void aQuoteThatEndsItsSentenceTakesNoSpeakerFromTheNext() {
    String text =
        "The council met on the pier and promised to \u201Crebuild the breakwater"
            + " quickly.\u201D Kalvor Mills was first to bid.";
    List<QuoteExtractor.Found> found = quotes(text);
    assertThat(found).allSatisfy(q -> assertThat(phrase(text, q)).isNull());
  }

  @Test
  void aNamedSubjectWithAnyVerbBeforeAPartialQuote() {
    String text = "Dorna Hale called the new timetable \u201Ca gift to the island commuters.\u201D";
    List<QuoteExtractor.Found> found = quotes(text);
    assertThat(found).hasSize(1);
    assertThat(phrase(text, found.get(0))).isEqualTo("Dorna Hale");
  }

  @Test
  void reportedSpeechAfterAnOpeningPhrase() {
    String text =
        "In an interview on Tuesday, Dorna Hale said the ferry company would hire forty"
            + " more sailors this spring.";
    List<QuoteExtractor.Found> found = quotes(text);
    assertThat(found).hasSize(1);
    assertThat(phrase(text, found.get(0))).isEqualTo("Dorna Hale");
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .startsWith("the ferry company");
  }
}
