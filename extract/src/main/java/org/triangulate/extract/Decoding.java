package org.triangulate.extract;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.Problem;

/**
 * Turns raw bytes into text: byte-order mark first, then the container's and the page's declared
 * charset, checked against the bytes; valid UTF-8 always wins over a declaration that says
 * otherwise, because a lying declaration is common and UTF-8 is very unlikely by accident.
 */
final class Decoding {
  /** How far into the bytes a {@code <meta charset>} is looked for. */
  static final int META_SCAN_BYTES = 4096;

  private static final Charset WINDOWS_1252 = charsetOrLatin1("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The decoded text and what was wrong on the way.
   *
   * @param text the decoded characters
   * @param charset the charset used
   * @param problems warnings about the decoding
   */
  record Decoded(String text, Charset charset, List<Problem> problems) {
    Decoded {
      problems = List.copyOf(problems);
    }
  }

  private Decoding() {}

  /**
   * Decodes {@code bytes[0, length)}.
   *
   * @param source the document's name, for problems
   * @param declared the container's charset, or null
   * @param html whether to look for a {@code <meta charset>}
   */
  static Decoded decode(String source, byte[] bytes, int length, Charset declared, boolean html) {
    List<Problem> problems = new ArrayList<>();
    if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, length - 3, UTF_8), UTF_8, problems);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, length - 2, UTF_16BE), UTF_16BE, problems);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, length - 2, UTF_16LE), UTF_16LE, problems);
    }
    Charset meta = html ? metaCharset(source, bytes, length, problems) : null;
    Charset claimed = declared != null ? declared : meta;
    Utf8Check check = checkUtf8(bytes, length);
    if (check == Utf8Check.ASCII) {
      Charset used = claimed != null && isAsciiCompatible(claimed) ? claimed : UTF_8;
      return new Decoded(new String(bytes, 0, length, used), used, problems);
    }
    if (check == Utf8Check.VALID) {
      if (claimed != null && !claimed.equals(UTF_8)) {
        problems.add(
            Problem.warning(
                source,
                "charset",
                "declared charset "
                    + claimed.name()
                    + " does not fit the bytes, which are valid UTF-8; decoded as UTF-8"));
      }
      return new Decoded(new String(bytes, 0, length, UTF_8), UTF_8, problems);
    }
    if (claimed != null && !claimed.equals(UTF_8)) {
      return new Decoded(new String(bytes, 0, length, claimed), claimed, problems);
    }
    problems.add(
        Problem.warning(
            source,
            "charset",
            (claimed == null
                    ? "no charset declared"
                    : "declared charset UTF-8 does not fit the bytes, which are not valid UTF-8")
                + "; detected and decoded as windows-1252"));
    return new Decoded(new String(bytes, 0, length, WINDOWS_1252), WINDOWS_1252, problems);
  }

  private enum Utf8Check {
    ASCII,
    VALID,
    INVALID
  }

  /** Strict UTF-8 validation; a sequence cut off by truncation at the very end is tolerated. */
  private static Utf8Check checkUtf8(byte[] bytes, int length) {
    boolean ascii = true;
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      ascii = false;
      int extra;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        extra = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        extra = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        extra = 3;
        min = 0x10000;
      } else {
        return Utf8Check.INVALID;
      }
      if (i + extra >= length) {
        // a sequence cut off where the input was truncated
        for (int k = i + 1; k < length; k++) {
          if ((bytes[k] & 0xC0) != 0x80) {
            return Utf8Check.INVALID;
          }
        }
        return Utf8Check.VALID;
      }
      int code = b & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        int c = bytes[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return Utf8Check.INVALID;
        }
        code = (code << 6) | (c & 0x3F);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return Utf8Check.INVALID;
      }
      i += extra + 1;
    }
    return ascii ? Utf8Check.ASCII : Utf8Check.VALID;
  }

  private static Charset metaCharset(
      String source, byte[] bytes, int length, List<Problem> problems) {
    String head = new String(bytes, 0, Math.min(length, META_SCAN_BYTES), ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    try {
      Charset charset = Charset.forName(name);
      // Browsers read a declared latin-1 as windows-1252; so do we.
      return charset.equals(ISO_8859_1) || name.equals("us-ascii") ? WINDOWS_1252 : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      problems.add(
          Problem.warning(
              source, "charset", "unknown charset '" + name + "' declared in the page; detected"));
      return null;
    }
  }

  private static boolean isAsciiCompatible(Charset charset) {
    return !charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
        && !charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-32");
  }

  private static Charset charsetOrLatin1(String name) {
    return Charset.isSupported(name) ? Charset.forName(name) : ISO_8859_1;
  }
}
