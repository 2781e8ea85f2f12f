package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {
  @Test
  void defaultsAreWhatTheBuilderStartsWith() {
    IngestSettings defaults = Ingestors.builder().toSettings();

    assertThat(defaults).isEqualTo(IngestSettings.DEFAULTS);
    assertThat(defaults.userAgent()).isEqualTo("Triangulate/0.1 (+https://github.com/triangulate)");
    assertThat(defaults.feedLinks()).isEqualTo(FeedLinkPolicy.FEED_URLS);
    assertThat(defaults.warcDateAsPublished()).isFalse();
  }

  @Test
  void builderSettingsRoundTrip() {
    IngestSettings custom =
        Ingestors.builder()
            .connectTimeout(Duration.ofSeconds(3))
            .requestTimeout(Duration.ofSeconds(7))
            .maxRetries(0)
            .retryBackoff(Duration.ZERO)
            .maxRedirects(0)
            .userAgent("Checker/2.0")
            .maxDocumentBytes(1000)
            .maxFeedBytes(2000)
            .feedLinks(FeedLinkPolicy.ALWAYS)
            .warcDateAsPublished(true)
            .includeHiddenFiles(true)
            .toSettings();

    assertThat(Ingestors.builder().settings(custom).toSettings()).isEqualTo(custom);
    assertThat(custom.maxRedirects()).isZero();
    assertThat(custom.userAgent()).isEqualTo("Checker/2.0");
  }

  @Test
  void invalidSettingsThrowNamingTheSetting() {
    assertThatThrownBy(() -> Ingestors.builder().maxRetries(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetries")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Ingestors.builder().requestTimeout(Duration.ZERO).build())
        .hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> Ingestors.builder().userAgent("bad\r\nX-Injected: 1").build())
        .hasMessageContaining("userAgent");
    assertThatThrownBy(() -> Ingestors.builder().maxDocumentBytes(0).build())
        .hasMessageContaining("maxDocumentBytes");
    assertThatThrownBy(() -> Ingestors.builder().feedLinks(null).build())
        .hasMessageContaining("feedLinks");
  }
}
