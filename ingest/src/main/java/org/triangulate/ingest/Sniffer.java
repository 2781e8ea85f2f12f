package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an input's format from its name, its declared media type and its first bytes. Strong
 * magic numbers (gzip, WARC, binary formats) win over the extension; the extension wins over weak
 * text sniffing.
 */
final class Sniffer {
  private Sniffer() {}

  private static final Pattern URL_LINE = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
  private static final Pattern FIRST_ELEMENT =
      Pattern.compile("<([A-Za-z_][\\w.:-]*)[\\s>/]", Pattern.DOTALL);
  private static final List<byte[]> BINARY_MAGIC =
      List.of(
          bytes(0x89, 'P', 'N', 'G'),
          bytes('%', 'P', 'D', 'F', '-'),
          bytes('P', 'K', 3, 4),
          bytes('P', 'K', 5, 6),
          bytes(0xFF, 0xD8, 0xFF),
          bytes('G', 'I', 'F', '8'),
          bytes('B', 'Z', 'h'),
          bytes(0xFD, '7', 'z', 'X', 'Z', 0),
          bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
          bytes(0x7F, 'E', 'L', 'F'),
          bytes(0xCA, 0xFE, 0xBA, 0xBE),
          bytes(0xD0, 0xCF, 0x11, 0xE0),
          bytes(0, 'a', 's', 'm'),
          bytes('R', 'I', 'F', 'F'),
          bytes('I', 'D', '3'),
          bytes(0x28, 0xB5, 0x2F, 0xFD));

  /** The format of {@code input}. */
  static Format detect(Input input) {
    return detect(input.name(), input.mediaType(), input.head(), input.origin());
  }

  static Format detect(String name, String mediaType, byte[] head, Input.Origin origin) {
    Format format = detectAny(name, mediaType, head);
    // A fetched page that happens to list URLs is a document, not an order to fetch more.
    return origin == Input.Origin.NETWORK && format == Format.URL_LIST ? Format.TEXT : format;
  }

  private static Format detectAny(String name, String mediaType, byte[] head) {
    if (head.length == 0) {
      return Format.EMPTY;
    }
    if (startsWith(head, bytes(0x1F, 0x8B))) {
      return Format.GZIP;
    }
    if (startsWith(head, "WARC/1.".getBytes(ISO_8859_1))) {
      return Format.WARC;
    }
    boolean utf16 = startsWith(head, bytes(0xFE, 0xFF)) || startsWith(head, bytes(0xFF, 0xFE));
    if (!utf16 && (BINARY_MAGIC.stream().anyMatch(m -> startsWith(head, m)) || looksBinary(head))) {
      return Format.BINARY;
    }
    String lowerName = name.toLowerCase(Locale.ROOT);
    String text = asciiView(head, utf16);
    String root = firstElement(text);
    if (mediaType != null) {
      Format byType = byMediaType(mediaType, root, text);
      if (byType != null) {
        return byType;
      }
    }
    Format byName = byExtension(lowerName, root, head);
    return byName != null ? byName : byContent(root, text, head);
  }

  private static Format byMediaType(String mediaType, String root, String text) {
    if (isFeedRoot(root)) {
      return Format.FEED;
    }
    if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
      return Format.HTML;
    }
    if (mediaType.equals("text/plain")) {
      return Format.TEXT;
    }
    if (mediaType.contains("xml")) {
      return looksLikeHtml(root, text) ? Format.HTML : Format.UNSUPPORTED;
    }
    if (mediaType.equals("application/x-ndjson") || mediaType.equals("application/jsonl")) {
      return Format.JSON_LINES;
    }
    if (mediaType.equals("application/warc")) {
      return Format.WARC;
    }
    return null;
  }

  private static Format byExtension(String name, String root, byte[] head) {
    if (name.endsWith(".warc")) {
      return Format.WARC;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSON_LINES;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom")) {
      return Format.FEED;
    }
    if (name.endsWith(".xml") || name.endsWith(".rdf")) {
      return isFeedRoot(root) ? Format.FEED : Format.UNSUPPORTED;
    }
    if (name.endsWith(".urls")) {
      return Format.URL_LIST;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return isUrlList(head) ? Format.URL_LIST : Format.TEXT;
    }
    return null;
  }

  private static Format byContent(String root, String text, byte[] head) {
    if (isFeedRoot(root)) {
      return Format.FEED;
    }
    if (looksLikeHtml(root, text)) {
      return Format.HTML;
    }
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("<?xml")) {
      return Format.UNSUPPORTED;
    }
    if (trimmed.startsWith("{")) {
      return Format.JSON_LINES;
    }
    return isUrlList(head) ? Format.URL_LIST : Format.TEXT;
  }

  /** True when the head has NUL bytes or many control characters. */
  static boolean looksBinary(byte[] head) {
    int control = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    return control > head.length / 10;
  }

  /** True when every non-blank line that is not a {@code #} comment is an http(s) URL. */
  static boolean isUrlList(byte[] head) {
    String text = new String(head, UTF_8);
    String[] lines = text.split("\r?\n", -1);
    // The last line may be cut off by the head limit; judge it only if the whole file fit.
    int usable = head.length >= Input.HEAD_BYTES ? lines.length - 1 : lines.length;
    int urls = 0;
    for (int i = 0; i < usable; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!URL_LINE.matcher(line).matches()) {
        return false;
      }
      urls++;
    }
    return urls > 0;
  }

  static boolean isUrl(String line) {
    return URL_LINE.matcher(line).matches();
  }

  private static boolean isFeedRoot(String root) {
    if (root == null) {
      return false;
    }
    String local = root.substring(root.indexOf(':') + 1);
    return local.equals("rss") || local.equals("feed") || root.equals("rdf:rdf");
  }

  private static boolean looksLikeHtml(String root, String text) {
    if ("html".equals(root)) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("<!doctype html")
        || lower.contains("<html")
        || lower.contains("<body")
        || lower.contains("<head");
  }

  /** The lower-case name of the first element, skipping the prolog, comments and doctype. */
  private static String firstElement(String text) {
    int at = 0;
    while (true) {
      int open = text.indexOf('<', at);
      if (open < 0) {
        return null;
      }
      if (text.startsWith("<!--", open)) {
        int close = text.indexOf("-->", open + 4);
        if (close < 0) {
          return null;
        }
        at = close + 3;
        continue;
      }
      if (text.startsWith("<?", open) || text.startsWith("<!", open)) {
        int close = text.indexOf('>', open + 2);
        if (close < 0) {
          return null;
        }
        at = close + 1;
        continue;
      }
      Matcher m = FIRST_ELEMENT.matcher(text);
      return m.find(open) && m.start() == open ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
  }

  /** The head as characters good enough for ASCII markup: a byte per char, or UTF-16 decoded. */
  private static String asciiView(byte[] head, boolean utf16) {
    if (utf16) {
      return new String(head, UTF_16);
    }
    String text = new String(head, ISO_8859_1);
    return text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text;
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
