package org.triangulate.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triangulate.core.Article;

class OpenNlpLanguageDetectorTest {
  private final OpenNlpLanguageDetector detector = OpenNlpLanguageDetector.shared();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | The bridge at Fennick was closed on Monday after inspectors found cracks in two of its piers. Traffic is being diverted through Carrow.
          de | Die Brücke bei Fennick wurde am Montag gesperrt, nachdem Prüfer Risse an zwei Pfeilern gefunden hatten. Der Verkehr wird über Carrow umgeleitet.
          fr | Le pont de Fennick a été fermé lundi après que des inspecteurs ont découvert des fissures. La circulation est déviée par Carrow.
          es | El puente de Fennick fue cerrado el lunes después de que los inspectores encontraran grietas en dos de sus pilares. El tráfico se desvía por Carrow.
          it | Il ponte di Fennick è stato chiuso lunedì dopo che gli ispettori hanno trovato delle crepe. Il traffico viene deviato attraverso Carrow.
          nl | De brug bij Fennick werd maandag gesloten nadat inspecteurs scheuren in twee pijlers vonden. Het verkeer wordt omgeleid via Carrow.
          pt | A ponte de Fennick foi fechada na segunda-feira depois que os inspetores encontraram rachaduras em dois dos seus pilares. O trânsito está sendo desviado por Carrow.
          ru | Мост у Феннике закрыли в понедельник после того, как инспекторы обнаружили трещины в двух опорах. Движение перенаправлено через Карроу.
          pl | Most w Fennick zamknięto w poniedziałek po tym, jak inspektorzy znaleźli pęknięcia w dwóch filarach. Ruch kierowany jest przez Carrow.
          tr | Fennick köprüsü, müfettişlerin iki ayağında çatlak bulmasının ardından pazartesi günü kapatıldı. Trafik Carrow üzerinden yönlendiriliyor.
          fi | Fennickin silta suljettiin maanantaina, kun tarkastajat löysivät halkeamia kahdesta pilarista. Liikenne ohjataan Carrow'n kautta.
          ar | أغلق جسر فينيك يوم الاثنين بعد أن وجد المفتشون شقوقا في اثنين من دعاماته. ويتم تحويل حركة المرور عبر كارو.
          zh | 芬尼克大桥周一关闭，因为检查人员在两个桥墩上发现了裂缝。交通将经由卡罗绕行。
          """)
  void detectsTheLanguageOfShortNewsParagraphs(String expected, String text) {
    assertThat(detector.detect(text)).isEqualTo(expected);
  }

  @Test
  void tooShortOrLetterlessTextIsUndetermined() {
    assertThat(detector.detect("")).isEqualTo(Article.UNDETERMINED);
    assertThat(detector.detect("Ok thanks")).isEqualTo(Article.UNDETERMINED);
    assertThat(detector.detect("12 34 56 78 90 — 2031-03-04 10:00 +++ ### 4711"))
        .isEqualTo(Article.UNDETERMINED);
  }

  @Test
  void mixedOrMeaninglessTextIsUndetermined() {
    assertThat(
            detector.detect(
                "Bridge closed. Brücke gesperrt. Pont fermé. Puente cerrado. Ponte chiuso."))
        .isEqualTo(Article.UNDETERMINED);
    assertThat(detector.detect("xqzv bnmk plrt ghjw sdfq lkjh wert yuio"))
        .isEqualTo(Article.UNDETERMINED);
  }

  @Test
  void guessReportsTheProbabilities() {
    OpenNlpLanguageDetector.Guess guess =
        detector.guess("The council of Ostrava Nova approved the new tram line by 31 votes to 4.");

    assertThat(guess.language()).isEqualTo("en");
    assertThat(guess.confidence()).isBetween(0.0, 1.0).isGreaterThan(guess.runnerUp());
  }

  @Test
  void stricterThresholdsDecideLess() {
    String text = "A ponte de Fennick foi fechada na segunda-feira.";
    OpenNlpLanguageDetector strict = detector.withThresholds(0.99, 1.0);

    assertThat(strict.detect(text)).isEqualTo(Article.UNDETERMINED);
    assertThatThrownBy(() -> detector.withThresholds(1.5, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minConfidence");
    assertThatThrownBy(() -> detector.withThresholds(0.1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minMargin");
    assertThatThrownBy(() -> detector.detect(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mapsIso6393ToIso6391() {
    assertThat(OpenNlpLanguageDetector.toIso1("eng")).isEqualTo("en");
    assertThat(OpenNlpLanguageDetector.toIso1("deu")).isEqualTo("de");
    assertThat(OpenNlpLanguageDetector.toIso1("fra")).isEqualTo("fr");
    assertThat(OpenNlpLanguageDetector.toIso1("cmn")).isEqualTo("zh");
    assertThat(OpenNlpLanguageDetector.toIso1("pes")).isEqualTo("fa");
    assertThat(OpenNlpLanguageDetector.toIso1("ekk")).isEqualTo("et");
    assertThat(OpenNlpLanguageDetector.toIso1("nob")).isEqualTo("nb");
    assertThat(OpenNlpLanguageDetector.toIso1("heb")).isEqualTo("he");
    assertThat(OpenNlpLanguageDetector.toIso1("ind")).isEqualTo("id");
    assertThat(OpenNlpLanguageDetector.toIso1("ceb")).as("no 639-1 code").isEqualTo("ceb");
  }

  @Test
  void isSharedAndGivesTheSameAnswersFromManyThreads() throws Exception {
    List<String> texts =
        List.of(
            "The harbour of Kelmar Bay stays closed until the storm has passed, officials said.",
            "Der Hafen von Kelmar Bay bleibt geschlossen, bis der Sturm vorüber ist, sagten Beamte.",
            "Le port de Kelmar Bay reste fermé jusqu'à la fin de la tempête, ont déclaré les autorités.");
    List<String> sequential = texts.stream().map(detector::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures =
          IntStream.range(0, 60)
              .mapToObj(
                  i -> pool.submit(() -> OpenNlpLanguageDetector.shared().detect(texts.get(i % 3))))
              .toList();
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % 3));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).containsExactly("en", "de", "fr");
    assertThat(OpenNlpLanguageDetector.shared()).isSameAs(detector);
  }
}
