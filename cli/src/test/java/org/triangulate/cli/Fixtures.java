package org.triangulate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fictional news written for these tests: a wire story about a ferry fire on the invented Lake
 * Orrin, a syndicated copy with page junk and a credit line, an independent report of the same
 * event, and an unrelated story about a harvest festival.
 */
final class Fixtures {
  static final String WIRE =
      "Ferry fire on Lake Orrin forces 212 passengers ashore\n"
          + "date 2025-05-06\n\n"
          + "ORRINGTON (Kestrel Wire) - A fire broke out in the engine room of the passenger"
          + " ferry Saint Velna on Lake Orrin on Tuesday, forcing 212 passengers and 9 crew"
          + " to leave the vessel in lifeboats, the Orrin Transport Board said.\n\n"
          + "Nobody was seriously hurt, but 14 people were treated for smoke inhalation at the"
          + " harbour in Orrington, according to the regional fire service.\n\n"
          + "\u201cThe crew did everything right and every passenger was counted twice,\u201d"
          + " said Maren Toller, head of the Orrin Transport Board.\n\n"
          + "The ferry, built in 1998, had passed its last safety inspection in March. Service"
          + " on the northern route will be suspended until Friday while investigators examine"
          + " the engine room.\n";

  static final String COPY =
      "Ferry fire on Lake Orrin forces 212 passengers ashore\n"
          + "date 2025-05-06\n\n"
          + "A fire broke out in the engine room of the passenger ferry Saint Velna on Lake Orrin"
          + " on Tuesday, forcing 212 passengers and 9 crew to leave the vessel in lifeboats, the"
          + " Orrin Transport Board said.\n\n"
          + "Nobody was seriously hurt, but 14 people were treated for smoke inhalation at the"
          + " harbour in Orrington, according to the regional fire service.\n\n"
          + "\u201cThe crew did everything right and every passenger was counted twice,\u201d"
          + " said Maren Toller, head of the Orrin Transport Board.\n\n"
          + "The ferry, built in 1998, had passed its last safety inspection in March. Service"
          + " on the northern route will be suspended until Friday while investigators examine"
          + " the engine room.\n\n"
          + "Source: Kestrel Wire\n";

  static final String INDEPENDENT =
      "Lifeboat crews praised after Saint Velna blaze\n"
          + "date 2025-05-07\n\n"
          + "Volunteers of the Orrington lifeboat station spent Tuesday night towing boats of"
          + " shaken travellers to the shore after the Saint Velna caught fire, station chief"
          + " Ilse Brandvik told our reporter on Wednesday.\n\n"
          + "She said the volunteers had trained for exactly such a rescue on Lake Orrin two"
          + " weeks earlier, and that two of the lifeboats were new.\n";

  static final String UNRELATED =
      "Pumpkin festival returns to Hollin Vale\n"
          + "date 2024-10-12\n\n"
          + "The fictional village of Hollin Vale held its pumpkin festival on Saturday for the"
          + " first time in five years. Growers brought about 300 pumpkins, the heaviest weighing"
          + " 412 kilograms, organisers said.\n\n"
          + "The parade of lanterns drew a crowd of families from the valley.\n";

  private Fixtures() {}

  static Path write(Path folder, String name, String text) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(name), text, UTF_8);
  }
}
