package org.triangulate.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic articles about fictional events: a wire report on a bridge collapse in the invented
 * town of Varnholt, a verbatim syndicated copy, a rewrite that drops the attribution and changes
 * the toll, an independent report with a quote, and an unrelated story about a fictional harbour
 * festival.
 */
final class Fixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String WIRE_TEXT =
      "The Orlen Street bridge in Varnholt collapsed early on Tuesday, killing 14 people and"
          + " injuring 32 others, regional officials said.\n\n"
          + "Rescue teams from Varnholt and the neighbouring district of Kessmar worked through the"
          + " night to free drivers trapped in vehicles that fell into the Dresna river.\n\n"
          + "\"We heard a sound like thunder and then the whole span was gone,\" said Mira Tolvanen,"
          + " a shopkeeper who saw the collapse from across the river.\n\n"
          + "Governor Aldo Reske said an inquiry would examine whether repairs ordered in 2021 had"
          + " been carried out. The bridge, built in 1968, carried about 20,000 vehicles a day.";

  static final String REWRITE_TEXT =
      "A bridge collapse in Varnholt has left 17 people dead, according to local reports.\n\n"
          + "Emergency crews from Varnholt and Kessmar searched through the night for drivers whose"
          + " cars plunged into the Dresna river when the Orlen Street span gave way on Tuesday.\n\n"
          + "Governor Aldo Reske promised an investigation into whether repair work ordered in 2021"
          + " was ever completed on the 1968 structure.\n\n"
          + "FAQ: What happened in Varnholt? The Orlen Street bridge fell into the river.";

  static final String INDEPENDENT_TEXT =
      "Fourteen people died when the Orlen Street bridge over the Dresna river in Varnholt gave"
          + " way on Tuesday morning, the district coroner told reporters.\n\n"
          + "\"The inspection reports from last spring warned about corrosion in the main"
          + " girders,\" said Petra Lindqvist, an engineer at the Varnholt technical institute.\n\n"
          + "Local residents said cracks had been visible on the eastern pillar for months. The"
          + " district council will meet on Thursday to discuss the closure of two other bridges.";

  static final String FESTIVAL_TEXT =
      "The harbour festival in Lusk Bay opened on Saturday with a parade of 40 fishing boats and"
          + " a market of local crafts along the quay.\n\n"
          + "Organisers expect 12,000 visitors over the weekend, the festival director Hanne Sorvik"
          + " said, more than twice as many as last year.\n\n"
          + "Musicians from the islands of Tarrow and Emble will play on the main stage each"
          + " evening, and the lighthouse will be open to visitors for the first time since 2019.";

  private Fixtures() {}

  static ObjectNode document(
      String id, String url, String title, String published, String source, String text) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    node.put("url", url);
    node.put("title", title);
    node.put("published", published);
    node.put("source", source);
    node.put("text", text);
    return node;
  }

  /** The bridge story in three lineages plus a copy, and the unrelated festival story. */
  static List<ObjectNode> corpus() {
    List<ObjectNode> docs = new ArrayList<>();
    docs.add(
        document(
            "wire-1",
            "https://wire.example/varnholt-bridge",
            "Bridge collapse in Varnholt kills 14",
            "2025-03-11T08:00:00Z",
            "Nordwire",
            WIRE_TEXT));
    docs.add(
        document(
            "copy-1",
            "https://valley-post.example/news/varnholt-bridge",
            "Bridge collapse in Varnholt kills 14",
            "2025-03-11T10:30:00Z",
            "Valley Post",
            WIRE_TEXT + "\n\nThis story was provided by Nordwire."));
    docs.add(
        document(
            "rewrite-1",
            "https://trending.example/varnholt-bridge-what-we-know",
            "Varnholt Bridge Collapse: 17 Dead - Everything You Need to Know",
            "2025-03-11T14:00:00Z",
            "Trending Daily",
            REWRITE_TEXT));
    docs.add(
        document(
            "indep-1",
            "https://kessmar-courier.example/bridge",
            "Engineer says Varnholt bridge showed corrosion",
            "2025-03-12T09:00:00Z",
            "Kessmar Courier",
            INDEPENDENT_TEXT));
    docs.add(
        document(
            "fest-1",
            "https://lusk-herald.example/festival",
            "Lusk Bay harbour festival opens with boat parade",
            "2025-05-03T12:00:00Z",
            "Lusk Herald",
            FESTIVAL_TEXT));
    return docs;
  }

  /** JSON Lines of the documents. */
  static String jsonLines(List<ObjectNode> docs) {
    StringBuilder out = new StringBuilder();
    for (ObjectNode doc : docs) {
      out.append(doc.toString()).append('\n');
    }
    return out.toString();
  }
}
