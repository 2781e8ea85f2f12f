package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.triangulate.core.Ingestor;
import org.triangulate.core.Problem;

/** Arbitrary bytes under any name never throw and never vanish: each input gives a result. */
class IngestPropertiesTest {
  private static final Ingestor INGESTOR =
      Ingestors.builder().feedLinks(FeedLinkPolicy.NEVER).maxDocumentBytes(4096).build();
  private static final String[] NAMES = {
    "a.txt", "a.html", "a.jsonl", "a.rss", "a.xml", "a.warc", "a.warc.gz", "a.jsonl.gz", "a"
  };

  @Property(tries = 300)
  void arbitraryBytesBecomeDocumentsOrProblems(
      @ForAll @Size(max = 600) byte[] bytes, @ForAll int nameIndex, @ForAll boolean gzip)
      throws IOException {
    Path dir = Files.createTempDirectory("ingest-prop");
    try {
      String name = NAMES[Math.floorMod(nameIndex, NAMES.length)];
      Path file = dir.resolve(name);
      if (gzip) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
          out.write(bytes);
        }
      } else {
        Files.write(file, bytes);
      }

      CollectingSink sink = CollectingSink.read(INGESTOR, file.toString());

      assertThat(sink.documents.size() + sink.problems.size()).isPositive();
      assertThat(sink.problems)
          .allSatisfy(p -> assertThat(p.document()).startsWith(file.toString()));
      assertThat(sink.documents)
          .allSatisfy(d -> assertThat(d.source()).startsWith(file.toString()));
      if (bytes.length == 0) {
        assertThat(sink.problems).extracting(Problem::code).containsExactly("empty");
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Property(tries = 300)
  void jsonLinesGiveOneResultPerNonBlankLine(
      @ForAll @Size(max = 20) java.util.List<@StringLength(max = 40) String> lines)
      throws IOException {
    Path dir = Files.createTempDirectory("ingest-prop");
    try {
      Path file = dir.resolve("lines.jsonl");
      Files.writeString(file, String.join("\n", lines));
      String joined = String.join("\n", lines);
      // Control characters make the whole file binary, which another property covers.
      net.jqwik.api.Assume.that(joined.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n'));
      // JSON Lines are split at \n only; blank means spaces and tabs.
      long nonBlank =
          java.util.Arrays.stream(joined.split("\n", -1))
              .filter(l -> !l.replace(" ", "").replace("\t", "").isEmpty())
              .count();

      CollectingSink sink = CollectingSink.read(INGESTOR, file.toString());

      if (nonBlank == 0) {
        assertThat(sink.documents).isEmpty();
      } else {
        assertThat(sink.documents.size() + sink.problems.size()).isEqualTo((int) nonBlank);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
