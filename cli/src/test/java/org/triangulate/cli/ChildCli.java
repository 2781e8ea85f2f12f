package org.triangulate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in a child JVM on the test class path, for tests that stop or kill the process. */
final class ChildCli {
  private ChildCli() {}

  /** A process builder for {@code triangulate ARGS...}; the caller sets redirects and starts it. */
  static ProcessBuilder command(String... args) {
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classpath);
    command.add(Triangulate.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
