package org.triangulate.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.BlockKind;
import org.triangulate.core.DateSource;
import org.triangulate.core.Problem;
import org.triangulate.core.PublicationDate;

/**
 * The stored form of an {@link Article}: a compact, versioned binary encoding that round-trips
 * every field exactly (strings as length-prefixed UTF-16 code units, so texts of any length and
 * content fit).
 */
final class ArticleCodec {
  /** Bumped whenever the layout changes; old layouts stay readable. */
  static final int VERSION = 1;

  private ArticleCodec() {}

  static byte[] encode(Article article) {
    var bytes = new ByteArrayOutputStream(256 + article.text().length() * 3);
    try (var out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writeString(out, article.id());
      writeString(out, article.source());
      writeNullable(out, article.site());
      writeNullable(out, article.url());
      writeNullable(out, article.canonicalUrl());
      writeNullable(out, article.title());
      writeNullable(out, article.byline());
      PublicationDate published = article.published();
      out.writeBoolean(published != null);
      if (published != null) {
        writeString(out, published.value().toString());
        out.writeBoolean(published.dayOnly());
        writeString(out, published.source().name());
        out.writeDouble(published.confidence());
      }
      writeString(out, article.language());
      writeString(out, article.text());
      out.writeInt(article.blocks().size());
      for (Block block : article.blocks()) {
        writeString(out, block.kind().name());
        out.writeInt(block.start());
        out.writeInt(block.end());
      }
      out.writeInt(article.problems().size());
      for (Problem problem : article.problems()) {
        writeString(out, problem.document());
        writeString(out, problem.code());
        writeString(out, problem.message());
        out.writeBoolean(problem.fatal());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  static Article decode(byte[] data, int offset, int length) {
    try (var in = new DataInputStream(new ByteArrayInputStream(data, offset, length))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IllegalStateException(
            "stored article has layout version "
                + version
                + " but this build reads version "
                + VERSION
                + "; use a newer triangulate or a fresh --store folder");
      }
      String id = readString(in);
      String source = readString(in);
      String site = readNullable(in);
      String url = readNullable(in);
      String canonicalUrl = readNullable(in);
      String title = readNullable(in);
      String byline = readNullable(in);
      PublicationDate published = null;
      if (in.readBoolean()) {
        OffsetDateTime value = OffsetDateTime.parse(readString(in));
        boolean dayOnly = in.readBoolean();
        DateSource dateSource = DateSource.valueOf(readString(in));
        published = new PublicationDate(value, dayOnly, dateSource, in.readDouble());
      }
      String language = readString(in);
      String text = readString(in);
      int blockCount = in.readInt();
      List<Block> blocks = new ArrayList<>(blockCount);
      for (int i = 0; i < blockCount; i++) {
        blocks.add(new Block(BlockKind.valueOf(readString(in)), in.readInt(), in.readInt()));
      }
      int problemCount = in.readInt();
      List<Problem> problems = new ArrayList<>(problemCount);
      for (int i = 0; i < problemCount; i++) {
        problems.add(new Problem(readString(in), readString(in), readString(in), in.readBoolean()));
      }
      return new Article(
          id,
          source,
          site,
          url,
          canonicalUrl,
          title,
          byline,
          published,
          language,
          text,
          blocks,
          problems);
    } catch (IOException e) {
      throw new IllegalStateException("stored article is damaged: " + e.getMessage(), e);
    }
  }

  // Strings are stored as their UTF-16 code units, not as UTF-8: a lone surrogate from a broken
  // page must come back exactly, and Lucene compresses stored fields anyway.
  private static void writeString(DataOutputStream out, String value) throws IOException {
    out.writeInt(value.length());
    out.writeChars(value);
  }

  private static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      writeString(out, value);
    }
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available() / 2) {
      throw new IOException("string length " + length + " exceeds the stored record");
    }
    return ByteBuffer.wrap(in.readNBytes(length * 2)).asCharBuffer().toString();
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? readString(in) : null;
  }
}
