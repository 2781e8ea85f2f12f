package org.triangulate.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.EntityType;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.StoryFacts;

class EntityResolutionTest {
  private final FactExtractor facts = FactExtractor.builder().build();

  private StoryFacts story(String... texts) {
    List<ArticleFacts> articles = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(facts.extract(Fixtures.article("a" + i, texts[i])));
    }
    return facts.resolve(articles);
  }

  private static Entity named(StoryFacts story, String name) {
    return story.entities().stream()
        .filter(e -> e.name().equals(name) || e.aliases().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + story.entities()));
  }

  @Test
  void transliterationsAreOnePerson() {
    StoryFacts s =
        story(
            "Mohammed al-Rashidi said the port was taken.",
            "Muhammad el-Rashidy said the port was taken.",
            "Mohamed Al Rashidi said the port was taken.");
    Entity e = named(s, "Mohammed al-Rashidi");
    assertThat(e.aliases()).contains("Muhammad el-Rashidy", "Mohamed Al Rashidi");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void spellingVariantsOfSurnamesAndOrganisations() {
    StoryFacts s =
        story(
            "Colonel Idris Gaddafi met the Northern Trade Organization in Velra.",
            "Colonel Idris Qadhafi met the Northern Trade Organisation in Velra.");
    assertThat(named(s, "Idris Gaddafi").aliases()).contains("Idris Qadhafi");
    assertThat(named(s, "Northern Trade Organization").aliases())
        .contains("Northern Trade Organisation");
  }

  @Test
  void surnameAndTitleLinkToTheFullName() {
    StoryFacts s =
        story("Interior Minister Anna Vell arrived on Tuesday. Vell said the road was open.");
    Entity e = named(s, "Anna Vell");
    assertThat(e.mentions()).hasSize(2);
    assertThat(e.aliases()).containsExactly("Vell");
  }

  @Test
  void acronymDefinedInTheText() {
    StoryFacts s =
        story(
            "The Kalvoran Revolutionary Guard Corps (KRGC) denied the report. The KRGC said"
                + " nothing else.");
    Entity e = named(s, "Kalvoran Revolutionary Guard Corps");
    assertThat(e.aliases()).containsExactly("KRGC");
    assertThat(e.mentions()).hasSize(3);
    assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void nomsDeGuerre() {
    StoryFacts s =
        story(
            "Tarek Hamdan, also known as Abu Sayf, commands the brigade.",
            "Police identified Abu Sayf as Tarek Hamdan on Monday.",
            "The commander Abu Sayf (Tarek Hamdan) was not seen.");
    Entity e = named(s, "Tarek Hamdan");
    assertThat(e.aliases()).contains("Abu Sayf");
    assertThat(
            s.entities().stream()
                .filter(x -> x.aliases().contains("Abu Sayf") || x.name().equals("Abu Sayf")))
        .hasSize(1);
    assertThat(e.mentions()).hasSize(6);
  }

  @Test
  void singularAndPluralGroupNames() {
    StoryFacts s =
        story(
            "Fighters loyal to the Varrani Brigades entered the town.",
            "Fighters loyal to the Varrani Brigade entered the town.");
    assertThat(named(s, "Varrani Brigades").aliases()).contains("Varrani Brigade");
  }

  @Test
  void wellKnownAcronymsMeetTheirNames() {
    StoryFacts s =
        story("Officials of the United Nations visited Kalvor.", "The UN said the camp was full.");
    assertThat(named(s, "United Nations").aliases()).contains("UN");
  }

  @Test
  void fullNameVariantsAndMultiWordSurnamesAreOnePerson() {
    StoryFacts s =
        story(
            "Fred Halvey, a former aide, died on Monday in Velra.",
            "Frederick C. Halvey was found dead in Velra. Police said Halvey lived alone.",
            "The prosecutor Gaetano Lo Varro met Mr. Halvey twice.",
            "Lo Varro said he never met the aide.");
    Entity halvey = named(s, "Frederick C. Halvey");
    List<String> names = new java.util.ArrayList<>(halvey.aliases());
    names.add(halvey.name());
    assertThat(names).contains("Fred Halvey", "Frederick C. Halvey", "Halvey");
    assertThat(halvey.mentions()).extracting(Mention::article).contains("a0", "a1", "a2");
    assertThat(named(s, "Gaetano Lo Varro").aliases()).contains("Lo Varro");
  }

  @Test
  void aPlaceNeverJoinsAPersonAsASurname() {
    StoryFacts s =
        story(
            "The trader Nadia Kalvor bought the mill.",
            "Floods hit homes in Kalvor on Friday night.");
    assertThat(named(s, "Nadia Kalvor").mentions()).allMatch(m -> m.article().equals("a0"));
  }

  @Test
  void differentPeopleStayApart() {
    StoryFacts s = story("Anna Vell met Oskar Halvey in Kalvor.", "Lena Farrow met Tomas Derrin.");
    assertThat(s.entities())
        .extracting(Entity::name)
        .contains("Anna Vell", "Oskar Halvey", "Lena Farrow", "Tomas Derrin");
    assertThat(named(s, "Anna Vell").aliases()).isEmpty();
  }
}
