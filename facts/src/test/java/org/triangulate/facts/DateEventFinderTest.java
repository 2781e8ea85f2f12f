package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triangulate.core.Article;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.DateMention;
import org.triangulate.core.facts.DatedEvent;

class DateEventFinderTest {
  private final DateEventFinder finder = new DateEventFinder();

  private Optional<DatedEvent> eventOf(String text, String expression) {
    int start = text.indexOf(expression);
    assertThat(start).as("'%s' in '%s'", expression, text).isNotNegative();
    return finder.find(text, start, start + expression.length());
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A fisherman was killed on Tuesday near Velra.|Tuesday|killed",
        "Voters in Kalvor prepare for the March 3 election in the north.|March 3|election",
        "The talks that began in 2019 stalled again.|2019|began",
        "The ferry sank on Thursday near the island.|Thursday|sank",
        "Rebels attacked the harbour town on Monday, officials said.|Monday|attacked",
        "On Tuesday, rebels attacked the harbour town.|Tuesday|attacked",
        "The council will meet on Friday to vote.|Friday|meet",
        "Tuesday's attack on the depot left two guards hurt.|Tuesday|attack",
        "The fair opens tomorrow for visitors.|tomorrow|opens",
        "The vote on Sunday was close.|Sunday|vote",
        "Mr. Orlen said Tuesday that the port stays shut.|Tuesday|said",
        "The mill was closed in December for repairs.|December|closed",
        "Prices rose last month in the capital.|last month|rose",
        "The bridge will be dredged over the weekend.|the weekend|dredged",
        "Kalvor Mills posted third-quarter income of $4 million.|third-quarter|income",
        "The mill had a loss in the quarter ended Sept. 30.|Sept. 30|loss",
        "The port added 358,000 tonnes last month, the council said.|last month|added",
        "In Velra today, the council released the ferry report.|today|released",
        "Sales for the full year were flat at the mill.|the full year|Sales",
        "Built in 1978, the dam is managed by the basin company.|1978|Built",
      })
  void findsTheEventTheSentenceDates(String text, String expression, String event) {
    Optional<DatedEvent> found = eventOf(text, expression);
    assertThat(found).as("event of '%s'", expression).isPresent();
    DatedEvent e = found.orElseThrow();
    assertThat(e.text()).isEqualTo(event);
    assertThat(text.substring(e.start(), e.end())).isEqualTo(event);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kalvor Gazette, March 14, 2025|March 14, 2025",
        "Updated: Friday|Friday",
        "Schedule for 2026|2026",
      })
  void noEventWhenTheSentenceNamesNone(String text, String expression) {
    assertThat(eventOf(text, expression)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"0|5|3", "-1|2|10", "4|2|10"})
  void rangesOutsideTheTextAreCallerBugs(int start, int end, int length) {
    String text = "x".repeat(length);
    assertThatThrownBy(() -> finder.find(text, start, end))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expression range");
  }

  @Property(tries = 400)
  void eventsStayInsideTheTextAndMatchTheirOffsets(
      @ForAll @StringLength(max = 300) String text,
      @ForAll @IntRange(max = 300) int a,
      @ForAll @IntRange(max = 300) int b) {
    int start = Math.min(Math.min(a, b), text.length());
    int end = Math.min(Math.max(a, b), text.length());
    finder
        .find(text, start, end)
        .ifPresent(
            e -> {
              assertThat(e.start()).isBetween(0, text.length());
              assertThat(e.end()).isBetween(e.start(), text.length());
              assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
              assertThat(e.end() <= start || e.start() >= end)
                  .as("the event lies outside the expression")
                  .isTrue();
            });
  }

  @Test
  void aSharedCopyKeepsTheEventAtItsOwnOffsets() {
    String wire = "The ferry sank on Thursday near Velra after a fire on board.";
    Article original = Fixtures.article("orig", wire);
    Article copy = Fixtures.article("copy", "Advertisement", wire, "Read more: FAQs");
    FactExtractor.Batch batch =
        FactExtractor.builder().build().extractAll(List.of(original, copy), Map.of("copy", "orig"));
    assertThat(batch.shared()).isEqualTo(1);
    DateMention date = batch.facts().get("copy").dates().get(0);
    DatedEvent event = date.datedEvent().orElseThrow();
    assertThat(event.text()).isEqualTo("sank");
    assertThat(copy.text().substring(event.start(), event.end())).isEqualTo("sank");
    assertThat(FactsRenderer.render(batch.facts().get("copy"))).contains("event=sank");
  }

  @Property(tries = 200)
  void extractedDatesCarryEventsInsideTheArticle(
      @ForAll @StringLength(max = 300) String prefix,
      @ForAll @StringLength(max = 300) String tail) {
    String text =
        prefix
            + " The ferry sank on Thursday near Velra, and talks that began in 2019 resumed. "
            + tail;
    if (text.isBlank()) {
      return;
    }
    ArticleFacts f = FactExtractor.builder().build().extract(Fixtures.article("p", text));
    String body = Fixtures.article("p", text).text();
    for (DateMention d : f.dates()) {
      d.datedEvent()
          .ifPresent(e -> assertThat(body.substring(e.start(), e.end())).isEqualTo(e.text()));
    }
  }
}
