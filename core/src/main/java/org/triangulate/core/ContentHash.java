package org.triangulate.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: a hash of the normalised title and text, so that the same article read twice
 * gets one id.
 */
public final class ContentHash {
  private ContentHash() {}

  /** 16 hex characters (64 bits) of SHA-256 over the case- and space-folded title and text. */
  public static String of(String title, String text) {
    String normalised = normalise(title == null ? "" : title) + "\u0000" + normalise(text);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }
}
