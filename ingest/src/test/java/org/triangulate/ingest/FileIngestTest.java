package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.core.ContentKind;
import org.triangulate.core.Ingestor;
import org.triangulate.core.Problem;

class FileIngestTest {
  private static final String STORY =
      "Ferry strike halts crossings to Isle of Marrow\n\n"
          + "Crossings between Port Adel and the Isle of Marrow stopped on Tuesday.";
  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Kelmar Bay storm</title></head>"
          + "<body><p>A storm closed the harbour of Kelmar Bay.</p></body></html>";

  @TempDir Path dir;

  private final Ingestor ingestor = Ingestors.standard();

  private CollectingSink read(Path path) {
    return CollectingSink.read(ingestor, path.toString());
  }

  @Test
  void readsTextAndHtmlFilesAsTheirKinds() throws IOException {
    Path text = Files.writeString(dir.resolve("ferry.txt"), STORY);
    Path html = Files.writeString(dir.resolve("storm.html"), PAGE);

    CollectingSink fromText = read(text);
    CollectingSink fromHtml = read(html);

    assertThat(fromText.problems).isEmpty();
    assertThat(fromText.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(ContentKind.TEXT);
              assertThat(d.source()).isEqualTo(text.toString());
              assertThat(d.declaredCharset()).isNull();
            });
    assertThat(fromText.text(0)).isEqualTo(STORY);
    assertThat(fromHtml.documents)
        .singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(ContentKind.HTML));
    assertThat(fromHtml.text(0)).isEqualTo(PAGE);
  }

  @Test
  void keepsTheBytesAsTheyAreWithoutDecoding() throws IOException {
    byte[] latin1 = "Café in Sévrine reopens".getBytes(ISO_8859_1);
    Path file = Files.write(dir.resolve("cafe.txt"), latin1);

    CollectingSink sink = read(file);

    assertThat(sink.documents.get(0).content()).isEqualTo(latin1);
  }

  @Test
  void walksDirectoriesRecursivelyInSortedOrderSkippingHiddenEntries() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".cache"));
    Files.writeString(dir.resolve("b/inner/z.txt"), "Zeta story");
    Files.writeString(dir.resolve("b/a.txt"), "Alpha story");
    Files.writeString(dir.resolve("c.html"), PAGE);
    Files.writeString(dir.resolve("a.txt"), STORY);
    Files.writeString(dir.resolve(".hidden.txt"), "hidden");
    Files.writeString(dir.resolve(".cache/x.txt"), "cached");
    Files.writeString(dir.resolve("README.md"), "# About this corpus");
    Files.write(dir.resolve("b/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.writeString(dir.resolve("b/NOTES"), "Notes without an extension are read.");

    CollectingSink sink = read(dir);

    assertThat(sink.sources())
        .containsExactly(
            dir.resolve("a.txt").toString(),
            dir.resolve("b/NOTES").toString(),
            dir.resolve("b/a.txt").toString(),
            dir.resolve("b/inner/z.txt").toString(),
            dir.resolve("c.html").toString());

    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("skipped-files");
              assertThat(p.fatal()).isFalse();
              assertThat(p.document()).isEqualTo(dir.toString());
              assertThat(p.message()).contains(".md=1").contains(".png=1");
            });
    CollectingSink readme = read(dir.resolve("README.md"));
    assertThat(readme.documents).as("a file named on its own is read").hasSize(1);

    CollectingSink withHidden =
        CollectingSink.read(Ingestors.builder().includeHiddenFiles(true).build(), dir.toString());
    assertThat(withHidden.documents).hasSize(7);
  }

  @Test
  void reportsMissingEmptyAndBinaryFilesAndGoesOn() throws IOException {
    Files.writeString(dir.resolve("1-empty.txt"), "");
    Files.write(
        dir.resolve("2-photo.html"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    Files.write(dir.resolve("3-nul.txt"), new byte[] {'a', 'b', 0, 0, 'c'});
    Files.write(dir.resolve("4-report.txt"), "%PDF-1.4\n...".getBytes(UTF_8));
    Files.writeString(dir.resolve("5-good.txt"), STORY);
    Files.writeString(dir.resolve("6-config.xml"), "<?xml version=\"1.0\"?><config/>");

    CollectingSink sink = read(dir);
    CollectingSink missing = read(dir.resolve("no-such-file.txt"));

    assertThat(sink.sources()).containsExactly(dir.resolve("5-good.txt").toString());
    assertThat(sink.codes())
        .containsExactly("empty", "binary", "binary", "binary", "unsupported-format");
    assertThat(sink.problems).allMatch(Problem::fatal);
    assertThat(sink.problems.get(0).document()).isEqualTo(dir.resolve("1-empty.txt").toString());
    assertThat(missing.documents).isEmpty();
    assertThat(missing.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("missing");
              assertThat(p.document()).endsWith("no-such-file.txt");
            });
  }

  @Test
  void capsTheDocumentSizeAndSaysSo() throws IOException {
    char[] big = new char[5000];
    Arrays.fill(big, 'x');
    Path file = Files.writeString(dir.resolve("huge.txt"), new String(big));

    CollectingSink sink =
        CollectingSink.read(Ingestors.builder().maxDocumentBytes(4096).build(), file.toString());

    assertThat(sink.documents).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("too-large");
              assertThat(p.message()).contains("4096").contains("maxDocumentBytes");
            });
  }

  @Test
  void readsGzippedFilesByTheirInnerName() throws IOException {
    Path file = dir.resolve("storm.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(PAGE.getBytes(UTF_8));
    }

    CollectingSink sink = read(file);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(ContentKind.HTML);
              assertThat(d.source()).isEqualTo(file.toString());
            });
    assertThat(sink.text(0)).isEqualTo(PAGE);
  }

  @Test
  void reportsATruncatedGzipFile() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append("Line ")
          .append(i)
          .append(" of the Veldra flood report, with varied words ")
          .append(i * 7919 % 1000)
          .append('\n');
    }
    Path whole = dir.resolve("whole.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      out.write(text.toString().getBytes(UTF_8));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(bytes, bytes.length / 2));

    CollectingSink sink = read(cut);

    assertThat(sink.documents).isEmpty();
    assertThat(sink.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("truncated");
              assertThat(p.document()).isEqualTo(cut.toString());
            });
  }

  @Test
  void readsFileUris() throws IOException {
    Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);

    CollectingSink sink = CollectingSink.read(ingestor, file.toUri().toString());

    assertThat(sink.documents).hasSize(1);
  }

  @Test
  void rejectsUnsupportedSchemesAndBlankInput() {
    CollectingSink sink = CollectingSink.read(ingestor, "ftp://files.example/news.txt");

    assertThat(sink.codes()).containsExactly("unsupported-scheme");
    assertThatThrownBy(() -> ingestor.read(" ", sink))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path or URL");
  }
}
