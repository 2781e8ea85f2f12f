package org.triangulate.report;

import java.io.IOException;
import java.io.Writer;

/** One rendering of an {@link Analysis} into a file. Implementations are stateless. */
public interface Report {
  /** The file name in the output folder, such as {@code report.json}. */
  String fileName();

  /** Writes the report; the same analysis always gives the same characters. */
  void write(Analysis analysis, Writer out) throws IOException;
}
