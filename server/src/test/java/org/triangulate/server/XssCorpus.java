package org.triangulate.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Hostile documents: script payloads in titles, texts, URLs, bylines and source names. Every
 * payload, if it ever ran, would set {@code window.__pwned} or open a dialog.
 */
final class XssCorpus {
  static final List<String> PAYLOADS =
      List.of(
          "<script>window.__pwned=1</script>",
          "<img src=x onerror=\"window.__pwned=2;alert(2)\">",
          "\"><svg onload=\"window.__pwned=3\">",
          "<iframe src=\"javascript:window.__pwned=4\"></iframe>",
          "';window.__pwned=5;//",
          "<a href=\"javascript:window.__pwned=6\">click</a>",
          "{{constructor.constructor('window.__pwned=7')()}}",
          "<details open ontoggle=\"window.__pwned=8\">");

  private XssCorpus() {}

  /** A plain-text document with payloads in every field the JSON Lines reader takes. */
  static ObjectNode textDocument() {
    String title = "Quarry blast in Sellby " + PAYLOADS.get(1) + PAYLOADS.get(0);
    String text =
        "A blast at the Sellby quarry injured 3 workers on Friday, the quarry owner Harlan"
            + " Mott said. "
            + PAYLOADS.get(2)
            + "\n\n\"Nobody expected the charge to go off early "
            + PAYLOADS.get(3)
            + "\" said foreman Jorun Vasse "
            + PAYLOADS.get(4)
            + ".\n\nThe district inspector will visit the quarry on Monday "
            + PAYLOADS.get(6)
            + " and the site stays closed until then. "
            + PAYLOADS.get(7);
    return Fixtures.document(
        "xss-1",
        "javascript:window.__pwned=9",
        title,
        "2025-04-02T09:00:00Z",
        "Sellby Post " + PAYLOADS.get(5),
        text);
  }

  /** An HTML page with payloads in the byline, the title and the canonical URL. */
  static ObjectNode htmlDocument() {
    String html =
        "<html><head><title>Quarry blast follow-up &lt;img src=x onerror=alert(10)&gt;</title>"
            + "<meta name=\"author\" content=\"&lt;img src=x onerror=&quot;window.__pwned=10&quot;&gt;\">"
            + "<link rel=\"canonical\" href=\"javascript:window.__pwned=11\">"
            + "<script>window.__pwned=12</script></head><body><article>"
            + "<h1>Quarry blast follow-up &lt;script&gt;window.__pwned=13&lt;/script&gt;</h1>"
            + "<p>The Sellby quarry blast that injured 3 workers on Friday was caused by a faulty"
            + " detonator, owner Harlan Mott said on Saturday. &lt;img src=x"
            + " onerror=window.__pwned=14&gt;</p>"
            + "<p onclick=\"window.__pwned=15\">Foreman Jorun Vasse said the crew had followed every"
            + " rule. The inspector visits on Monday.</p></article></body></html>";
    ObjectNode node = Fixtures.JSON.createObjectNode();
    node.put("id", "xss-2");
    node.put("url", "https://sellby.example/quarry?q=\"><script>window.__pwned=16</script>");
    node.put("published", "2025-04-03T09:00:00Z");
    node.put("html", html);
    return node;
  }
}
