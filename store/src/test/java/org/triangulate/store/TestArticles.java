package org.triangulate.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.triangulate.core.Article;
import org.triangulate.core.Block;
import org.triangulate.core.BlockKind;
import org.triangulate.core.DateSource;
import org.triangulate.core.Problem;
import org.triangulate.core.PublicationDate;

/** Synthetic articles about fictional events, the same every time for the same number. */
final class TestArticles {
  private TestArticles() {}

  /** Article number {@code n}: every field set, several blocks and a warning. */
  static Article numbered(int n) {
    String heading = "Levee report " + n;
    String body =
        "Engineers in the fictional town of Orvane counted "
            + n
            + " cracks in the Varrow levee on Tuesday.";
    String quote = "\u201cWe will hold,\u201d said Mayor Ilsa Brandt of Orvane.";
    String text = heading + "\n\n" + body + "\n\n" + quote;
    int bodyStart = heading.length() + 2;
    int quoteStart = bodyStart + body.length() + 2;
    return new Article(
        "article-" + n,
        "corpus/levee-" + n + ".html",
        "Orvane Courier",
        "https://courier.example/2025/03/14/levee-" + n,
        "https://courier.example/levee-" + n,
        "Cracks in the Varrow levee, part " + n,
        "Tomas Reel",
        new PublicationDate(
            OffsetDateTime.of(2025, 3, 14, 9, 30, 15, 120_000_000, ZoneOffset.ofHours(2)),
            false,
            DateSource.JSON_LD,
            0.95),
        "en",
        text,
        List.of(
            new Block(BlockKind.HEADING, 0, heading.length()),
            new Block(BlockKind.PARAGRAPH, bodyStart, bodyStart + body.length()),
            new Block(BlockKind.QUOTE, quoteStart, text.length())),
        List.of(
            Problem.warning(
                "corpus/levee-" + n + ".html", "charset", "declared latin-1, read as UTF-8")));
  }
}
