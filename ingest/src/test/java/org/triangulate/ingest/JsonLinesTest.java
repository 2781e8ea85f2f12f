package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.ContentKind;
import org.triangulate.core.Problem;
import org.triangulate.core.SourceHints;

class JsonLinesTest {
  private static final String LINES =
      """
      {"id":"vw-1","url":"https://valewire.example/dam","title":"Holm dam spillway opened","text":"Engineers opened the spillway at dawn.","published":"2031-04-02","source":"Vale Wire"}

      {"id":"vw-2","html":"<p>Residents of Lower Holm were evacuated.</p>","title":"Evacuation"}
      {"id":"vw-3","text":"unterminated
      [1, 2, 3]
      {"id":"vw-5","title":"no body"}
      {"id":"vw-6","text":{"nested":true}}
      {"id":7,"text":"Numbers are fine as ids.","published":1964131200}
      {"id":"vw-8","text":"   "}
      """;

  @TempDir Path dir;

  private static CollectingSink read(Path file) {
    return CollectingSink.read(Ingestors.standard(), file.toString());
  }

  @Test
  void readsOneDocumentPerLineWithHintsAndReportsBadLinesByNumber() throws IOException {
    Path file = Files.writeString(dir.resolve("wire.jsonl"), LINES);

    CollectingSink sink = read(file);

    assertThat(sink.sources()).containsExactly(file + "#1", file + "#3", file + "#8");
    assertThat(sink.documents.get(0).hints())
        .isEqualTo(
            new SourceHints(
                "vw-1",
                "https://valewire.example/dam",
                "Holm dam spillway opened",
                "2031-04-02",
                "Vale Wire"));
    assertThat(sink.documents.get(0).kind()).isEqualTo(ContentKind.TEXT);
    assertThat(sink.documents.get(0).declaredCharset()).isEqualTo(UTF_8);
    assertThat(sink.text(0)).isEqualTo("Engineers opened the spillway at dawn.");
    assertThat(sink.documents.get(1).kind()).isEqualTo(ContentKind.HTML);
    assertThat(sink.text(1)).isEqualTo("<p>Residents of Lower Holm were evacuated.</p>");
    assertThat(sink.documents.get(2).hints().id()).isEqualTo("7");
    assertThat(sink.documents.get(2).hints().published()).isEqualTo("1964131200");

    assertThat(sink.problems)
        .extracting(Problem::document, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(file + "#4", "invalid-json"),
            org.assertj.core.groups.Tuple.tuple(file + "#5", "invalid-json"),
            org.assertj.core.groups.Tuple.tuple(file + "#6", "missing-content"),
            org.assertj.core.groups.Tuple.tuple(file + "#7", "invalid-field"),
            org.assertj.core.groups.Tuple.tuple(file + "#9", "empty"));
    assertThat(sink.problems).allMatch(Problem::fatal);
    assertThat(sink.problems.get(1).message()).contains("JSON object");
  }

  @Test
  void skipsLinesLongerThanTheLimitAndReadsTheRest() throws IOException {
    char[] long1 = new char[3000];
    Arrays.fill(long1, 'y');
    String lines =
        "{\"text\":\"" + new String(long1) + "\"}\n{\"text\":\"Short report from Carrow.\"}\n";
    Path file = Files.writeString(dir.resolve("long.ndjson"), lines);

    CollectingSink sink =
        CollectingSink.read(Ingestors.builder().maxDocumentBytes(1024).build(), file.toString());

    assertThat(sink.sources()).containsExactly(file + "#2");
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("too-large");
              assertThat(p.document()).isEqualTo(file + "#1");
            });
  }

  @Test
  void readsGzippedJsonLinesAndKeepsTheLinesBeforeTruncation() throws IOException {
    StringBuilder lines = new StringBuilder("\uFEFF");
    for (int i = 1; i <= 3000; i++) {
      lines
          .append("{\"id\":\"r")
          .append(i)
          .append("\",\"text\":\"Report ")
          .append(i)
          .append(" on the Marrow ferry strike, day ")
          .append(i * 31 % 97)
          .append(".\"}\n");
    }
    Path whole = dir.resolve("reports.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      out.write(lines.toString().getBytes(UTF_8));
    }

    CollectingSink complete = read(whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
    CollectingSink truncated = read(cut);

    assertThat(complete.problems).isEmpty();
    assertThat(complete.documents).hasSize(3000);
    assertThat(complete.documents.get(0).hints().id()).isEqualTo("r1");
    assertThat(truncated.documents.size()).isBetween(1, 2999);
    assertThat(truncated.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("truncated");
              assertThat(p.document()).startsWith(cut + "#");
              assertThat(p.message()).contains(truncated.documents.size() + " documents");
            });
    for (int i = 0; i < truncated.documents.size(); i++) {
      assertThat(truncated.documents.get(i).hints().id()).isEqualTo("r" + (i + 1));
    }
  }
}
