package org.triangulate.ner.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.EntityType;
import org.triangulate.facts.FactExtractor;
import org.triangulate.facts.NamedEntity;
import org.triangulate.facts.SentenceSplitter;

class CoreNlpNerTest {
  private static CoreNlpNer ner;

  @BeforeAll
  static void load() {
    ner = CoreNlpNer.of(CoreNlpNer.Model.CONLL_4CLASS);
  }

  @Test
  void findsPeoplePlacesAndOrganisationsWithOffsets() {
    String text =
        "Anna Vell met officials of the United Nations in Paris on Tuesday. She flew home later.";
    List<NamedEntity> found = ner.recognize(text, new SentenceSplitter().split(text));
    assertThat(found)
        .extracting(NamedEntity::text)
        .contains("Anna Vell", "United Nations", "Paris");
    assertThat(found)
        .filteredOn(e -> e.text().equals("Paris"))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
    found.forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
  }

  @Test
  void plugsIntoTheFactExtractor() {
    FactExtractor facts = FactExtractor.builder().recognizer(ner).build();
    ArticleFacts f =
        facts.extract(
            Article.builder("t.txt")
                .id("t")
                .paragraph("\u201CWe will rebuild the harbour,\u201D Anna Vell said in Paris.")
                .build());
    assertThat(f.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.speakerEntityId()).isNotNull());
  }

  @Test
  void quietOnTextWithoutNames() {
    String text = "it rained all day and nothing else happened.";
    assertThat(ner.recognize(text, new SentenceSplitter().split(text))).isEmpty();
  }
}
