package org.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;

/**
 * Reads files and directories: a directory is walked recursively in sorted order (by name, so runs
 * are deterministic), skipping hidden entries unless told otherwise and not following symbolic
 * links to directories; each file is opened and handed to the format reader.
 */
final class PathReader {
  private final FormatReader formats;
  private final boolean includeHidden;

  PathReader(FormatReader formats, boolean includeHidden) {
    this.formats = formats;
    this.includeHidden = includeHidden;
  }

  void read(Path path, String source, DocumentSink sink) {
    // The top-level path may be a link to a directory; links inside directories are not followed.
    if (Files.isDirectory(path)) {
      readDirectory(path, sink);
    } else if (!Files.exists(path)) {
      sink.reject(Problem.failure(source, "missing", "no such file or directory"));
    } else {
      readFile(path, source, sink);
    }
  }

  private void readDirectory(Path directory, DocumentSink sink) {
    List<Path> children;
    try (Stream<Path> list = Files.list(directory)) {
      children =
          list.filter(p -> includeHidden || !p.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      sink.reject(Streams.broken(directory.toString(), e, "the directory was skipped"));
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        readDirectory(child, sink);
      } else if (Files.isRegularFile(child)) {
        readFile(child, child.toString(), sink);
      }
    }
  }

  private void readFile(Path file, String source, DocumentSink sink) {
    if (!Files.isRegularFile(file)) {
      sink.reject(Problem.failure(source, "unreadable", "not a regular file"));
      return;
    }
    if (!Files.isReadable(file)) {
      sink.reject(Problem.failure(source, "unreadable", "permission denied"));
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      formats.read(Input.openFile(source, file, in), sink);
    } catch (IOException e) {
      sink.reject(Streams.broken(source, e, null));
    }
  }
}
