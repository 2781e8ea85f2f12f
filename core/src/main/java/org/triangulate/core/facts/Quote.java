package org.triangulate.core.facts;

import java.util.List;
import org.triangulate.core.Checks;

/**
 * Words attributed to someone: a direct quote or reported speech.
 *
 * @param article the article id
 * @param text the quoted content (without the quotation marks)
 * @param direct true for words in quotation marks, false for reported speech
 * @param speaker the speaker as written ("a spokesperson for Anna Vell"), or null if none was found
 * @param speakerEntityId the id of the speaker's {@link Entity}, or null
 * @param via the intermediary of a second-hand attribution ("quoted by AFP"), or null
 * @param cue the attribution cue ("said", "according to"), or null
 * @param start first character of the content in the article's text, inclusive
 * @param end last character of the content, exclusive
 * @param links the same quote elsewhere, exact or near-exact
 */
public record Quote(
    String article,
    String text,
    boolean direct,
    String speaker,
    String speakerEntityId,
    String via,
    String cue,
    int start,
    int end,
    List<QuoteRef> links) {
  public Quote {
    Checks.notBlank("article", article);
    Checks.notNull("text", text);
    Checks.span("quote", start, end, Integer.MAX_VALUE);
    links = List.copyOf(Checks.notNull("links", links));
  }

  /** This quote with other links. */
  public Quote withLinks(List<QuoteRef> newLinks) {
    return new Quote(
        article, text, direct, speaker, speakerEntityId, via, cue, start, end, newLinks);
  }

  /** This quote with a speaker entity id. */
  public Quote withSpeakerEntityId(String id) {
    return new Quote(article, text, direct, speaker, id, via, cue, start, end, links);
  }
}
