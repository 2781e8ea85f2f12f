package org.triangulate.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.triangulate.core.SourceHints;

/**
 * One opened input: a stream read once, with its first bytes peeked for format sniffing, and what
 * the transport said about it. Not thread-safe; owned by one reader at a time.
 */
final class Input {
  /** How many leading bytes are peeked for sniffing. */
  static final int HEAD_BYTES = 8192;

  /** Where an input came from; feeds fetched from the network fetch their items' pages. */
  enum Origin {
    FILE,
    NETWORK
  }

  private final String source;
  private final String name;
  private final BufferedInputStream stream;
  private final byte[] head;
  private final Origin origin;
  private final String mediaType;
  private final Charset charset;
  private final SourceHints hints;
  private final Path file;

  private Input(
      String source,
      String name,
      BufferedInputStream stream,
      byte[] head,
      Origin origin,
      String mediaType,
      Charset charset,
      SourceHints hints,
      Path file) {
    this.source = source;
    this.name = name;
    this.stream = stream;
    this.head = head;
    this.origin = origin;
    this.mediaType = mediaType;
    this.charset = charset;
    this.hints = hints;
    this.file = file;
  }

  /** Opens a stream with what the transport said: media type, charset, hints such as the URL. */
  static Input open(
      String source,
      String name,
      InputStream raw,
      Origin origin,
      String mediaType,
      Charset charset,
      SourceHints hints)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, 64 * 1024);
    buffered.mark(HEAD_BYTES + 1);
    byte[] head = buffered.readNBytes(HEAD_BYTES);
    buffered.reset();
    return new Input(source, name, buffered, head, origin, mediaType, charset, hints, null);
  }

  /**
   * Opens a file on disk; readers that can use random access (WARC) may read {@link #file()}
   * instead of the stream.
   */
  static Input openFile(String source, Path file, InputStream raw) throws IOException {
    Input input =
        open(
            source,
            file.getFileName().toString().toLowerCase(Locale.ROOT),
            raw,
            Origin.FILE,
            null,
            null,
            SourceHints.NONE);
    return new Input(
        input.source,
        input.name,
        input.stream,
        input.head,
        Origin.FILE,
        null,
        null,
        SourceHints.NONE,
        file);
  }

  /** Wraps bytes already in memory, such as an HTTP response body. */
  static Input ofBytes(
      String source,
      String name,
      byte[] bytes,
      Origin origin,
      String mediaType,
      Charset charset,
      SourceHints hints) {
    BufferedInputStream buffered = new BufferedInputStream(new ByteArrayInputStream(bytes));
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
    return new Input(source, name, buffered, head, origin, mediaType, charset, hints, null);
  }

  /** The name documents from this input get: a path, a URL. */
  String source() {
    return source;
  }

  /** The lower-case file name whose extension hints at the format, possibly empty. */
  String name() {
    return name;
  }

  /** The stream, positioned at the first byte; supports mark and reset. */
  BufferedInputStream stream() {
    return stream;
  }

  /** Up to {@link #HEAD_BYTES} first bytes (a copy). */
  byte[] head() {
    return head.clone();
  }

  Origin origin() {
    return origin;
  }

  /** The lower-case media type the transport declared ({@code text/html}), or null. */
  String mediaType() {
    return mediaType;
  }

  /** The charset the transport declared, or null. */
  Charset charset() {
    return charset;
  }

  /** The file this input was opened from as it is on disk, or null for any other input. */
  Path file() {
    return file;
  }

  /** What the transport said about the document (for HTTP: its final URL). */
  SourceHints hints() {
    return hints;
  }
}
