package org.triangulate.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the public evaluation datasets. They are never copied into the repository: the archives
 * live in {@code ../shared/datasets} (override with {@code -Dtriangulate.datasets=DIR} or {@code
 * TRIANGULATE_DATASETS}) and are unpacked with its {@code unpack.sh} into {@code ../shared-data}
 * (override with {@code -Dtriangulate.datasets.unpacked} or {@code TRIANGULATE_DATASETS_UNPACKED}).
 */
public final class Datasets {
  private Datasets() {}

  /** The folder holding the archives and {@code unpack.sh}. */
  public static Path archives() {
    return Path.of(setting("triangulate.datasets", "TRIANGULATE_DATASETS", "../shared/datasets"))
        .toAbsolutePath()
        .normalize();
  }

  /** The folder the archives are unpacked into. */
  public static Path unpacked() {
    return Path.of(
            setting(
                "triangulate.datasets.unpacked", "TRIANGULATE_DATASETS_UNPACKED", "../shared-data"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * The unpacked folder of one dataset (such as {@code trafilatura-eval}), unpacking the archives
   * first if needed; empty when the dataset is not available on this machine.
   */
  public static Optional<Path> find(String name) {
    Path folder = unpacked().resolve(name);
    if (Files.isDirectory(folder)) {
      return Optional.of(folder);
    }
    Path script = archives().resolve("unpack.sh");
    if (!Files.isRegularFile(archives().resolve(name + ".tar.xz"))
        || !Files.isRegularFile(script)) {
      return Optional.empty();
    }
    try {
      Process process =
          new ProcessBuilder("sh", script.toString(), unpacked().toString()).inheritIO().start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(script + " failed with exit code " + process.exitValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while unpacking " + name, e);
    }
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
