package org.triangulate.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.triangulate.core.Problem;

/** Bounded reads and the problems that broken streams become. */
final class Streams {
  private Streams() {}

  /** All bytes of {@code in}, or null when there are more than {@code max}. */
  static byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max);
    if (bytes.length == max && in.read() >= 0) {
      return null;
    }
    return bytes;
  }

  /** The problem for a document larger than the limit. */
  static Problem tooLarge(String document, long limit, String setting) {
    return Problem.failure(
        document,
        "too-large",
        "larger than the limit of "
            + limit
            + " bytes; it was skipped (raise "
            + setting
            + " to read it)");
  }

  /** The problem for an input that broke off while being read. */
  static Problem broken(String document, IOException e, String whatWasRead) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String suffix = whatWasRead == null ? "" : "; " + whatWasRead;
    if (e instanceof EOFException || e instanceof ZipException) {
      return Problem.failure(document, "truncated", "input ends early (" + detail + ")" + suffix);
    }
    if (e instanceof NoSuchFileException) {
      return Problem.failure(document, "missing", "no such file" + suffix);
    }
    if (e instanceof AccessDeniedException) {
      return Problem.failure(document, "unreadable", "permission denied" + suffix);
    }
    if (e instanceof CharacterCodingException) {
      return Problem.failure(document, "charset", "cannot decode (" + detail + ")" + suffix);
    }
    return Problem.failure(document, "unreadable", "cannot read: " + detail + suffix);
  }

  /** Reads lines of bytes, each at most a limit long; longer lines are skipped whole. */
  static final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private int lineNumber;
    private boolean lastTooLong;

    LineReader(InputStream in, int maxLineBytes) {
      this.in = in;
      this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its line break, or null at the end of input. */
    byte[] next() throws IOException {
      int length = 0;
      boolean tooLong = false;
      boolean sawAny = false;
      while (true) {
        if (chunkPos == chunkEnd) {
          chunkEnd = in.read(chunk, 0, chunk.length);
          chunkPos = 0;
          if (chunkEnd <= 0) {
            chunkEnd = 0;
            if (!sawAny) {
              return null;
            }
            break;
          }
        }
        sawAny = true;
        int newline = -1;
        for (int i = chunkPos; i < chunkEnd; i++) {
          if (chunk[i] == '\n') {
            newline = i;
            break;
          }
        }
        int stop = newline < 0 ? chunkEnd : newline;
        int n = stop - chunkPos;
        if (!tooLong) {
          if (length + (long) n > maxLineBytes) {
            tooLong = true;
          } else {
            if (length + n > line.length) {
              line =
                  Arrays.copyOf(
                      line, Math.max(length + n, Math.min(maxLineBytes, line.length * 2)));
            }
            System.arraycopy(chunk, chunkPos, line, length, n);
            length += n;
          }
        }
        chunkPos = newline < 0 ? chunkEnd : newline + 1;
        if (newline >= 0) {
          break;
        }
      }
      lineNumber++;
      lastTooLong = tooLong;
      if (tooLong) {
        return new byte[0];
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return Arrays.copyOf(line, length);
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    int lineNumber() {
      return lineNumber;
    }

    /** True when the last line was longer than the limit (and came back empty). */
    boolean lastTooLong() {
      return lastTooLong;
    }
  }
}
