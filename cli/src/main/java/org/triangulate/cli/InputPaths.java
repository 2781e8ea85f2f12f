package org.triangulate.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The documents a command reads, shared by {@code extract}, {@code ingest} and {@code analyze} so
 * that they accept the same inputs: files, folders read recursively, and http(s) URLs.
 */
final class InputPaths {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "files, folders (read recursively) or http(s) URLs")
  List<String> paths;

  /** The inputs as given, in order. */
  List<String> inputs() {
    return List.copyOf(paths);
  }
}
