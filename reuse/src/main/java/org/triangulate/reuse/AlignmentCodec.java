package org.triangulate.reuse;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.core.Span;
import org.triangulate.core.reuse.Alignment;
import org.triangulate.core.reuse.Attribution;
import org.triangulate.core.reuse.Direction;
import org.triangulate.core.reuse.MatchKind;
import org.triangulate.core.reuse.PassagePair;
import org.triangulate.core.reuse.RelationKind;

/** Writes an {@link Alignment} as one line of text and reads it back, for the persisted index. */
final class AlignmentCodec {
  private AlignmentCodec() {}

  private static final char FIELD = '\u001f';
  private static final char ITEM = '\u001e';
  private static final char PART = '\u001d';

  static String encode(Alignment a) {
    StringBuilder sb = new StringBuilder();
    field(sb, a.firstId());
    field(sb, a.secondId());
    field(sb, a.kind().name());
    field(sb, Double.toString(a.score()));
    field(sb, Double.toString(a.firstCoverage()));
    field(sb, Double.toString(a.secondCoverage()));
    field(sb, a.direction().name());
    field(sb, a.sourceId() == null ? "" : a.sourceId());
    field(sb, Boolean.toString(a.attributionLoss()));
    field(sb, Boolean.toString(a.injectedContent()));
    List<String> pairs = new ArrayList<>();
    for (PassagePair p : a.pairs()) {
      pairs.add(
          p.first().start()
              + ","
              + p.first().end()
              + ","
              + p.second().start()
              + ","
              + p.second().end()
              + ","
              + p.similarity()
              + ","
              + p.match().name());
    }
    field(sb, String.join(String.valueOf(ITEM), pairs));
    field(sb, String.join(String.valueOf(ITEM), a.reasons()));
    List<String> credits = new ArrayList<>();
    for (Attribution c : a.attributions()) {
      credits.add(
          c.name()
              + PART
              + c.span().articleId()
              + PART
              + c.span().start()
              + PART
              + c.span().end()
              + PART
              + c.strong());
    }
    sb.append(String.join(String.valueOf(ITEM), credits));
    return sb.toString();
  }

  static Alignment decode(String line) {
    String[] f = line.split(String.valueOf(FIELD), -1);
    if (f.length != 13) {
      throw new IllegalStateException(
          "stored relation has " + f.length + " fields, expected 13; rebuild the reuse index");
    }
    String first = f[0];
    String second = f[1];
    List<PassagePair> pairs = new ArrayList<>();
    for (String p : items(f[10])) {
      String[] v = p.split(",");
      pairs.add(
          new PassagePair(
              new Span(first, Integer.parseInt(v[0]), Integer.parseInt(v[1])),
              new Span(second, Integer.parseInt(v[2]), Integer.parseInt(v[3])),
              Double.parseDouble(v[4]),
              MatchKind.valueOf(v[5])));
    }
    List<Attribution> credits = new ArrayList<>();
    for (String c : items(f[12])) {
      String[] v = c.split(String.valueOf(PART), -1);
      credits.add(
          new Attribution(
              v[0],
              new Span(v[1], Integer.parseInt(v[2]), Integer.parseInt(v[3])),
              Boolean.parseBoolean(v[4])));
    }
    return new Alignment(
        first,
        second,
        RelationKind.valueOf(f[2]),
        Double.parseDouble(f[3]),
        Double.parseDouble(f[4]),
        Double.parseDouble(f[5]),
        pairs,
        Direction.valueOf(f[6]),
        f[7].isEmpty() ? null : f[7],
        items(f[11]),
        credits,
        Boolean.parseBoolean(f[8]),
        Boolean.parseBoolean(f[9]));
  }

  private static List<String> items(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split(String.valueOf(ITEM), -1));
  }

  private static void field(StringBuilder sb, String value) {
    sb.append(value.replace(FIELD, ' ')).append(FIELD);
  }
}
