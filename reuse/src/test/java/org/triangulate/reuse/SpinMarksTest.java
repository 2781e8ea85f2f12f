package org.triangulate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpinMarksTest {
  @Test
  void junkLinesOfPageFurnitureAreJunk() {
    assertThat(SpinMarks.isJunk("Advertisement")).isTrue();
    assertThat(SpinMarks.isJunk("All rights reserved.")).isTrue();
    assertThat(SpinMarks.isJunk("Subscribe now for $1 a week and read every story from Veldra."))
        .isTrue();
    assertThat(SpinMarks.isJunk("» Click here for the full list of closed roads in the valley"))
        .isTrue();
    assertThat(SpinMarks.isJunk("Please sign up for our newsletter to get the morning briefing."))
        .isTrue();
    assertThat(
            SpinMarks.isJunk(
                "Related articles: Dam repairs begin; Valley schools reopen after the"
                    + " flood week"))
        .isTrue();
    assertThat(
            SpinMarks.isJunk(
                "Our reporters covered the storm all night, see www.example.org/related articles"))
        .isTrue();
  }

  @Test
  void theSameWordsInRunningProseAreContent() {
    assertThat(
            SpinMarks.isJunk(
                "The Brannock council voted to ban advertisements for sugary drinks on city buses."))
        .isFalse();
    assertThat(
            SpinMarks.isJunk(
                "Mayor Ilse Varga said the privacy policy of the harbour office would be reviewed."))
        .isFalse();
    assertThat(
            SpinMarks.isJunk(
                "Advertisements for sugary drinks will be banned on city buses, the council said."))
        .isFalse();
    assertThat(
            SpinMarks.isJunk(
                "Readers in Veldra can subscribe to the print edition at any post office again."))
        .isFalse();
    assertThat(SpinMarks.isJunk("The ferry left Corrin at dawn with 40 passengers aboard."))
        .isFalse();
  }
}
