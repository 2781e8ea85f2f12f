package org.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;

/**
 * Reads files and directories: a directory is walked recursively in sorted order (by name, so runs
 * are deterministic), skipping hidden entries unless told otherwise and not following symbolic
 * links to directories; each file is opened and handed to the format reader. Files with extensions
 * that are no format we read ({@code README.md}, images, style sheets) are skipped in directories
 * and counted in one warning; a file named on its own is always read (and rejected if binary).
 */
final class PathReader {
  private static final Set<String> READ_EXTENSIONS =
      Set.of(
          ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".rss", ".atom",
          ".xml", ".rdf", ".urls");

  private final FormatReader formats;
  private final boolean includeHidden;

  PathReader(FormatReader formats, boolean includeHidden) {
    this.formats = formats;
    this.includeHidden = includeHidden;
  }

  void read(Path path, String source, DocumentSink sink) {
    // The top-level path may be a link to a directory; links inside directories are not followed.
    if (Files.isDirectory(path)) {
      Map<String, Integer> skipped = new TreeMap<>();
      readDirectory(path, skipped, sink);
      if (!skipped.isEmpty()) {
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        sink.reject(
            Problem.warning(
                source,
                "skipped-files",
                "skipped "
                    + total
                    + " files whose extension is not a format we read: "
                    + skipped
                    + "; name a file on its own to read it anyway"));
      }
    } else if (!Files.exists(path)) {
      sink.reject(Problem.failure(source, "missing", "no such file or directory"));
    } else {
      readFile(path, source, sink);
    }
  }

  private void readDirectory(Path directory, Map<String, Integer> skipped, DocumentSink sink) {
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
        readDirectory(child, skipped, sink);
      } else if (Files.isRegularFile(child)) {
        String extension = unreadExtension(child.getFileName().toString());
        if (extension == null) {
          readFile(child, child.toString(), sink);
        } else {
          skipped.merge(extension, 1, Integer::sum);
        }
      }
    }
  }

  /**
   * The extension of a file that a directory walk skips (documentation such as README.md, images,
   * style sheets), or null when the file is read: known formats and files without an extension.
   */
  static String unreadExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return null;
    }
    String extension = name.substring(dot);
    return READ_EXTENSIONS.contains(extension) ? null : extension;
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
