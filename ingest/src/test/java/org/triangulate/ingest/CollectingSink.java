package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Ingestor;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;

/** Records what an ingestor sends, in order. */
final class CollectingSink implements DocumentSink {
  final List<RawDocument> documents = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  /** Reads one input with the ingestor and returns everything it sent. */
  static CollectingSink read(Ingestor ingestor, String input) {
    CollectingSink sink = new CollectingSink();
    ingestor.read(input, sink);
    return sink;
  }

  @Override
  public void accept(RawDocument document) {
    documents.add(document);
  }

  @Override
  public void reject(Problem problem) {
    problems.add(problem);
  }

  List<String> sources() {
    return documents.stream().map(RawDocument::source).toList();
  }

  List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  String text(int index) {
    return new String(documents.get(index).content(), UTF_8);
  }
}
