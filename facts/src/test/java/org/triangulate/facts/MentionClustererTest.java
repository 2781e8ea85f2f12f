package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.StoryFacts;

class MentionClustererTest {
  private final FactExtractor facts = FactExtractor.builder().build();
  private final MentionClusterer clusterer = new MentionClusterer();

  private static final String FIRST =
      "Interior Minister Anna Vell arrived in Kalvor on Tuesday. Vell's lawyer stayed in Velra.";
  private static final String SECOND = "The minister, Anna Vel, said the road to Kalvor was open.";

  private StoryFacts story() {
    List<ArticleFacts> articles = new ArrayList<>();
    articles.add(facts.extract(Fixtures.article("a0", FIRST)));
    articles.add(facts.extract(Fixtures.article("a1", SECOND)));
    return facts.resolve(articles);
  }

  private static Mention span(String article, String text, String phrase) {
    int start = text.indexOf(phrase);
    assertThat(start).as(phrase).isGreaterThanOrEqualTo(0);
    return new Mention(article, phrase, start, start + phrase.length());
  }

  @Test
  void spansHeadedByOneEntityShareItsCluster() {
    Mention title = span("a0", FIRST, "Interior Minister Anna Vell");
    int at = FIRST.indexOf("Vell's");
    Mention surname = new Mention("a0", "Vell", at, at + 4);
    Mention variant = span("a1", SECOND, "Anna Vel");
    Map<Mention, String> c = clusterer.cluster(story(), List.of(title, surname, variant));
    assertThat(c.get(title)).startsWith("E").isEqualTo(c.get(surname)).isEqualTo(c.get(variant));
  }

  @Test
  void aNameThatModifiesAnotherHeadDoesNotJoinIt() {
    Mention person = span("a0", FIRST, "Anna Vell");
    Mention lawyer = span("a0", FIRST, "Vell's lawyer");
    Map<Mention, String> c = clusterer.cluster(story(), List.of(person, lawyer));
    assertThat(c.get(lawyer)).isNotEqualTo(c.get(person)).isEqualTo("text:vell's lawyer");
  }

  @Test
  void placesWithPrepositionsAndSameTextMeet() {
    Mention in = span("a0", FIRST, "in Kalvor");
    Mention bare = span("a1", SECOND, "Kalvor");
    Mention minister = span("a1", SECOND, "The minister");
    Mention roadOne =
        new Mention("a1", "the road", SECOND.indexOf("the road"), SECOND.indexOf("the road") + 8);
    Map<Mention, String> c = clusterer.cluster(story(), List.of(in, bare, minister, roadOne));
    assertThat(c.get(in)).isEqualTo(c.get(bare)).startsWith("E");
    assertThat(c.get(minister)).isEqualTo("text:minister");
    assertThat(c.get(roadOne)).isEqualTo("text:road");
  }

  @Test
  void pronounsJoinTheNearestPersonBeforeThemAndNothingElse() {
    String third = "Oskar Halvey met the press. He said the dam was safe.";
    String fourth = "Piet Audran arrived late. He had left.";
    List<ArticleFacts> articles = new ArrayList<>();
    articles.add(facts.extract(Fixtures.article("a0", FIRST)));
    articles.add(facts.extract(Fixtures.article("a2", third)));
    articles.add(facts.extract(Fixtures.article("a3", fourth)));
    StoryFacts s = facts.resolve(articles);
    Mention halvey = span("a2", third, "Oskar Halvey");
    Mention he = span("a2", third, "He");
    Mention audran = span("a3", fourth, "Piet Audran");
    Mention otherHe = span("a3", fourth, "He");
    Map<Mention, String> c = clusterer.cluster(s, List.of(halvey, he, audran, otherHe));
    assertThat(c.get(he)).isEqualTo(c.get(halvey)).startsWith("E");
    assertThat(c.get(otherHe)).isEqualTo(c.get(audran)).isNotEqualTo(c.get(he));
  }

  @Test
  void normalisedTextDropsArticlesPossessivesAndAccents() {
    assertThat(MentionClusterer.normalized("The  Café's")).isEqualTo("cafe");
    assertThat(MentionClusterer.normalized("in the Kalvor Valley,")).isEqualTo("kalvor valley");
    assertThat(MentionClusterer.normalized("U.S.")).isEqualTo("u.s.");
    assertThat(MentionClusterer.normalized("the")).isEqualTo("the");
  }

  @Test
  void spansOfUnknownArticlesFallBackToText() {
    Mention a = new Mention("zz", "Kalvor", 0, 6);
    Mention b = new Mention("zy", "kalvor", 3, 9);
    Map<Mention, String> c = clusterer.cluster(story(), List.of(a, b));
    assertThat(c.get(a)).isEqualTo(c.get(b));
  }
}
