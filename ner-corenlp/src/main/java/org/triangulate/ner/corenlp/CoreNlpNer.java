package org.triangulate.ner.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.core.Checks;
import org.triangulate.core.facts.EntityType;
import org.triangulate.facts.NamedEntity;
import org.triangulate.facts.NamedEntityRecognizer;
import org.triangulate.facts.TextRange;

/**
 * Named entities from a Stanford CoreNLP CRF model (loaded once from the models jar on the class
 * path). Classifies sentence by sentence, so offsets follow our {@link
 * org.triangulate.facts.SentenceSplitter}. Thread-safe: the classifier is only read.
 */
public final class CoreNlpNer implements NamedEntityRecognizer {
  /** The English CRF models shipped in CoreNLP's models jar. */
  public enum Model {
    /** CoNLL 2003 classes PERSON, LOCATION, ORGANIZATION, MISC. */
    CONLL_4CLASS("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"),
    /** PERSON, LOCATION, ORGANIZATION, trained on several corpora. */
    ALL_3CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"),
    /** MUC-7 classes; only persons, places and organisations are kept. */
    MUC_7CLASS("edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");

    private final String resource;

    Model(String resource) {
      this.resource = resource;
    }

    /** The model's path inside the models jar. */
    public String resource() {
      return resource;
    }
  }

  /** The longest sentence classified; longer ones (tables, junk) are skipped. */
  static final int MAX_SENTENCE = 5_000;

  private final CRFClassifier<CoreLabel> classifier;
  private final Model model;

  private CoreNlpNer(Model model, CRFClassifier<CoreLabel> classifier) {
    this.model = model;
    this.classifier = classifier;
  }

  /**
   * Loads {@code model} from the class path (a few seconds and a few hundred MB of heap for the
   * larger models). Throws if the models jar is missing: add {@code
   * edu.stanford.nlp:stanford-corenlp:models} to the class path.
   */
  public static CoreNlpNer of(Model model) {
    Checks.notNull("model", model);
    try {
      CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(model.resource());
      return new CoreNlpNer(model, classifier);
    } catch (java.io.IOException | ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException(
          "cannot load CoreNLP model "
              + model.resource()
              + "; is the stanford-corenlp models jar on the class path? "
              + e.getMessage(),
          e);
    }
  }

  /** The model this recogniser uses. */
  public Model model() {
    return model;
  }

  @Override
  public List<NamedEntity> recognize(String text, List<TextRange> sentences) {
    List<NamedEntity> out = new ArrayList<>();
    for (TextRange sentence : sentences) {
      if (sentence.end() - sentence.start() > MAX_SENTENCE) {
        continue;
      }
      String piece = text.substring(sentence.start(), sentence.end());
      List<Triple<String, Integer, Integer>> found = classifier.classifyToCharacterOffsets(piece);
      for (Triple<String, Integer, Integer> t : found) {
        EntityType type = type(t.first());
        int start = sentence.start() + t.second();
        int end = sentence.start() + t.third();
        if (type == null || end <= start || end > text.length()) {
          continue;
        }
        String surface = text.substring(start, end);
        if (!surface.isBlank()) {
          out.add(new NamedEntity(start, end, type, surface, null));
        }
      }
    }
    return out;
  }

  static EntityType type(String label) {
    return switch (label) {
      case "PERSON", "PER" -> EntityType.PERSON;
      case "LOCATION", "LOC" -> EntityType.LOCATION;
      case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }
}
