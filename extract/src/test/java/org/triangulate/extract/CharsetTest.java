package org.triangulate.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.ContentKind;
import org.triangulate.core.Problem;
import org.triangulate.core.RawDocument;
import org.triangulate.core.SourceHints;

class CharsetTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String SENTENCE =
      "Die Brücke über die Älmer Förde wurde nach drei Jahren Bauzeit für den Verkehr freigegeben.";

  private final ArticleExtractor extractor = ArticleExtractor.standard();

  private static String page(String metaCharset) {
    return "<html><head>"
        + (metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">")
        + "</head><body><p>"
        + SENTENCE
        + "</p></body></html>";
  }

  private Article extract(byte[] bytes, Charset declared) {
    return extractor.extract(
        new RawDocument("page.html", ContentKind.HTML, bytes, declared, SourceHints.NONE));
  }

  @Test
  void metaCharsetIsUsedWhenTheBytesFitIt() {
    Article article = extract(page("windows-1252").getBytes(WINDOWS_1252), null);
    assertThat(article.text()).isEqualTo(SENTENCE);
    assertThat(article.problems()).isEmpty();
  }

  @Test
  void lyingMetaDeclarationDoesNotMakeMojibakeOfUtf8() {
    Article article = extract(page("iso-8859-1").getBytes(UTF_8), null);
    assertThat(article.text()).isEqualTo(SENTENCE);
    assertThat(article.problems())
        .extracting(Problem::code, Problem::fatal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("charset", false));
    assertThat(article.problems().get(0).message()).contains("valid UTF-8");
  }

  @Test
  void lyingContainerDeclarationDoesNotMakeMojibakeOfUtf8() {
    Article article = extract(page(null).getBytes(UTF_8), WINDOWS_1252);
    assertThat(article.text()).isEqualTo(SENTENCE);
    assertThat(article.problems()).extracting(Problem::code).containsExactly("charset");
  }

  @Test
  void missingDeclarationOnLatinBytesIsDetectedAndSaid() {
    Article article = extract(page(null).getBytes(WINDOWS_1252), null);
    assertThat(article.text()).isEqualTo(SENTENCE);
    assertThat(article.problems()).extracting(Problem::code).containsExactly("charset");
    assertThat(article.problems().get(0).message()).contains("no charset declared", "windows-1252");
  }

  @Test
  void utf8DeclarationOnLatinBytesFallsBackToDetection() {
    Article article = extract(page("utf-8").getBytes(WINDOWS_1252), null);
    assertThat(article.text()).isEqualTo(SENTENCE);
    assertThat(article.problems().get(0).message()).contains("not valid UTF-8");
  }

  @Test
  void byteOrderMarksWin() {
    byte[] body = page("windows-1252").getBytes(UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(extract(withBom, null).text()).isEqualTo(SENTENCE);

    byte[] utf16 = page(null).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] withBom16 = new byte[utf16.length + 2];
    withBom16[0] = (byte) 0xFF;
    withBom16[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom16, 2, utf16.length);
    Article article = extract(withBom16, null);
    assertThat(article.text()).isEqualTo(SENTENCE);
    assertThat(article.problems()).isEmpty();
  }

  @Test
  void metaCharsetBeyondTheFirstKilobytesIsNotSeen() {
    String padding = "<!-- " + "x".repeat(Decoding.META_SCAN_BYTES) + " -->";
    String html =
        "<html><head>" + padding + "<meta charset=\"windows-1252\"></head><body><p>" + SENTENCE;
    Article article = extract(html.getBytes(WINDOWS_1252), null);
    assertThat(article.text()).isEqualTo(SENTENCE);
    assertThat(article.problems().get(0).message()).contains("no charset declared");
  }
}
