package org.triangulate.core.facts;

import java.util.List;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;

/**
 * The facts of one article. Entity ids are local to the article until a story-level resolution
 * renames them.
 *
 * @param article the article id
 * @param entities entities found in the article, with their mentions
 * @param quotes quotes in text order
 * @param claims numeric claims in text order
 * @param dates temporal expressions in text order
 * @param problems what went wrong (impossible dates, unbalanced quotes), never null
 */
public record ArticleFacts(
    String article,
    List<Entity> entities,
    List<Quote> quotes,
    List<Claim> claims,
    List<DateMention> dates,
    List<Problem> problems) {
  public ArticleFacts {
    Checks.notBlank("article", article);
    entities = List.copyOf(Checks.notNull("entities", entities));
    quotes = List.copyOf(Checks.notNull("quotes", quotes));
    claims = List.copyOf(Checks.notNull("claims", claims));
    dates = List.copyOf(Checks.notNull("dates", dates));
    problems = List.copyOf(Checks.notNull("problems", problems));
  }
}
