package org.triangulate.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/** The write token: read from, or generated into, a file only its owner can read. */
final class Tokens {
  static final String FILE = "server-token";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private Tokens() {}

  /** Whether a token was generated now (and should be shown to the user). */
  record Loaded(String token, Path file, boolean generated) {}

  /** The token stored in {@code folder}, generating and storing a new one when there is none. */
  static Loaded loadOrCreate(Path folder) {
    Path file = folder.resolve(FILE);
    try {
      Files.createDirectories(folder);
      if (Files.exists(file)) {
        String token = Files.readString(file, UTF_8).strip();
        if (token.length() < 16) {
          throw new IllegalStateException(
              "the token in "
                  + file
                  + " is shorter than 16 characters; delete the file to get a new token");
        }
        restrict(file);
        return new Loaded(token, file, false);
      }
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String token = HexFormat.of().formatHex(bytes);
      Path temp = folder.resolve(FILE + ".tmp");
      Files.deleteIfExists(temp);
      if (posix()) {
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(temp);
      }
      Files.writeString(temp, token + "\n", UTF_8);
      Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return new Loaded(token, file, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the token file " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Compares in time independent of where the strings differ. */
  static boolean matches(String expected, String given) {
    return given != null && MessageDigest.isEqual(expected.getBytes(UTF_8), given.getBytes(UTF_8));
  }
}
