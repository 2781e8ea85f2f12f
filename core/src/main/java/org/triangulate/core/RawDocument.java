package org.triangulate.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;

/**
 * One document as read from its container, before extraction.
 *
 * @param source the document as the user would name it: a path, a URL, or {@code container#n}
 * @param kind whether {@code content} is HTML or plain text
 * @param content the raw bytes, in the container's encoding
 * @param declaredCharset the charset the container declared (HTTP header, JSON), or null to detect
 * @param hints what the container said about the document
 */
public record RawDocument(
    String source, ContentKind kind, byte[] content, Charset declaredCharset, SourceHints hints) {
  public RawDocument {
    Checks.notBlank("source", source);
    Checks.notNull("kind", kind);
    Checks.notNull("content", content);
    hints = hints == null ? SourceHints.NONE : hints;
  }

  /** A plain-text document given as a Java string. */
  public static RawDocument text(String source, String text) {
    return new RawDocument(source, ContentKind.TEXT, text.getBytes(UTF_8), UTF_8, SourceHints.NONE);
  }

  /** An HTML document given as a Java string. */
  public static RawDocument html(String source, String html) {
    return new RawDocument(source, ContentKind.HTML, html.getBytes(UTF_8), UTF_8, SourceHints.NONE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawDocument that
        && source.equals(that.source)
        && kind == that.kind
        && java.util.Arrays.equals(content, that.content)
        && Checks.same(declaredCharset, that.declaredCharset)
        && hints.equals(that.hints);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(source, kind, java.util.Arrays.hashCode(content), hints);
  }

  @Override
  public String toString() {
    return "RawDocument[" + source + ", " + kind + ", " + content.length + " bytes]";
  }
}
