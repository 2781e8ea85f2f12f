package org.triangulate.report.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.triangulate.core.Article;
import org.triangulate.core.Span;
import org.triangulate.core.compare.Brief;
import org.triangulate.core.compare.BriefSentence;
import org.triangulate.core.compare.Citation;
import org.triangulate.core.compare.ClaimGroup;
import org.triangulate.core.compare.ClaimKind;
import org.triangulate.core.compare.ClaimStatus;
import org.triangulate.core.compare.Comparison;
import org.triangulate.core.compare.DateProvenance;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeSide;
import org.triangulate.core.compare.DisputeStatus;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.compare.TimelineEntry;
import org.triangulate.core.reuse.Direction;
import org.triangulate.core.reuse.Lineage;
import org.triangulate.core.reuse.LineageEdge;
import org.triangulate.core.reuse.Origin;
import org.triangulate.core.reuse.RelationKind;
import org.xml.sax.InputSource;

class StoryRenderersTest {
  private static final String PAYLOAD = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  private final Article wire =
      Article.builder("w.html")
          .id("w1")
          .site("Kestrel <b>Wire</b>")
          .title("Weir breaks " + PAYLOAD)
          .paragraph("The weir broke and 23 people were killed in Pellmoor. " + PAYLOAD)
          .paragraph("Rescuers worked through the night.")
          .build();
  private final Article copy =
      Article.builder("c.html")
          .id("c1")
          .site("Copy & Paste Daily")
          .paragraph("The weir broke and 23 people were killed in Pellmoor. " + PAYLOAD)
          .build();
  private final Article own =
      Article.builder("o.html")
          .id("o1")
          .site("Weir Times")
          .paragraph(
              "The mayor said 31 people were killed in Pellmoor [click](javascript:alert(1)).")
          .build();
  final List<Article> articles = List.of(wire, copy, own);
  private final SourceLinks links = SourceLinks.of(articles);
  final Lineage lineage =
      new Lineage(
          List.of(
              new LineageEdge(
                  "c1",
                  "w1",
                  RelationKind.SYNDICATED,
                  1.0,
                  Direction.KNOWN,
                  List.of(),
                  List.of("published 2 h later " + PAYLOAD),
                  false,
                  false)),
          List.of(
              new Origin("w1", "Kestrel Wire", false, true, List.of("c1", "w1")),
              new Origin("o1", "Weir Times", false, true, List.of("o1"))),
          2);

  private Evidence ev(Article a, String lineageId, String words) {
    int s = a.text().indexOf(words);
    return new Evidence(new Span(a.id(), s, s + words.length()), lineageId, words);
  }

  Comparison comparison() {
    ClaimGroup g23 =
        new ClaimGroup(
            "n1",
            ClaimKind.QUANTITY,
            "killed · in pellmoor",
            "23",
            List.of(ev(copy, "w1", "23 people"), ev(wire, "w1", "23 people")),
            List.of("w1"),
            ClaimStatus.DISPUTED,
            List.of("d1"));
    ClaimGroup g31 =
        new ClaimGroup(
            "n2",
            ClaimKind.QUANTITY,
            "killed · in pellmoor",
            "31",
            List.of(ev(own, "o1", "31 people")),
            List.of("o1"),
            ClaimStatus.DISPUTED,
            List.of("d1"));
    ClaimGroup quote =
        new ClaimGroup(
            "q1",
            ClaimKind.QUOTE,
            PAYLOAD,
            "Mayor " + PAYLOAD,
            List.of(ev(wire, "w1", PAYLOAD)),
            List.of("w1"),
            ClaimStatus.SINGLE_SOURCE,
            List.of());
    Dispute d =
        new Dispute(
            "d1",
            ClaimKind.QUANTITY,
            DisputeStatus.CONTRADICTION,
            "killed · in pellmoor",
            List.of("n1", "n2"),
            List.of(
                new DisputeSide("23", "", List.of("n1"), g23.evidence(), List.of("w1")),
                new DisputeSide("31", "", List.of("n2"), g31.evidence(), List.of("o1"))),
            "cannot both be true");
    Span first = ev(wire, "w1", "The weir broke and 23 people were killed in Pellmoor.").span();
    BriefSentence s1 =
        new BriefSentence(
            "The weir broke and 23 people were killed in Pellmoor. " + PAYLOAD,
            List.of(new Citation("w1", first)),
            "d1",
            true);
    BriefSentence s2 =
        new BriefSentence(
            "Sources disagree on killed: 23 vs 31.",
            List.of(
                new Citation("o1", g31.evidence().get(0).span()),
                new Citation("w1", g23.evidence().get(1).span())),
            "d1",
            false);
    TimelineEntry t =
        new TimelineEntry(
            "2031-04-29",
            "The weir broke " + PAYLOAD,
            List.of("w1"),
            DateProvenance.RELATIVE,
            List.of(ev(wire, "w1", "The weir broke")),
            List.of("w1"));
    return new Comparison(
        "s1",
        List.of("w1", "c1", "o1"),
        2,
        List.of(g23, g31, quote),
        List.of(d),
        List.of(t),
        new Brief(List.of(s1, s2), 3),
        List.of());
  }

  @Test
  void htmlEscapesEveryScrapedString() {
    String html = StoryHtml.section(comparison(), lineage, articles, links);
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .doesNotContain("javascript:alert");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    String marked = PassageMarkup.html(wire, links, StoryHtml.citedSpans(comparison()));
    assertThat(marked).doesNotContain("<script").doesNotContain("<img");
    // Well-formed: the section parses as XML once wrapped.
    assertThat(
            parses(
                "<root>"
                    + html.replace("&mdash;", "—").replace("&times;", "×")
                    + marked
                    + "</root>"))
        .isTrue();
  }

  @Test
  void markdownEscapesEveryScrapedString() {
    String md = StoryMarkdown.section(comparison(), links);
    // No markup character from scraped text survives unescaped: every '<', '[' and '(' is escaped.
    assertThat(md).doesNotContainPattern("(?<!\\\\)<").doesNotContain("[click](");
    assertThat(md).contains("\\<script\\>");
    // Every table row has as many cells as the header: no scraped '|' broke a row.
    List<String> rows = md.lines().filter(l -> l.startsWith("|")).toList();
    long header = cells(rows.get(0));
    assertThat(rows).allSatisfy(r -> assertThat(cells(r)).isEqualTo(header));
  }

  private static long cells(String row) {
    return row.replace("\\|", "").chars().filter(ch -> ch == '|').count();
  }

  @Test
  void everyCitationLinkLandsOnAPassageAnchor() {
    Comparison c = comparison();
    String html =
        StoryHtml.brief(c, links)
            + StoryHtml.disputes(c, links)
            + StoryHtml.claimsTable(c, links)
            + StoryHtml.timeline(c, links);
    StringBuilder bodies = new StringBuilder();
    for (Article a : articles) {
      bodies.append(PassageMarkup.html(a, links, StoryHtml.citedSpans(c)));
    }
    Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int links = 0;
    while (m.find()) {
      String target = m.group(1);
      if (target.matches("article-\\d+")) {
        continue;
      }
      links++;
      assertThat(bodies.toString()).contains("id=\"" + target + "\"");
    }
    assertThat(links).isGreaterThanOrEqualTo(5);
    // Each brief sentence shows as many citation links as it has citations.
    String brief = StoryHtml.brief(c, this.links);
    assertThat(brief.split("<li", -1)[1].split("class=\"cite\"", -1)).hasSize(2);
    assertThat(brief.split("<li", -1)[2].split("class=\"cite\"", -1)).hasSize(3);
  }

  @Test
  void passageMarkupKeepsTheTextAndMarksOverlappingSpans() {
    Span a = new Span("w1", 4, 20);
    Span b = new Span("w1", 10, 30);
    String html = PassageMarkup.html(wire, links, List.of(a, b));
    assertThat(html).contains("id=\"article-1-p4-20\"").contains("id=\"article-1-p10-30\"");
    String text =
        html.replaceAll("<[^>]+>", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
            .replace("\n", "");
    assertThat(text).isEqualTo(wire.text().replace("\n\n", ""));
    assertThat(html.indexOf("<mark>")).isLessThan(html.indexOf("</mark>"));
    assertThat(html.split("<mark>", -1)).hasSize(2); // one merged mark
  }

  @Test
  void claimsTableShowsAgreementAndDisagreementPerSource() {
    String html = StoryHtml.claimsTable(comparison(), links);
    String row23 = html.lines().filter(l -> l.contains("<td>23</td>")).findFirst().orElseThrow();
    assertThat(row23).contains("class=\"agrees\"").contains("class=\"disagrees\"");
    String md = StoryMarkdown.claimsTable(comparison(), links);
    assertThat(md.lines().filter(l -> l.contains("| 31 |")).findFirst().orElseThrow())
        .contains("**disagrees**")
        .contains("agrees");
  }

  @Test
  void lineageSvgIsWellFormedDeterministicAndEscaped() {
    String svg = LineageSvg.svg(lineage, articles, links);
    assertThat(parses(svg)).isTrue();
    assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
    assertThat(svg).contains("2 independent sources").contains("class=\"e syndicated\"");
    assertThat(LineageSvg.svg(lineage, articles, links)).isEqualTo(svg);
    // Without provenance every article is its own column.
    assertThat(LineageSvg.svg(null, articles, links)).contains("3 independent sources");
  }

  private static boolean parses(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      return true;
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml, e);
    }
  }

  @Test
  void jsonCarriesDisputesTimelineAndBriefWithTheirSources() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator json =
        com.fasterxml.jackson.core.JsonFactory.builder().build().createGenerator(out)) {
      json.writeStartObject();
      StoryJson.writeFields(comparison(), json);
      json.writeEndObject();
    }
    com.fasterxml.jackson.databind.JsonNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    com.fasterxml.jackson.databind.JsonNode dispute = root.get("disputes").get(0);
    assertThat(dispute.get("status").asText()).isEqualTo("contradiction");
    assertThat(dispute.get("claims").toString()).isEqualTo("[\"n1\",\"n2\"]");
    assertThat(dispute.get("sides").get(1).get("value").asText()).isEqualTo("31");
    assertThat(root.get("timeline").get(0).get("date").asText()).isEqualTo("2031-04-29");
    assertThat(root.get("timeline").get(0).get("articles").toString()).isEqualTo("[\"w1\"]");
    assertThat(root.get("brief").get("text").asText()).startsWith("The weir broke");
    assertThat(root.get("brief").get("articles").toString()).isEqualTo("[\"w1\",\"o1\"]");
    assertThat(root.get("claims").get(2).get("value").asText()).isEqualTo("Mayor " + PAYLOAD);
  }
}
