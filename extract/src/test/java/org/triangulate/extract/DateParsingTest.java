package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.triangulate.core.DateSource;

class DateParsingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-03-02|2019-03-02",
        "2019-03-02T10:15:00Z|2019-03-02T10:15:00Z",
        "2019-03-02T10:15:00+01:00|2019-03-02T10:15:00+01:00",
        "2019-03-02 10:15|2019-03-02T10:15:00Z",
        "Tuesday 5 Mar 2019|2019-03-05",
        "March 5, 2019 10:32 AM|2019-03-05T10:32:00Z",
        "March 5, 2019 10:32 PM|2019-03-05T22:32:00Z",
        "Tue, 05 Mar 2019 10:32:00 GMT|2019-03-05T10:32:00Z",
        "5. März 2019|2019-03-05",
        "Dienstag, 4. Juni 2019|2019-06-04",
        "05.03.2019|2019-03-05",
        "05.03.2019, 14:20 Uhr|2019-03-05T14:20:00Z",
        "3 juillet 2019|2019-07-03",
        "12/25/2019|2019-12-25",
        "25/12/2019|2019-12-25",
      })
  void readsDatesAsPagesWriteThem(String written, String iso) {
    assertThat(DateParsing.parse(written, DateSource.META_TAG, 0.8))
        .hasValueSatisfying(
            d -> {
              assertThat(d.iso()).isEqualTo(iso);
              assertThat(d.source()).isEqualTo(DateSource.META_TAG);
              assertThat(d.confidence()).isEqualTo(0.8);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-02-30", "31.04.2020", "yesterday", "", "1850-01-01", "13/13/2019"})
  void rejectsImpossibleOrMissingDates(String written) {
    assertThat(DateParsing.parse(written, DateSource.META_TAG, 0.8)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "https://news.example/2019/03/02/river-story,2019-03-02",
    "https://news.example/politics/20190302/river-story.html,2019-03-02",
    "https://news.example/2019-03-02-river-story,2019-03-02"
  })
  void readsDatesInUrls(String url, String iso) {
    assertThat(DateParsing.fromUrl(url, 0.6))
        .hasValueSatisfying(
            d -> {
              assertThat(d.iso()).isEqualTo(iso);
              assertThat(d.source()).isEqualTo(DateSource.URL_PATTERN);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://news.example/story/12345", "https://news.example/2019/99/99/x"})
  void urlsWithoutValidDatesHaveNone(String url) {
    assertThat(DateParsing.fromUrl(url, 0.6)).isEmpty();
  }
}
