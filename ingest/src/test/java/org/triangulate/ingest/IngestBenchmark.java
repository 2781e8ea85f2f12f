package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/**
 * Throughput of the JSON Lines and WARC readers against naive loops over the same libraries
 * (BufferedReader + Jackson; a bare jwarc loop) on generated data. Not a unit test: run with
 *
 * <pre>
 * ./mvnw -B -q -pl ingest -am test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.triangulate.ingest.IngestBenchmark
 * </pre>
 */
public final class IngestBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] WORDS = {
    "the", "bridge", "at", "Fennick", "closed", "after", "inspectors", "found", "cracks", "council",
    "voted", "flood", "Holm", "Ridge", "dam", "residents", "evacuated", "said", "officials", "on"
  };

  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("ingest-bench");
    Random random = new Random(42);
    Path jsonl = writeJsonLines(dir.resolve("bench.jsonl"), 50_000, random);
    Path warc = writeWarc(dir.resolve("bench.warc.gz"), 10_000, random);
    System.out.printf(
        Locale.ROOT,
        "data: %s %.1f MB, %s %.1f MB%n",
        jsonl.getFileName(),
        Files.size(jsonl) / 1e6,
        warc.getFileName(),
        Files.size(warc) / 1e6);
    for (int round = 1; round <= 5; round++) {
      long ours = time(() -> count(sink -> Ingestors.standard().read(jsonl.toString(), sink)));
      long naive = time(() -> naiveJsonLines(jsonl));
      long oursWarc = time(() -> count(sink -> Ingestors.standard().read(warc.toString(), sink)));
      long naiveWarc = time(() -> naiveWarc(warc));
      System.out.printf(
          Locale.ROOT,
          "round %d: jsonl ours %d ms, naive %d ms, ratio %.2f | warc.gz ours %d ms, naive %d ms,"
              + " ratio %.2f%n",
          round,
          ours,
          naive,
          (double) ours / naive,
          oursWarc,
          naiveWarc,
          (double) oursWarc / naiveWarc);
    }
  }

  private interface Job {
    long run() throws IOException;
  }

  private static long time(Job job) throws IOException {
    long start = System.nanoTime();
    long n = job.run();
    if (n == 0) {
      throw new IllegalStateException("benchmark read nothing");
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private interface Reading {
    void read(DocumentSink sink);
  }

  private static long count(Reading reading) {
    long[] counts = new long[2];
    reading.read(
        new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            counts[0] += document.content().length;
          }

          @Override
          public void reject(Problem problem) {
            counts[1]++;
          }
        });
    return counts[0];
  }

  private static long naiveJsonLines(Path file) throws IOException {
    long bytes = 0;
    int number = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        JsonNode node = MAPPER.readTree(line);
        SourceHints hints =
            new SourceHints(
                node.path("id").asText(null),
                node.path("url").asText(null),
                node.path("title").asText(null),
                node.path("published").asText(null),
                node.path("source").asText(null));
        RawDocument document =
            new RawDocument(
                file + "#" + number,
                ContentKind.TEXT,
                node.path("text").asText().getBytes(UTF_8),
                UTF_8,
                hints);
        bytes += document.content().length;
      }
    }
    return bytes;
  }

  private static long naiveWarc(Path file) throws IOException {
    long bytes = 0;
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          HttpResponse http = response.http();
          if (http.status() == 200) {
            try (InputStream in = http.bodyDecoded().stream()) {
              bytes += in.readAllBytes().length;
            }
          }
        }
      }
    }
    return bytes;
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.append('.').toString();
  }

  private static Path writeJsonLines(Path file, int lines, Random random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
      for (int i = 0; i < lines; i++) {
        var node = MAPPER.createObjectNode();
        node.put("id", "doc-" + i);
        node.put("url", "https://news.example/" + i);
        node.put("title", sentence(random, 8));
        node.put("text", sentence(random, 150));
        node.put("published", "2031-03-04");
        node.put("source", "Bench Wire");
        out.write(MAPPER.writeValueAsString(node));
        out.write('\n');
      }
    }
    return file;
  }

  private static Path writeWarc(Path file, int records, Random random) throws IOException {
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 0; i < records; i++) {
        byte[] body =
            ("<html><body><p>" + sentence(random, 600) + "</p></body></html>").getBytes(UTF_8);
        byte[] head =
            ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        writer.write(
            new WarcResponse.Builder(URI.create("https://news.example/" + i))
                .date(Instant.parse("2031-03-04T00:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, all)
                .build());
      }
    }
    return file;
  }
}
