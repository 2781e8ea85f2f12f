package org.triangulate.stories;

/**
 * The compact vectors of one story member, kept for split repair: its best terms per channel (term
 * ids with sublinear term frequencies, as in {@link TermVector}), its title, language and optional
 * embedding, so that the halves of a split story can be rebuilt. Immutable.
 */
final class MemberVector {
  /** Content words kept per member. */
  static final int WORDS = 48;

  /** Names and numbers kept per member. */
  static final int ENTITIES = 24;

  final String title;
  final String language;
  final int[] wordIds;
  final float[] wordTf;
  final int[] entityIds;
  final float[] entityTf;
  final float[] embedding;

  MemberVector(
      String title,
      String language,
      int[] wordIds,
      float[] wordTf,
      int[] entityIds,
      float[] entityTf,
      float[] embedding) {
    if (wordIds.length != wordTf.length || entityIds.length != entityTf.length) {
      throw new IllegalArgumentException("ids and term frequencies must have the same length");
    }
    this.title = title;
    this.language = language;
    this.wordIds = wordIds;
    this.wordTf = wordTf;
    this.entityIds = entityIds;
    this.entityTf = entityTf;
    this.embedding = embedding;
  }

  /** The best terms of an article's vectors, by tf-idf at the time it arrives. */
  static MemberVector of(
      String title,
      String language,
      TermVector words,
      TermVector entities,
      float[] embedding,
      TermTable wordTable,
      TermTable entityTable) {
    int[] wordIds = words.topTerms(WORDS, wordTable);
    int[] entityIds = entities.topTerms(ENTITIES, entityTable);
    return new MemberVector(
        title,
        language,
        wordIds,
        tfOf(words, wordIds),
        entityIds,
        tfOf(entities, entityIds),
        embedding == null ? null : embedding.clone());
  }

  private static float[] tfOf(TermVector vector, int[] ids) {
    float[] out = new float[ids.length];
    for (int k = 0; k < ids.length; k++) {
      for (int i = 0; i < vector.ids.length; i++) {
        if (vector.ids[i] == ids[k]) {
          out[k] = vector.tf[i];
          break;
        }
      }
    }
    return out;
  }

  /** Adds this member's terms to a story's centroids. */
  void addTo(IntFloatMap words, IntFloatMap entities) {
    for (int i = 0; i < wordIds.length; i++) {
      words.add(wordIds[i], wordTf[i]);
    }
    for (int i = 0; i < entityIds.length; i++) {
      entities.add(entityIds[i], entityTf[i]);
    }
  }
}
