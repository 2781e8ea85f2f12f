/**
 * The provenance engine: finds syndicated, partial, rewritten and translated copies, decides who
 * copied whom, and collapses copies onto their origins to count independent sources.
 *
 * <p>{@link org.triangulate.reuse.ProvenanceEngine} indexes articles one by one (candidates from
 * shingle fingerprints, MinHash bands, shared names and numbers, and optionally sentence vectors of
 * a {@link org.triangulate.reuse.PassageEmbedder}), among the articles published within a time
 * window around it (30 days by default, undated ones always included); an in-memory sketch of every
 * article screens each candidate first (pairs none of whose sentences can match are decided without
 * alignment, with the aligner's own verdict), then {@link org.triangulate.reuse.Aligner} verifies a
 * pair and gives the aligned passages; {@link org.triangulate.reuse.AlignmentRenderer} shows them
 * side by side. With a model, sentence pairs are judged paraphrases by {@link
 * org.triangulate.reuse.ParaphraseWeights} over {@link org.triangulate.reuse.ParaphraseFeatures}
 * (cosine, 4-gram overlap, mismatched numbers, negation), calibrated on MSRP for each model: the
 * embedder brings its own weights ({@link
 * org.triangulate.reuse.PassageEmbedder#paraphraseWeights()}). Whatever the evidence, two sentences
 * whose numbers all differ, or whose names are disjoint, report different facts and are never
 * matched: numbers are compared after normalising their style (".5" and "0.5", "$US5" and "$5",
 * "60-year-old" and "60"), names whole or by a shared five-letter stem ("Veldran", "Veldra"), and a
 * capitalised first word counts as a name where the article also capitalises it inside a sentence
 * or where it is no common word (then it can confirm a shared name, not refute one). Junk lines
 * (short page furniture, calls to action, link lists) are left out before alignment; the same words
 * in running prose are not.
 *
 * <pre>{@code
 * try (ProvenanceEngine engine = ProvenanceEngine.builder().folder(Path.of("store/reuse")).build()) {
 *   for (Article a : articles) engine.add(a);
 *   Lineage lineage = engine.lineage(List.of("a1", "a2", "a3"));
 * }
 * }</pre>
 */
package org.triangulate.reuse;
