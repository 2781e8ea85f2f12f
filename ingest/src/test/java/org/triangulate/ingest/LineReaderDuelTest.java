package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The chunked line reader against a naive byte-by-byte split. */
class LineReaderDuelTest {

  @Property(tries = 60)
  void agreesWithANaiveSplit(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300_000) int size,
      @ForAll @IntRange(min = 1, max = 5000) int maxLine)
      throws IOException {
    Random random = new Random(seed);
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      int r = random.nextInt(100);
      bytes[i] = (byte) (r < 1 ? '\n' : r < 2 ? '\r' : 'a' + r % 26);
    }

    List<String> fast = new ArrayList<>();
    Streams.LineReader reader = new Streams.LineReader(new ByteArrayInputStream(bytes), maxLine);
    byte[] line;
    while ((line = reader.next()) != null) {
      fast.add(
          reader.lastTooLong()
              ? "<too long>"
              : new String(line, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    assertThat(fast).isEqualTo(naive(bytes, maxLine));
  }

  private static List<String> naive(byte[] bytes, int maxLine) {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream current = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(finish(current.toByteArray(), maxLine));
        current.reset();
      } else {
        current.write(bytes[i]);
      }
    }
    if (current.size() > 0) {
      lines.add(finish(current.toByteArray(), maxLine));
    }
    return lines;
  }

  private static String finish(byte[] line, int maxLine) {
    if (line.length > maxLine) {
      return "<too long>";
    }
    byte[] trimmed =
        line.length > 0 && line[line.length - 1] == '\r'
            ? Arrays.copyOf(line, line.length - 1)
            : line;
    return new String(trimmed, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
