package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/**
 * Reads JSON Lines: one JSON object per line with the fields {@code id}, {@code url}, {@code
 * title}, {@code text} or {@code html}, {@code published} and {@code source} (the publisher); other
 * fields are ignored. Each line becomes one document named {@code file.jsonl#<line>}; an invalid
 * line becomes a problem naming the file and line, and reading goes on.
 */
final class JsonLinesReader implements FormatReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final int maxBytes;

  JsonLinesReader(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Input input, DocumentSink sink) throws IOException {
    Streams.LineReader lines = new Streams.LineReader(input.stream(), maxBytes);
    int documents = 0;
    boolean reported = false;
    while (true) {
      byte[] line;
      try {
        line = lines.next();
      } catch (IOException e) {
        sink.reject(
            Streams.broken(
                input.source() + "#" + (lines.lineNumber() + 1),
                e,
                "read " + lines.lineNumber() + " lines before (" + documents + " documents)"));
        return;
      }
      if (line == null) {
        if (!reported) {
          sink.reject(Problem.failure(input.source(), "empty", "the file has no JSON lines"));
        }
        return;
      }
      String source = input.source() + "#" + lines.lineNumber();
      if (lines.lastTooLong()) {
        reported = true;
        sink.reject(Streams.tooLarge(source, maxBytes, "maxDocumentBytes"));
        continue;
      }
      if (isBlank(line)) {
        continue;
      }
      reported = true;
      RawDocument document = parse(source, line, lines.lineNumber() == 1, sink);
      if (document != null) {
        sink.accept(document);
        documents++;
      }
    }
  }

  private static RawDocument parse(String source, byte[] line, boolean first, DocumentSink sink) {
    JsonNode node;
    try {
      int offset = first && startsWithBom(line) ? 3 : 0;
      node = MAPPER.readTree(line, offset, line.length - offset);
    } catch (JsonProcessingException e) {
      sink.reject(
          Problem.failure(source, "invalid-json", "not valid JSON: " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      sink.reject(Problem.failure(source, "invalid-json", "not valid JSON: " + e.getMessage()));
      return null;
    }
    if (!node.isObject()) {
      sink.reject(
          Problem.failure(
              source, "invalid-json", "expected a JSON object, got " + node.getNodeType()));
      return null;
    }
    try {
      String html = field(node, "html");
      String text = field(node, "text");
      SourceHints hints =
          new SourceHints(
              field(node, "id"),
              field(node, "url"),
              field(node, "title"),
              field(node, "published"),
              field(node, "source"));
      String content = html != null ? html : text;
      if (content == null) {
        sink.reject(
            Problem.failure(source, "missing-content", "the record has neither 'text' nor 'html'"));
        return null;
      }
      if (content.isBlank()) {
        sink.reject(
            Problem.failure(
                source,
                "empty",
                "the record's '" + (html != null ? "html" : "text") + "' is blank"));
        return null;
      }
      ContentKind kind = html != null ? ContentKind.HTML : ContentKind.TEXT;
      return new RawDocument(source, kind, content.getBytes(UTF_8), UTF_8, hints);
    } catch (InvalidField e) {
      sink.reject(Problem.failure(source, "invalid-field", e.getMessage()));
      return null;
    }
  }

  /** A string or number field as text; null when absent or JSON null. */
  private static String field(JsonNode node, String name) throws InvalidField {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber() && !name.equals("text") && !name.equals("html")) {
      return value.asText();
    }
    throw new InvalidField("field '" + name + "' must be a string, got " + value.getNodeType());
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithBom(byte[] line) {
    return line.length >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF;
  }

  /** A field of the wrong type. */
  private static final class InvalidField extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidField(String message) {
      super(message);
    }
  }
}
