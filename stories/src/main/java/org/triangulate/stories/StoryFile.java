package org.triangulate.stories;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.triangulate.core.Problem;

/**
 * The saved state of a {@link StoryClusterer}: one binary file {@code stories.bin} with a CRC-32 at
 * the end. Written to a temporary file, synced, then moved over the old one atomically, and the
 * folder synced so that the move survives a power loss.
 */
final class StoryFile {
  static final String NAME = "stories.bin";
  private static final int MAGIC = 0x54535459; // "TSTY"

  /**
   * Version 2 adds the member vectors for split repair; version 3 adds each story's split-from ids,
   * so that repair after a reopen does not merge the halves of a split back. Versions 1 and 2 are
   * still read (their stories have no split-from ids).
   */
  static final int VERSION = 3;

  private StoryFile() {}

  static void write(StoryClusterer c, Path folder) {
    write(c, folder, VERSION);
  }

  /** Writes in an older format version too, so that tests can check that old files are read. */
  static void write(StoryClusterer c, Path folder, int version) {
    Path target = folder.resolve(NAME);
    Path temp = folder.resolve(NAME + ".tmp");
    try {
      Files.createDirectories(folder);
      CRC32 crc = new CRC32();
      try (FileOutputStream file = new FileOutputStream(temp.toFile());
          DataOutputStream out =
              new DataOutputStream(
                  new BufferedOutputStream(new CheckedOutputStream(file, crc), 1 << 16))) {
        writeBody(c, out, version);
        out.flush();
        out.writeLong(crc.getValue());
        out.flush();
        file.getFD().sync();
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IllegalStateException(
            "cannot replace " + target + " atomically on this file system; use a local disk", e);
      }
      syncDirectory(folder);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot save stories to "
              + target
              + ": "
              + e.getMessage()
              + "; the previous state is kept",
          e);
    }
  }

  /**
   * Makes the move itself durable: without it a power loss can bring back the previous state after
   * save() returned. Windows cannot open a folder as a channel (its rename is journaled by NTFS).
   */
  private static void syncDirectory(Path folder) throws IOException {
    if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
      return;
    }
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    }
  }

  private static void writeBody(StoryClusterer c, DataOutputStream out, int version)
      throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(version);
    out.writeLong(c.nextStoryNumber);
    out.writeLong(c.articles);
    writeInstant(out, c.latest);
    writeTable(out, c.wordTable);
    writeTable(out, c.entityTable);
    out.writeInt(c.mergedInto.size());
    for (Map.Entry<String, String> e : c.mergedInto.entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
    out.writeInt(c.live.size());
    for (StoryState s : c.live.values()) {
      writeString(out, s.id);
      out.writeBoolean(s.nearEmpty);
      out.writeInt(s.members.size());
      for (int i = 0; i < s.members.size(); i++) {
        writeString(out, s.members.get(i));
        writeInstant(out, s.memberTimes.get(i));
      }
      out.writeInt(s.languages.size());
      for (Map.Entry<String, Integer> e : s.languages.entrySet()) {
        writeString(out, e.getKey());
        out.writeInt(e.getValue());
      }
      out.writeInt(s.titles.size());
      for (String title : s.titles) {
        writeString(out, title);
      }
      out.writeInt(s.problems.size());
      for (Problem p : s.problems) {
        writeString(out, p.document());
        writeString(out, p.code());
        writeString(out, p.message());
        out.writeBoolean(p.fatal());
      }
      writeCentroid(out, s.words);
      writeCentroid(out, s.entities);
      if (s.embeddingSum == null) {
        out.writeInt(-1);
      } else {
        out.writeInt(s.embeddingSum.length);
        for (float v : s.embeddingSum) {
          out.writeFloat(v);
        }
      }
      writeKeys(out, s.postedWords);
      writeKeys(out, s.postedEntities);
      if (version < 2) {
        continue;
      }
      out.writeInt(s.splitCheckedAt);
      out.writeInt(s.vectors.size());
      for (MemberVector v : s.vectors) {
        writeString(out, v.title);
        writeString(out, v.language);
        writeTerms(out, v.wordIds, v.wordTf);
        writeTerms(out, v.entityIds, v.entityTf);
        writeFloats(out, v.embedding);
      }
      if (version < 3) {
        continue;
      }
      List<String> siblings = liveSiblings(c, s);
      out.writeInt(siblings.size());
      for (String sibling : siblings) {
        writeString(out, sibling);
      }
    }
  }

  /**
   * The stories {@code s} was split from or split off, as the live stories they are now (a sibling
   * merged away resolves to the story it went into); siblings that resolve to no live story or to
   * {@code s} itself are dropped. Sorted, so that the same state gives the same bytes.
   */
  private static List<String> liveSiblings(StoryClusterer c, StoryState s) {
    TreeSet<String> live = new TreeSet<>();
    for (String sibling : s.splitFrom) {
      String id = c.resolve(sibling);
      if (!id.equals(s.id) && c.live.containsKey(id)) {
        live.add(id);
      }
    }
    return new ArrayList<>(live);
  }

  private static void writeTerms(DataOutputStream out, int[] ids, float[] tf) throws IOException {
    out.writeInt(ids.length);
    for (int i = 0; i < ids.length; i++) {
      out.writeInt(ids[i]);
      out.writeFloat(tf[i]);
    }
  }

  private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    if (values == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(values.length);
    for (float v : values) {
      out.writeFloat(v);
    }
  }

  private static float[] readFloats(DataInputStream in, Path file) throws IOException {
    int n = in.readInt();
    if (n < -1 || n > (1 << 20)) {
      throw damaged(file, "vector length " + n + " out of range");
    }
    if (n == -1) {
      return null;
    }
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = in.readFloat();
    }
    return out;
  }

  private static MemberVector readVector(DataInputStream in, StoryClusterer c, Path file)
      throws IOException {
    String title = readString(in);
    String language = readString(in);
    int words = count(in, file);
    int[] wordIds = new int[words];
    float[] wordTf = new float[words];
    for (int i = 0; i < words; i++) {
      wordIds[i] = termId(in.readInt(), c.wordTable, file);
      wordTf[i] = in.readFloat();
    }
    int entities = count(in, file);
    int[] entityIds = new int[entities];
    float[] entityTf = new float[entities];
    for (int i = 0; i < entities; i++) {
      entityIds[i] = termId(in.readInt(), c.entityTable, file);
      entityTf[i] = in.readFloat();
    }
    return new MemberVector(
        title, language, wordIds, wordTf, entityIds, entityTf, readFloats(in, file));
  }

  private static int termId(int id, TermTable table, Path file) {
    if (id < 0 || id >= table.size()) {
      throw damaged(file, "term id " + id + " outside the vocabulary of " + table.size());
    }
    return id;
  }

  static void readInto(StoryClusterer c, Path folder) {
    Path file = folder.resolve(NAME);
    if (!Files.exists(file)) {
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (bytes.length < 8) {
      throw damaged(file, "the file ends too early");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    long stored = ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
    if (stored != crc.getValue()) {
      throw damaged(file, "checksum mismatch");
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
      readBody(c, in, file);
    } catch (EOFException e) {
      throw damaged(file, "the file ends too early");
    } catch (IOException e) {
      throw damaged(file, e.getMessage());
    }
    c.reindex();
  }

  private static void readBody(StoryClusterer c, DataInputStream in, Path file) throws IOException {
    if (in.readInt() != MAGIC) {
      throw damaged(file, "not a story state file");
    }
    int version = in.readInt();
    if (version < 1 || version > VERSION) {
      throw damaged(
          file, "version " + version + " is not supported (expected 1 to " + VERSION + ")");
    }
    c.nextStoryNumber = in.readLong();
    c.articles = in.readLong();
    c.latest = readInstant(in);
    readTable(in, c.wordTable);
    readTable(in, c.entityTable);
    int merged = count(in, file);
    for (int i = 0; i < merged; i++) {
      c.mergedInto.put(readString(in), readString(in));
    }
    int stories = count(in, file);
    for (int i = 0; i < stories; i++) {
      StoryState s = new StoryState(readString(in));
      s.nearEmpty = in.readBoolean();
      int members = count(in, file);
      for (int m = 0; m < members; m++) {
        s.members.add(readString(in));
        Instant time = readInstant(in);
        if (time == null) {
          throw damaged(file, "story " + s.id + " has a member without time");
        }
        s.memberTimes.add(time);
        s.addTime(time);
      }
      if (members == 0) {
        throw damaged(file, "story " + s.id + " has no members");
      }
      int languages = count(in, file);
      for (int l = 0; l < languages; l++) {
        s.languages.put(readString(in), in.readInt());
      }
      int titles = count(in, file);
      for (int t = 0; t < titles; t++) {
        s.titles.add(readString(in));
      }
      int problems = count(in, file);
      for (int p = 0; p < problems; p++) {
        s.problems.add(
            new Problem(readString(in), readString(in), readString(in), in.readBoolean()));
      }
      readCentroid(in, s.words, c.wordTable, file);
      readCentroid(in, s.entities, c.entityTable, file);
      int embedding = in.readInt();
      if (embedding >= 0) {
        s.embeddingSum = new float[embedding];
        for (int e = 0; e < embedding; e++) {
          s.embeddingSum[e] = in.readFloat();
        }
      }
      readKeys(in, s.postedWords, c.wordTable, file);
      readKeys(in, s.postedEntities, c.entityTable, file);
      if (version >= 2) {
        s.splitCheckedAt = in.readInt();
        int vectors = count(in, file);
        for (int v = 0; v < vectors; v++) {
          s.vectors.add(readVector(in, c, file));
        }
        if (vectors != 0 && vectors != members) {
          throw damaged(
              file, "story " + s.id + " has " + members + " members but " + vectors + " vectors");
        }
      }
      if (version >= 3) {
        int siblings = count(in, file);
        for (int k = 0; k < siblings; k++) {
          s.splitFrom.add(readString(in));
        }
      }
      c.restore(s);
    }
    // written from live stories only: a sibling that is not one of them means a damaged file
    for (StoryState s : c.live.values()) {
      for (String sibling : s.splitFrom) {
        if (sibling.equals(s.id) || !c.live.containsKey(sibling)) {
          throw damaged(file, "story " + s.id + " was split from unknown story " + sibling);
        }
      }
    }
  }

  private static IllegalStateException damaged(Path file, String why) {
    return new IllegalStateException(
        file
            + " is damaged ("
            + why
            + "); restore it from a backup, or delete it to rebuild the stories from the store");
  }

  private static int count(DataInputStream in, Path file) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw damaged(file, "negative count " + n);
    }
    return n;
  }

  private static void writeTable(DataOutputStream out, TermTable table) throws IOException {
    out.writeLong(table.documents());
    out.writeInt(table.size());
    for (int id = 0; id < table.size(); id++) {
      writeString(out, table.term(id));
      out.writeInt(table.documentFrequency(id));
    }
  }

  private static void readTable(DataInputStream in, TermTable table) throws IOException {
    table.restoreDocuments(in.readLong());
    int n = in.readInt();
    for (int id = 0; id < n; id++) {
      table.restore(readString(in), in.readInt());
    }
  }

  private static void writeCentroid(DataOutputStream out, IntFloatMap centroid) throws IOException {
    out.writeInt(centroid.size());
    IOException[] failure = new IOException[1];
    centroid.forEach(
        (id, value) -> {
          if (failure[0] == null) {
            try {
              out.writeInt(id);
              out.writeFloat(value);
            } catch (IOException e) {
              failure[0] = e;
            }
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private static void readCentroid(
      DataInputStream in, IntFloatMap centroid, TermTable table, Path file) throws IOException {
    int n = count(in, file);
    for (int i = 0; i < n; i++) {
      int id = in.readInt();
      float value = in.readFloat();
      if (id < 0 || id >= table.size()) {
        throw damaged(file, "term id " + id + " outside the vocabulary of " + table.size());
      }
      centroid.add(id, value);
    }
  }

  private static void writeKeys(DataOutputStream out, Map<Integer, Long> keys) throws IOException {
    out.writeInt(keys.size());
    for (int key : keys.keySet()) {
      out.writeInt(key);
    }
  }

  private static void readKeys(
      DataInputStream in, Map<Integer, Long> keys, TermTable table, Path file) throws IOException {
    int n = count(in, file);
    List<Integer> read = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int key = in.readInt();
      if (key < 0 || key >= table.size()) {
        throw damaged(file, "key term " + key + " outside the vocabulary of " + table.size());
      }
      read.add(key);
    }
    for (int key : read) {
      keys.put(key, Long.MIN_VALUE / 2);
    }
  }

  private static void writeInstant(DataOutputStream out, Instant time) throws IOException {
    out.writeBoolean(time != null);
    if (time != null) {
      out.writeLong(time.getEpochSecond());
      out.writeInt(time.getNano());
    }
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 24)) {
      throw new IOException("string length " + n + " out of range");
    }
    byte[] bytes = new byte[n];
    in.readFully(bytes);
    return new String(bytes, UTF_8);
  }
}
