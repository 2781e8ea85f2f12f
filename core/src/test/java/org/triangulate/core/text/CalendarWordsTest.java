package org.triangulate.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {
  @Test
  void monthsByFullNameAndAbbreviationInAnyCase() {
    assertThat(CalendarWords.month("January")).isEqualTo(1);
    assertThat(CalendarWords.month("Sept.")).isEqualTo(9);
    assertThat(CalendarWords.month("DEC")).isEqualTo(12);
    assertThat(CalendarWords.month("may")).isEqualTo(5);
    assertThat(CalendarWords.month("Velra")).isZero();
    assertThat(CalendarWords.month(null)).isZero();
    assertThat(CalendarWords.isMonth("Oct.")).isTrue();
    assertThat(CalendarWords.isMonth("October")).isTrue();
    assertThat(CalendarWords.isMonth("Octopus")).isFalse();
  }

  @Test
  void weekdaysByFullNameAndThreeLetters() {
    assertThat(CalendarWords.weekday("Tuesday")).contains(DayOfWeek.TUESDAY);
    assertThat(CalendarWords.weekday("sun")).contains(DayOfWeek.SUNDAY);
    assertThat(CalendarWords.weekday("Tues-day")).isEmpty();
    assertThat(CalendarWords.isWeekday("FRI.")).isTrue();
    assertThat(CalendarWords.isWeekday("Friday's")).isFalse();
  }

  @Test
  void withNamesAddsTheFullNamesToAStopList() {
    Set<String> stop = CalendarWords.withNames(Set.of("the", "a"));
    assertThat(stop).contains("the", "a", "monday", "december").hasSize(2 + 7 + 12);
    assertThat(CalendarWords.NAMES).hasSize(19).doesNotContain("mon", "jan");
  }
}
