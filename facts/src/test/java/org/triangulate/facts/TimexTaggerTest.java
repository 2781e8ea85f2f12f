package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triangulate.core.facts.TimexType;

class TimexTaggerTest {
  private final TimexTagger tagger = new TimexTagger();

  private TimexTagger.Timex only(String text) {
    List<TimexTagger.Timex> found = tagger.tag(text, Fixtures.FRIDAY).timexes();
    assertThat(found).as("expressions in '%s'", text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ferry sank on Thursday near the island.|Thursday|2025-03-13",
        "Prices rose last month in the capital.|last month|2025-02",
        "The bridge opened a year ago to traffic.|a year ago|2024",
        "The council met on Jan. 3 to vote.|Jan. 3|2025-01-03",
        "The mill closed in 2014 after a fire.|2014|2014",
        "The vote was held on March 14, 2025 in Kalvor.|March 14, 2025|2025-03-14",
        "The vote was held on 14 March 2025 in Kalvor.|14 March 2025|2025-03-14",
        "The strike began yesterday in the capital.|yesterday|2025-03-13",
        "Talks will resume next week in Velra.|next week|2025-W12",
        "Output fell in the third quarter of 2024 sharply.|the third quarter of 2024|2024-Q3",
        "Turnout grew over the past three years steadily.|the past three years|P3Y",
        "The fair opens tomorrow for visitors.|tomorrow|2025-03-15",
        "Two fishermen were rescued three days ago by a tug.|three days ago|2025-03-11",
        "The harbour was dredged in the 1990s by a firm.|the 1990s|199",
        "The museum reopened last May after repairs.|last May|2024-05",
        "The festival will take place on Sunday in the park.|Sunday|2025-03-16",
        "The minister said Tuesday that the port stays shut.|Tuesday|2025-03-11",
        "The ferry line will reopen in December after repairs.|December|2025-12",
        "The ferry line was closed in December for repairs.|December|2024-12",
        "The mayor recently visited the harbour.|recently|PAST_REF",
        "The works will end soon in the old town.|soon|FUTURE_REF",
        "The port opened in nineteen ninety-six on the bay.|nineteen ninety-six|1996",
        "The mill burned in July last year near Velra.|July last year|2024-07",
        "Sales rose in this year's first quarter at the mill.|this year's first quarter|2025-Q1",
        "Traffic grew in recent years across the strait.|recent years|PXY",
        "Traffic grew in the last few years across the strait.|the last few years|PXY",
        "The ferry will run in the next few days to Velra.|the next few days|PXD",
        "Kalvor Mills earned more for the year ended on the coast.|the year|P1Y",
        "Kalvor Mills earned more for the year than its rivals.|the year|2025",
        "The quay will stay shut for a couple of years at Velra.|a couple of years|P2Y",
        "Mr. Orlen will succeed the founder Dec. 1 at the mill.|Dec. 1|2025-12-01",
        "The offer expires at 5 p.m. EST, March 18 in Velra.|5 p.m. EST, March 18|2025-03-18T17:00",
        "The council said on Saturday, March 8: the quay stays shut.|Saturday, March 8|2025-03-08",
        "The quay flooded last summer near Velra.|last summer|2024-SU",
        "The quay will reopen next summer near Velra.|next summer|2025-SU",
        "The guild has said that the year two thousand marked its peak.|the year two thousand|2000",
        "The harbour will be dredged over the weekend.|the weekend|2025-W11-WE",
        "The cannery will hire in coming months on the coast.|coming months|FUTURE_REF",
      })
  void normalisesAgainstThePublicationDate(String text, String expression, String value) {
    TimexTagger.Timex timex = only(text);
    assertThat(text.substring(timex.start(), timex.end())).isEqualTo(expression);
    assertThat(timex.value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ferry line spends $2 million a year on fuel.",
        "The mill hires workers as soon as the harbour reopens.",
        "Mr. Orlen, 55 years old, runs the cannery.",
        "The ferry line won three-quarters of the routes.",
        "The guild ruled the strait for hundreds of years before the war.",
      })
  void ratesAgesFractionsAndConjunctionsAreNotTimes(String text) {
    assertThat(tagger.tag(text, Fixtures.FRIDAY).timexes()).isEmpty();
  }

  @Test
  void durationsHaveTheirType() {
    TimexTagger.Timex timex = only("The siege lasted two weeks, officials said.");
    assertThat(timex.type()).isEqualTo(TimexType.DURATION);
    assertThat(timex.value()).isEqualTo("P2W");
  }

  @Test
  void impossibleDatesAreSetApart() {
    TimexTagger.Result result =
        tagger.tag("The treaty was signed on February 30, 2025 in Velra.", Fixtures.FRIDAY);
    assertThat(result.timexes()).isEmpty();
    assertThat(result.impossible()).hasSize(1);
    assertThat(result.impossible().get(0).start()).isEqualTo(25);
  }

  @Test
  void withoutAnAnchorRelativeValuesStayOpen() {
    List<TimexTagger.Timex> found = tagger.tag("The ferry sank on Thursday.", null).timexes();
    assertThat(found).singleElement().extracting(TimexTagger.Timex::value).isEqualTo("XXXX-WXX-4");
  }

  @Test
  void countsAreNotYears() {
    assertThat(tagger.tag("About 2000 troops crossed the river.", Fixtures.FRIDAY).timexes())
        .isEmpty();
  }

  @Test
  void comparisonsFollowTheQuarterNamedBefore() {
    String text =
        "Kalvor Mills earned more in the third quarter of 2024. Sales in the quarter rose 4%"
            + " from a year earlier.";
    List<TimexTagger.Timex> found = tagger.tag(text, Fixtures.FRIDAY).timexes();
    assertThat(found)
        .extracting(t -> text.substring(t.start(), t.end()) + "=" + t.value())
        .containsExactly(
            "the third quarter of 2024=2024-Q3", "the quarter=2024-Q3", "a year earlier=2023-Q3");
  }

  @Test
  void aYearAgoWithoutAQuarterIsTheYear() {
    assertThat(only("The ferry cost less a year ago, traders said.").value()).isEqualTo("2024");
  }

  @Test
  void modifiersWidenTheExtentButKeepTheValue() {
    String text = "The bridge will open early next year, officials said.";
    TimexTagger.Timex timex = only(text);
    assertThat(text.substring(timex.start(), timex.end())).isEqualTo("early next year");
    assertThat(timex.value()).isEqualTo("2026");
  }

  @Test
  void theNearestTenseCueDecidesTheWeekday() {
    String text = "The envoy said on Tuesday that talks will resume on Thursday.";
    List<TimexTagger.Timex> found = tagger.tag(text, Fixtures.FRIDAY).timexes();
    assertThat(found)
        .extracting(TimexTagger.Timex::value)
        .containsExactly("2025-03-11", "2025-03-20");
  }
}
