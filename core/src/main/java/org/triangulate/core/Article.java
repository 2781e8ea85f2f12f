package org.triangulate.core;

import java.util.List;

/**
 * One news article after extraction: clean body text with its paragraph structure and metadata. All
 * later facts point into {@link #text()} by character offsets.
 *
 * <p>The text is the blocks joined by a blank line ({@code "\n\n"}); {@link #blocks()} gives each
 * block's range.
 *
 * @param id stable id: the input's own id if it had one, otherwise a hash of the text ({@link
 *     ContentHash})
 * @param source the path or URL as given, with {@code #n} for the n-th record of a container
 * @param site publisher or host name, or null if unknown
 * @param url the URL the page was fetched from, or null
 * @param canonicalUrl the page's declared canonical URL, or null
 * @param title the headline, or null
 * @param byline author names as printed, or null
 * @param published publication date with its provenance, or null if none could be found
 * @param language ISO 639-1 code ({@code en}), or {@code und} if undetermined
 * @param text the body text
 * @param blocks the blocks of {@code text}, in order, not overlapping
 * @param problems what went wrong while reading the document (never null)
 */
public record Article(
    String id,
    String source,
    String site,
    String url,
    String canonicalUrl,
    String title,
    String byline,
    PublicationDate published,
    String language,
    String text,
    List<Block> blocks,
    List<Problem> problems) {

  /** Language code for text whose language could not be determined. */
  public static final String UNDETERMINED = "und";

  public Article {
    Checks.notBlank("id", id);
    Checks.notBlank("source", source);
    Checks.notBlank("language", language);
    Checks.notNull("text", text);
    blocks = List.copyOf(Checks.notNull("blocks", blocks));
    problems = List.copyOf(Checks.notNull("problems", problems));
    int previousEnd = 0;
    for (Block block : blocks) {
      if (block.start() < previousEnd || block.end() > text.length()) {
        throw new IllegalArgumentException(
            "blocks must be ordered, disjoint and inside the text of length "
                + text.length()
                + ", got "
                + block
                + " in "
                + source);
      }
      previousEnd = block.end();
    }
  }

  /** A builder; {@code id} defaults to the content hash of the text. */
  public static ArticleBuilder builder(String source) {
    return new ArticleBuilder(source);
  }

  /** A builder holding this article's values, for changing some of them. */
  public ArticleBuilder toBuilder() {
    return new ArticleBuilder(this);
  }

  /** True when some problem left no usable article. */
  public boolean failed() {
    return problems.stream().anyMatch(Problem::fatal);
  }
}
