package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.triangulate.core.facts.ArticleFacts;

class FactsPropertiesTest {
  private final FactExtractor facts = FactExtractor.builder().build();

  @Property(tries = 300)
  void offsetsStayInsideTheText(
      @ForAll @StringLength(max = 400) String prefix,
      @ForAll @StringLength(max = 400) String tail) {
    String text =
        prefix + " \u201CWe hold 1,200 troops in Mali,\u201D Anna Vell said on Thursday. " + tail;
    if (text.isBlank()) {
      return;
    }
    ArticleFacts f = facts.extract(Fixtures.article("p", text));
    String body = Fixtures.article("p", text).text();
    f.dates().forEach(d -> assertThat(body.substring(d.start(), d.end())).isEqualTo(d.text()));
    f.claims().forEach(c -> assertThat(body.substring(c.start(), c.end())).isEqualTo(c.text()));
    f.quotes().forEach(q -> assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text()));
    f.entities()
        .forEach(
            e ->
                e.mentions()
                    .forEach(
                        m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text())));
  }
}
