package org.triangulate.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.core.Article;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Claim;
import org.triangulate.core.facts.ClaimScope;
import org.triangulate.core.facts.DateMention;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.TimexType;

/** Small fictional articles and their facts, with offsets found in the text. */
final class Fixtures {
  private Fixtures() {}

  static Article article(String id, String site, String day, String... paragraphs) {
    var b =
        Article.builder("test/" + id + ".txt")
            .id(id)
            .site(site)
            .title("Flood at Orrin Weir (" + id + ")")
            .language("en")
            .published(PublicationDate.ofDay(LocalDate.parse(day), DateSource.INPUT_FIELD, 1.0));
    for (String p : paragraphs) {
      b.paragraph(p);
    }
    return b.build();
  }

  /** Facts of one article, built up with offsets found in its text. */
  static final class Facts {
    private final Article article;
    private final List<Claim> claims = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();

    Facts(Article article) {
      this.article = article;
    }

    private int at(String phrase) {
      int i = article.text().indexOf(phrase);
      if (i < 0) {
        throw new IllegalArgumentException("'" + phrase + "' is not in " + article.id());
      }
      return i;
    }

    Facts claim(
        String phrase, double value, String unit, String qualifier, String place, String time) {
      int s = at(phrase);
      claims.add(
          new Claim(
              "c" + (claims.size() + 1),
              article.id(),
              phrase,
              value,
              null,
              unit,
              qualifier != null,
              qualifier,
              new ClaimScope(place, time, null),
              s,
              s + phrase.length()));
      return this;
    }

    Facts quote(String words, String speaker) {
      int s = at(words);
      quotes.add(
          new Quote(
              article.id(),
              words,
              true,
              speaker,
              null,
              null,
              "said",
              s,
              s + words.length(),
              List.of()));
      return this;
    }

    Facts date(String expression, String value) {
      int s = at(expression);
      dates.add(
          new DateMention(
              article.id(), expression, TimexType.DATE, value, s, s + expression.length()));
      return this;
    }

    ArticleFacts build() {
      return new ArticleFacts(article.id(), List.of(), quotes, claims, dates, List.of());
    }
  }

  static Facts facts(Article article) {
    return new Facts(article);
  }
}
