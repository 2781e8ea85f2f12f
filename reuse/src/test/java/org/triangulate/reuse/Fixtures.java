package org.triangulate.reuse;

import java.time.OffsetDateTime;
import java.util.List;
import org.triangulate.core.Article;
import org.triangulate.core.ArticleBuilder;
import org.triangulate.core.DateSource;
import org.triangulate.core.PublicationDate;

/** Fictional articles about a flood in the invented town of Veldra, written for these tests. */
final class Fixtures {
  private Fixtures() {}

  static final List<String> WIRE =
      List.of(
          "VELDRA (Kestrel Wire) - Floodwaters from the Oskar River cut the main road into Veldra on"
              + " Monday, stranding about 1,200 residents in the eastern districts.",
          "Mayor Ilse Marrow said rescue crews had reached 340 people by nightfall using borrowed"
              + " fishing boats.",
          "\"We have never seen the river climb this fast, and we are asking everyone to stay on"
              + " the upper floors,\" Marrow told reporters outside the town hall.",
          "The regional weather office recorded 142 millimetres of rain in 36 hours, the highest"
              + " total since records began in 1961.",
          "Engineers from the Tarrow Dam authority opened two spillways on Sunday night to relieve"
              + " pressure on the reservoir.",
          "Residents of the Lindqvist quarter said the water rose above their doorsteps within an"
              + " hour.",
          "Schools in Veldra and the neighbouring village of Hessby will remain closed until"
              + " Thursday.",
          "The provincial government has promised an emergency fund of 4 million crowns for"
              + " repairs.");

  static Article wire() {
    return article("wire", "Kestrel Wire", "2026-03-02T08:00:00Z", "en", WIRE);
  }

  /** The wire story with its dateline cut, junk lines added and a credit: a syndicated copy. */
  static Article syndicated() {
    List<String> body = new java.util.ArrayList<>(WIRE);
    body.set(0, WIRE.get(0).replace("VELDRA (Kestrel Wire) - ", ""));
    body.add("Subscribe to our newsletter for daily updates.");
    body.add("Source: Kestrel Wire");
    return article("harbor", "Harbor Daily Online", "2026-03-02T11:00:00Z", "en", body);
  }

  /** A spun rewrite a day later: reworded, a quote lost, an FAQ and a stock closing added. */
  static Article rewrite() {
    return article(
        "farm",
        "newsfarm.example",
        "2026-03-03T09:00:00Z",
        "en",
        List.of(
            "On Monday floodwaters from the Oskar River cut off the main road into Veldra, leaving"
                + " about 1,200 residents stranded in the eastern districts.",
            "By nightfall rescue crews had reached 340 people using borrowed fishing boats, Mayor"
                + " Ilse Marrow said.",
            "Marrow told reporters outside the town hall that the river had never climbed this"
                + " fast and asked everyone to stay on upper floors.",
            "The regional weather office measured 142 millimetres of rain over 36 hours, the"
                + " highest total since records started in 1961.",
            "On Sunday night engineers of the Tarrow Dam authority opened two spillways to relieve"
                + " pressure on the reservoir.",
            "Lindqvist quarter residents said water rose above their doorsteps in under an hour.",
            "Schools in Veldra and nearby Hessby village will stay closed until Thursday.",
            "The provincial government promised an emergency fund worth 4 million crowns for"
                + " repairs.",
            "FAQ",
            "What happened in Veldra? Floods cut the main road and stranded residents.",
            "Only time will tell how quickly the town can recover. Stay tuned for more updates."));
  }

  /** Own reporting that reuses two wire sentences, one of them credited. */
  static Article partial() {
    return article(
        "courier",
        "Valley Courier",
        "2026-03-02T15:00:00Z",
        "en",
        List.of(
            "Volunteers in Hessby filled sandbags at the fire station on Tuesday morning, organiser"
                + " Pavel Orrin said.",
            "Orrin said the village had enough food for a week but was running short of clean"
                + " drinking water and blankets.",
            "Kestrel Wire reported that the regional weather office recorded 142 millimetres of rain"
                + " in 36 hours, the highest total since records began in 1961.",
            "Engineers from the Tarrow Dam authority opened two spillways on Sunday night to"
                + " relieve pressure on the reservoir.",
            "Farmers near Hessby moved their cattle to higher pastures before dawn, and the local"
                + " co-operative lent tractors to tow stranded cars.",
            "Orrin said a second group of volunteers would travel to Veldra on Wednesday if the"
                + " road reopened."));
  }

  /** Same story, own words and sources. */
  static Article independent() {
    return article(
        "post",
        "Norther Post",
        "2026-03-02T10:00:00Z",
        "en",
        List.of(
            "The Oskar River burst its banks near Veldra after two days of heavy rain, officials"
                + " in the province confirmed.",
            "Council staff estimated that roughly 1,200 people in the eastern districts were cut"
                + " off.",
            "Ilse Marrow, the mayor of Veldra, appealed for calm in a radio address late on Monday"
                + " evening.",
            "The primary school in Hessby opened its gym as a shelter for families whose homes"
                + " were flooded.",
            "A spokesperson for the Tarrow Dam authority declined to comment on the spillway"
                + " decision."));
  }

  /** The wire story in German: names and numbers kept, every word else translated. */
  static Article translation() {
    return article(
        "bote",
        "Veldra Bote",
        "2026-03-02T13:00:00Z",
        "de",
        List.of(
            "Hochwasser des Oskar River hat am Montag die Hauptstrasse nach Veldra unterbrochen,"
                + " rund 1.200 Einwohner sitzen in den östlichen Bezirken fest.",
            "Bürgermeisterin Ilse Marrow sagte, Rettungsteams hätten bis zum Abend 340 Menschen mit"
                + " geliehenen Fischerbooten erreicht.",
            "Das regionale Wetteramt maß 142 Millimeter Regen in 36 Stunden, der höchste Wert seit"
                + " Beginn der Aufzeichnungen 1961.",
            "Ingenieure der Tarrow Dam Behörde öffneten am Sonntagabend zwei Überläufe, um den"
                + " Stausee zu entlasten.",
            "Die Schulen in Veldra und im Nachbardorf Hessby bleiben bis Donnerstag geschlossen.",
            "Die Provinzregierung versprach einen Nothilfefonds von 4 Millionen Kronen für"
                + " Reparaturen."));
  }

  static Article article(
      String id, String site, String published, String language, List<String> paragraphs) {
    ArticleBuilder b =
        Article.builder("fixtures/" + id + ".txt")
            .id(id)
            .site(site)
            .title("Flood in Veldra")
            .language(language);
    if (published != null) {
      b.published(
          new PublicationDate(OffsetDateTime.parse(published), false, DateSource.META_TAG, 0.9));
    }
    paragraphs.forEach(b::paragraph);
    return b.build();
  }
}
