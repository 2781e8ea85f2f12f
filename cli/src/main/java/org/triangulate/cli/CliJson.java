package org.triangulate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON output of the commands: one line per value, so that the output is JSON Lines. */
final class CliJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** Records (stories, facts) as the server's API shows them, field by field. */
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private CliJson() {}

  /** What {@code body} writes, as one line of JSON. */
  static String write(Body body) {
    var line = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(line)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return line.toString();
  }

  /** {@code value} (a record, list or map) as one line of JSON. */
  static String value(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
  }

  /** Writes one JSON value. */
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }
}
