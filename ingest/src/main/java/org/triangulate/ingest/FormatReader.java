package org.triangulate.ingest;

import java.io.IOException;
import org.triangulate.core.DocumentSink;

/**
 * Reads one opened input of one format and streams its documents into a sink, one at a time. A
 * reader reports bad documents to the sink itself; an {@link IOException} means the input broke off
 * (truncated, unreadable) and is reported by the caller after what was already read.
 */
interface FormatReader {
  void read(Input input, DocumentSink sink) throws IOException;
}
