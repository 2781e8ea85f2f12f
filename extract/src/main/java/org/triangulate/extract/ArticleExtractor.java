package org.triangulate.extract;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.Checks;
import org.triangulate.core.ContentKind;
import org.triangulate.core.DateSource;
import org.triangulate.core.Extractor;
import org.triangulate.core.LanguageDetector;
import org.triangulate.core.Problem;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.RawDocument;

/**
 * The extract stage: decodes a raw document, finds the article body in HTML (or cleans plain text),
 * and reads title, byline, site, canonical URL, publication date and language. Immutable and
 * thread-safe; one instance serves all threads.
 *
 * <pre>{@code
 * ArticleExtractor extractor = ArticleExtractor.builder().languageDetector(detector).build();
 * Article article = extractor.extract(RawDocument.html("https://example.org/a", html));
 * }</pre>
 *
 * <p>Never throws for a bad document: empty, binary, oversized, deeply nested or body-less input
 * becomes {@link Problem}s on the returned article.
 */
public final class ArticleExtractor implements Extractor {
  /** Default cap on the bytes read from one document; the rest is ignored with a warning. */
  public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

  private final LanguageDetector languageDetector;
  private final int maxBytes;

  private ArticleExtractor(Builder builder) {
    this.languageDetector = builder.languageDetector;
    this.maxBytes = builder.maxBytes;
  }

  /** The standard extractor: no language detection, {@link #DEFAULT_MAX_BYTES}. */
  public static ArticleExtractor standard() {
    return builder().build();
  }

  /** A builder for a configured extractor. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures an {@link ArticleExtractor}. Not thread-safe; the extractor it builds is. */
  public static final class Builder {
    private LanguageDetector languageDetector = LanguageDetector.NONE;
    private int maxBytes = DEFAULT_MAX_BYTES;

    private Builder() {}

    /** Detects the language of the body text; {@code <html lang>} is used only as a fallback. */
    public Builder languageDetector(LanguageDetector value) {
      languageDetector = Checks.notNull("languageDetector", value);
      return this;
    }

    /** Bytes read from one document at most; longer documents are cut with a warning. */
    public Builder maxBytes(int value) {
      if (value < 1024) {
        throw new IllegalArgumentException("maxBytes must be at least 1024, got " + value);
      }
      maxBytes = value;
      return this;
    }

    public ArticleExtractor build() {
      return new ArticleExtractor(this);
    }
  }

  @Override
  public Article extract(RawDocument document) {
    String source = document.source();
    ArticleBuilder article = Article.builder(source);
    var hints = document.hints();
    if (hints.id() != null && !hints.id().isBlank()) {
      article.id(hints.id());
    }
    String url = PageMetadata.firstNonBlank(hints.url(), urlFromSource(source));
    article.url(url);
    byte[] bytes = document.content();
    if (bytes.length == 0) {
      return article.problem(Problem.failure(source, "empty", "the document is empty")).build();
    }
    if (isBinary(bytes)) {
      return article
          .problem(
              Problem.failure(
                  source,
                  "binary",
                  "the document looks binary (NUL or control bytes), not "
                      + document.kind().name().toLowerCase(java.util.Locale.ROOT)))
          .build();
    }
    int length = bytes.length;
    if (length > maxBytes) {
      length = maxBytes;
      article.problem(
          Problem.warning(
              source,
              "truncated",
              "the document has "
                  + bytes.length
                  + " bytes; only the first "
                  + maxBytes
                  + " were read"));
    }
    Decoding.Decoded decoded =
        Decoding.decode(
            source, bytes, length, document.declaredCharset(), document.kind() == ContentKind.HTML);
    article.problems(decoded.problems());
    String htmlLanguage = null;
    if (document.kind() == ContentKind.HTML) {
      htmlLanguage = extractHtml(source, decoded.text(), url, article);
    } else {
      TextExtraction.extract(decoded.text(), article);
    }
    applyHints(source, hints, article);
    String text = article.currentText();
    if (text.isBlank()) {
      article.problem(
          Problem.failure(source, "no-body", "no article text was found in the document"));
    } else {
      String language = languageDetector.detect(text);
      if (Article.UNDETERMINED.equals(language) && htmlLanguage != null) {
        language = htmlLanguage;
      }
      article.language(language == null || language.isBlank() ? Article.UNDETERMINED : language);
    }
    return article.build();
  }

  /** Returns the page's {@code <html lang>}, or null. */
  private static String extractHtml(String source, String html, String url, ArticleBuilder out) {
    Document page = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata meta = PageMetadata.read(source, page, url);
    out.problems(meta.problems());
    out.title(meta.title()).byline(meta.byline()).site(meta.site());
    out.canonicalUrl(meta.canonicalUrl()).published(meta.published());
    Element body = page.body();
    List<BodyExtraction.TextBlock> blocks =
        EmbeddedBody.preferIfThin(BodyExtraction.extract(body, meta.title()), meta.embeddedBody());
    for (BodyExtraction.TextBlock block : blocks) {
      out.block(block.kind(), block.text());
    }
    return meta.htmlLanguage();
  }

  /** The container's hints win over what the page says. */
  private static void applyHints(
      String source, org.triangulate.core.SourceHints hints, ArticleBuilder article) {
    if (hints.title() != null && !hints.title().isBlank()) {
      article.title(hints.title().strip());
    }
    if (hints.site() != null && !hints.site().isBlank()) {
      article.site(hints.site().strip());
    }
    if (hints.published() != null && !hints.published().isBlank()) {
      Optional<PublicationDate> date =
          DateParsing.parse(hints.published(), DateSource.INPUT_FIELD, 0.95);
      if (date.isPresent()) {
        article.published(date.get());
      } else {
        article.problem(
            Problem.warning(
                source,
                "invalid-date",
                "the input's publication date '"
                    + abbreviate(hints.published())
                    + "' is not a valid date; ignored"));
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  private static String urlFromSource(String source) {
    return source.startsWith("http://") || source.startsWith("https://") ? source : null;
  }

  /** Many NUL or control bytes in the first 8 KB; a UTF-16 BOM excuses NULs. */
  static boolean isBinary(byte[] bytes) {
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      return false;
    }
    int n = Math.min(bytes.length, 8192);
    int nul = 0;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        nul++;
      } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return nul * 100 > n || control * 10 > n;
  }
}
