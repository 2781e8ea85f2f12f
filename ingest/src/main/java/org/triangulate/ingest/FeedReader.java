package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DocumentSink;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

/**
 * Reads RSS and Atom feeds with ROME: one document per item, named {@code feed#n}, from the item's
 * encoded content, content or description (as HTML unless the feed says plain text), with title,
 * link, date and the feed's title as hints. When the {@link FeedLinkPolicy} says so, the item's
 * linked page is fetched instead, falling back to the item's own content (with a warning) when the
 * page cannot be fetched. A feed is parsed as a whole, so its size is capped by {@code
 * maxFeedBytes}.
 */
final class FeedReader implements FormatReader {
  private final UrlReader pages;
  private final FeedLinkPolicy policy;
  private final int maxFeedBytes;

  FeedReader(UrlReader pages, FeedLinkPolicy policy, int maxFeedBytes) {
    this.pages = pages;
    this.policy = policy;
    this.maxFeedBytes = maxFeedBytes;
  }

  @Override
  public void read(Input input, DocumentSink sink) throws IOException {
    byte[] bytes = Streams.readAtMost(input.stream(), maxFeedBytes);
    if (bytes == null) {
      sink.reject(Streams.tooLarge(input.source(), maxFeedBytes, "maxFeedBytes"));
      return;
    }
    SyndFeed feed;
    try {
      feed = parse(bytes, input);
    } catch (FeedException | IOException | RuntimeException e) {
      // ROME reports some malformed feeds with unchecked exceptions; all mean "not a feed".
      sink.reject(
          Problem.failure(
              input.source(), "invalid-feed", "not a valid RSS or Atom feed: " + e.getMessage()));
      return;
    }
    boolean fetchLinks =
        policy == FeedLinkPolicy.ALWAYS
            || (policy == FeedLinkPolicy.FEED_URLS && input.origin() == Input.Origin.NETWORK);
    String base = input.hints().url() != null ? input.hints().url() : feed.getLink();
    String site = blankToNull(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.reject(Problem.warning(input.source(), "empty", "the feed has no items"));
    }
    int number = 0;
    for (SyndEntry entry : entries) {
      number++;
      readEntry(entry, input.source() + "#" + number, base, site, fetchLinks, sink);
    }
  }

  private void readEntry(
      SyndEntry entry,
      String source,
      String base,
      String site,
      boolean fetchLinks,
      DocumentSink sink) {
    String link = resolve(base, link(entry));
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    SourceHints hints =
        new SourceHints(
            blankToNull(entry.getUri()),
            link,
            blankToNull(entry.getTitle()),
            date == null ? null : date.toInstant().toString(),
            site);
    SyndContent content = content(entry);
    if (fetchLinks && link != null && Sniffer.isUrl(link)) {
      try {
        sink.accept(pages.page(link, hints));
        return;
      } catch (FetchException e) {
        if (content == null) {
          sink.reject(
              Problem.failure(
                  source,
                  e.code(),
                  "cannot fetch the item's page "
                      + link
                      + " ("
                      + e.getMessage()
                      + ") and the item has no content"));
          return;
        }
        sink.reject(
            Problem.warning(
                source,
                e.code(),
                "cannot fetch the item's page "
                    + link
                    + " ("
                    + e.getMessage()
                    + "); read the feed's own content instead"));
      }
    }
    if (content == null) {
      sink.reject(
          Problem.failure(
              source,
              "empty",
              "the feed item has no content or description"
                  + (link == null
                      ? ""
                      : "; fetch its page " + link + " with FeedLinkPolicy.ALWAYS")));
      return;
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    ContentKind kind =
        type.equals("text") || type.equals("text/plain") ? ContentKind.TEXT : ContentKind.HTML;
    sink.accept(new RawDocument(source, kind, content.getValue().getBytes(UTF_8), UTF_8, hints));
  }

  private static SyndFeed parse(byte[] bytes, Input input) throws IOException, FeedException {
    SyndFeedInput parser = new SyndFeedInput();
    // No DOCTYPEs: they are how XML external-entity attacks come in.
    parser.setAllowDoctypes(false);
    String contentType =
        input.mediaType() == null
            ? null
            : input.mediaType()
                + (input.charset() == null ? "" : "; charset=" + input.charset().name());
    try (XmlReader reader =
        contentType == null
            ? new XmlReader(new ByteArrayInputStream(bytes), true)
            : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
      return parser.build(reader);
    }
  }

  /** The item's encoded content or content, else its description; null when all are blank. */
  private static SyndContent content(SyndEntry entry) {
    List<SyndContent> contents =
        entry.getContents().stream()
            .filter(c -> c.getValue() != null && !c.getValue().isBlank())
            .toList();
    if (!contents.isEmpty()) {
      SyndContent joined = contents.get(0);
      if (contents.size() > 1) {
        joined = new SyndContentImpl();
        joined.setType(contents.get(0).getType());
        joined.setValue(
            contents.stream().map(SyndContent::getValue).collect(Collectors.joining("\n")));
      }
      return joined;
    }
    SyndContent description = entry.getDescription();
    return description != null
            && description.getValue() != null
            && !description.getValue().isBlank()
        ? description
        : null;
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    for (SyndLink l : entry.getLinks()) {
      if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
        return l.getHref().strip();
      }
    }
    return null;
  }

  private static String resolve(String base, String link) {
    if (link == null || base == null) {
      return link;
    }
    try {
      return URI.create(base).resolve(link).toString();
    } catch (IllegalArgumentException e) {
      // A link that is not a valid URI is passed on as written; the hint is informative only.
      return link;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
