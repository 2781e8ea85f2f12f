package org.triangulate.stories;

import java.time.LocalDate;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;

/** Small synthetic articles about fictional events. */
final class Fixtures {
  private Fixtures() {}

  static Article article(String id, String title, String day, String... paragraphs) {
    ArticleBuilder b =
        Article.builder("fixtures/" + id + ".txt").id(id).title(title).language("en");
    if (day != null) {
      b.published(PublicationDate.ofDay(LocalDate.parse(day), DateSource.INPUT_FIELD, 0.9));
    }
    for (String p : paragraphs) {
      b.paragraph(p);
    }
    return b.build();
  }

  /** The Veldra dam failure on the Ostrin river: 14 dead, mayor Ilse Brandvik. */
  static Article veldra(String id, String day, int variant) {
    return switch (variant % 3) {
      case 0 ->
          article(
              id,
              "Dam fails above Veldra, 14 dead",
              day,
              "The Kessmoor dam on the Ostrin river collapsed early on Tuesday and flooded the lower"
                  + " town of Veldra, killing at least 14 people.",
              "Mayor Ilse Brandvik said rescue teams from Harlow County were searching flooded streets"
                  + " near the Ostrin bridge.",
              "Engineers had warned in 2019 that the Kessmoor dam needed repairs.");
      case 1 ->
          article(
              id,
              "Veldra flood: death toll rises to 14 after Kessmoor dam breach",
              day,
              "Rescue workers in Veldra recovered more bodies after the Kessmoor dam gave way, bringing"
                  + " the toll to 14.",
              "Ilse Brandvik, the mayor of Veldra, asked residents along the Ostrin to move to higher"
                  + " ground while Harlow County crews pumped water from the streets.",
              "The dam's owner, Ostrin Hydro, said an inquiry would start next week.");
      default ->
          article(
              id,
              "Questions over Kessmoor dam after Veldra disaster",
              day,
              "Residents of Veldra asked why warnings about the Kessmoor dam were ignored after the"
                  + " breach that killed 14 people on the Ostrin.",
              "Mayor Brandvik promised that Ostrin Hydro would answer for the collapse, and Harlow"
                  + " County opened shelters for families whose homes were flooded.");
    };
  }

  /** A different dam failure: the Pellucid dam above Marrowby, 3 dead, governor Tomas Quillan. */
  static Article marrowby(String id, String day, int variant) {
    return switch (variant % 3) {
      case 0 ->
          article(
              id,
              "Dam collapse floods Marrowby, 3 dead",
              day,
              "The Pellucid dam on the Sarn river collapsed on Sunday and flooded the town of Marrowby,"
                  + " killing 3 people.",
              "Governor Tomas Quillan said rescue teams from Eastfold were searching flooded streets"
                  + " near the Sarn bridge.",
              "Engineers had warned in 2021 that the Pellucid dam needed repairs.");
      case 1 ->
          article(
              id,
              "Marrowby flood: Pellucid dam breach leaves 3 dead",
              day,
              "Rescue workers in Marrowby recovered bodies after the Pellucid dam gave way on the Sarn.",
              "Tomas Quillan, the governor, asked residents along the Sarn to move to higher ground"
                  + " while Eastfold crews pumped water from flooded homes.",
              "The dam's owner, Sarnwater, said an inquiry would start.");
      default ->
          article(
              id,
              "Anger in Marrowby over Pellucid dam",
              day,
              "Residents of Marrowby asked why warnings about the Pellucid dam were ignored after the"
                  + " breach that killed 3 people on the Sarn.",
              "Governor Quillan promised that Sarnwater would answer for the collapse, and Eastfold"
                  + " opened shelters for families whose homes were flooded.");
    };
  }

  /** An unrelated event: an election in Tarnholm. */
  static Article election(String id, String day) {
    return article(
        id,
        "Tarnholm elects Orla Vendt as first woman premier",
        day,
        "Voters in Tarnholm chose Orla Vendt of the Coastal League as premier on Sunday, ending"
            + " twelve years of rule by the Granary Party.",
        "Vendt won 52 percent of the vote and promised cheaper ferries to the northern islands.");
  }
}
