package org.triangulate.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.core.DateSource;
import org.triangulate.core.Problem;
import org.triangulate.core.PublicationDate;

/**
 * What a page says about itself, read before the body is pruned: JSON-LD, OpenGraph and other meta
 * tags, {@code <time datetime>}, the canonical link, headings and the URL.
 *
 * @param title the headline, or null
 * @param byline author names, or null
 * @param site publisher or site name, or null
 * @param canonicalUrl declared canonical URL, or null
 * @param published the best publication date, or null
 * @param htmlLanguage the {@code <html lang>} primary subtag, or null
 * @param embeddedBody the article text the page carries as data (JSON-LD {@code articleBody}), for
 *     pages whose visible body is rendered by scripts; or null
 * @param problems what was wrong with the metadata
 */
record PageMetadata(
    String title,
    String byline,
    String site,
    String canonicalUrl,
    PublicationDate published,
    String htmlLanguage,
    String embeddedBody,
    List<Problem> problems) {

  PageMetadata {
    problems = List.copyOf(problems);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "scholarlyarticle",
          "techarticle",
          "report",
          "webpage",
          "posting");

  /** Meta names and properties that carry a publication date, most specific first. */
  private static final List<String> DATE_META =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "og:published_time",
          "datepublished",
          "parsely-pub-date",
          "sailthru.date",
          "article.published",
          "published-date",
          "publish-date",
          "publishdate",
          "pubdate",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date",
          "dcterms.date",
          "dcterms.created",
          "date",
          "cxenseparse:recs:publishtime",
          "article_date_original",
          "originalpublicationdate",
          "citation_publication_date",
          "last-modified",
          "article:modified_time",
          "og:updated_time",
          "datemodified");

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•»:-]\\s+");

  /** Reads the metadata of {@code page}, fetched from {@code url} (may be null). */
  static PageMetadata read(String source, Document page, String url) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> meta = metaTags(page);
    JsonLd ld = jsonLd(source, page, problems);

    String title = firstNonBlank(meta.get("og:title"), ld.headline, meta.get("twitter:title"));
    String h1 = firstHeading(page);
    String docTitle = page.title().strip();
    if (title == null) {
      title = h1 != null ? h1 : cleanTitle(docTitle);
    }

    String byline = ld.authors.isEmpty() ? null : String.join(", ", ld.authors);
    if (byline == null) {
      byline =
          firstNonBlank(meta.get("author"), meta.get("article:author"), meta.get("dc.creator"));
      if (byline != null && byline.startsWith("http")) {
        byline = null;
      }
    }
    if (byline == null) {
      Element author = page.selectFirst("[rel=author], [itemprop=author], .byline, .author");
      if (author != null && author.text().length() <= 100 && !author.text().isBlank()) {
        byline = author.text().strip().replaceFirst("(?i)^(by|von)\\s+", "");
      }
    }

    String site =
        firstNonBlank(
            meta.get("og:site_name"),
            ld.publisher,
            meta.get("application-name"),
            meta.get("publisher"));
    String canonical = null;
    Element link = page.selectFirst("link[rel=canonical][href]");
    if (link != null) {
      canonical = absolute(link.attr("abs:href"), link.attr("href"));
    }
    if (canonical == null) {
      canonical = firstNonBlank(meta.get("og:url"), ld.url);
    }
    if (site == null) {
      site = host(url != null ? url : canonical);
    }

    PublicationDate published = date(source, meta, ld, page, problems);
    if (published == null) {
      published = DateParsing.fromUrl(url, 0.6).orElse(null);
    }
    if (published == null) {
      published = DateParsing.fromUrl(canonical, 0.55).orElse(null);
    }

    String lang = page.select("html").attr("lang").strip();
    String htmlLanguage = null;
    if (!lang.isEmpty()) {
      String primary = lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
      if (primary.matches("[a-z]{2}")) {
        htmlLanguage = primary;
      }
    }
    return new PageMetadata(
        title, byline, site, canonical, published, htmlLanguage, ld.articleBody, problems);
  }

  private static PublicationDate date(
      String source, Map<String, String> meta, JsonLd ld, Document page, List<Problem> problems) {
    if (ld.datePublished != null) {
      Optional<PublicationDate> date = DateParsing.parse(ld.datePublished, DateSource.JSON_LD, 0.9);
      if (date.isPresent()) {
        return date.get();
      }
      problems.add(invalidDate(source, "JSON-LD datePublished", ld.datePublished));
    }
    for (String key : DATE_META) {
      String value = meta.get(key);
      if (value == null) {
        continue;
      }
      boolean modified = key.contains("modified") || key.contains("updated");
      Optional<PublicationDate> date =
          DateParsing.parse(value, DateSource.META_TAG, modified ? 0.5 : 0.85);
      if (date.isPresent()) {
        return date.get();
      }
      problems.add(invalidDate(source, "meta " + key, value));
    }
    Element time = null;
    // simple selectors only: descendant combinators cost the page depth per element
    for (Element candidate : page.select("[itemprop=datePublished], time[datetime]")) {
      boolean strong =
          candidate.hasAttr("pubdate")
              || "datePublished".equalsIgnoreCase(candidate.attr("itemprop"));
      if (!candidate.hasAttr("datetime") && !candidate.hasAttr("content")) {
        continue;
      }
      if (strong) {
        time = candidate;
        break;
      }
      if (time == null || (!inArticle(time) && inArticle(candidate))) {
        time = candidate;
      }
    }
    if (time != null) {
      String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
      Optional<PublicationDate> date = DateParsing.parse(value, DateSource.TIME_ELEMENT, 0.7);
      if (date.isPresent()) {
        return date.get();
      }
      problems.add(invalidDate(source, "<time datetime>", value));
    }
    return null;
  }

  private static Problem invalidDate(String source, String where, String value) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
    return Problem.warning(
        source, "invalid-date", where + " '" + shown + "' is not a valid date; ignored");
  }

  private static Map<String, String> metaTags(Document page) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : page.select("meta[content]")) {
      String key = m.attr("property");
      if (key.isEmpty()) {
        key = m.attr("name");
      }
      if (key.isEmpty()) {
        key = m.attr("itemprop");
      }
      if (key.isEmpty()) {
        key = m.attr("http-equiv");
      }
      String value = m.attr("content").strip();
      if (!key.isEmpty() && !value.isEmpty()) {
        meta.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), value);
      }
    }
    return meta;
  }

  /** The fields of the page's JSON-LD article object. */
  private static final class JsonLd {
    String headline;
    String datePublished;
    String publisher;
    String url;
    String articleBody;
    final Set<String> authors = new LinkedHashSet<>();
  }

  private static JsonLd jsonLd(String source, Document page, List<Problem> problems) {
    JsonLd result = new JsonLd();
    for (Element script : page.select("script[type=application/ld+json]")) {
      String data = script.data().strip();
      if (data.isEmpty() || data.length() > 1_000_000) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(data);
      } catch (JsonProcessingException e) {
        problems.add(
            Problem.warning(
                source, "json-ld", "unreadable JSON-LD block ignored: " + e.getOriginalMessage()));
        continue;
      }
      Deque<JsonNode> pending = new ArrayDeque<>();
      pending.push(root);
      int visited = 0;
      while (!pending.isEmpty() && visited++ < 10_000) {
        JsonNode node = pending.pop();
        if (node.isArray()) {
          node.forEach(pending::add);
        } else if (node.isObject()) {
          if (isArticle(node) && result.headline == null) {
            result.headline = text(node.get("headline"));
            result.datePublished =
                firstNonBlank(text(node.get("datePublished")), text(node.get("dateCreated")));
            result.url = text(node.get("url"));
            result.articleBody = text(node.get("articleBody"));
            result.publisher = name(node.get("publisher"));
            JsonNode author = node.get("author");
            if (author != null) {
              for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = name(a);
                if (name != null && name.length() <= 100 && !name.startsWith("http")) {
                  result.authors.add(name);
                }
              }
            }
          }
          JsonNode graph = node.get("@graph");
          if (graph != null) {
            pending.add(graph);
          }
        }
      }
    }
    return result;
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (t.isTextual() && ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
        return node.has("headline") || node.has("datePublished");
      }
    }
    return false;
  }

  private static String name(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return blankToNull(node.asText());
    }
    if (node.isArray() && node.size() > 0) {
      return name(node.get(0));
    }
    return text(node.get("name"));
  }

  private static String text(JsonNode node) {
    return node != null && node.isValueNode() ? blankToNull(node.asText()) : null;
  }

  private static String firstHeading(Document page) {
    Element first = null;
    for (Element h1 : page.select("h1")) {
      if (inArticle(h1)) {
        return blankToNull(h1.text());
      }
      if (first == null) {
        first = h1;
      }
    }
    return first == null ? null : blankToNull(first.text());
  }

  /** Whether an {@code <article>} or {@code <main>} is among the element's nearest ancestors. */
  static boolean inArticle(Element element) {
    Element e = element.parent();
    for (int level = 0; e != null && level < 40; level++, e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main")) {
        return true;
      }
    }
    return false;
  }

  /** Strips a trailing or leading site name from a {@code <title>}. */
  private static String cleanTitle(String title) {
    if (title.isBlank()) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title);
    String longest = parts[0];
    for (String part : parts) {
      if (part.length() > longest.length()) {
        longest = part;
      }
    }
    return longest.strip();
  }

  private static String absolute(String resolved, String raw) {
    String value = resolved.isBlank() ? raw.strip() : resolved;
    return value.isBlank() ? null : value;
  }

  /** The host of {@code url} without {@code www.}, or null. */
  static String host(String url) {
    if (url == null || !url.contains("://")) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (URISyntaxException e) {
      return null; // not a URL: no host to report
    }
  }

  static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
