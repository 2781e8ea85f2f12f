/**
 * The ONNX embedding models behind the provenance engine's {@link
 * org.triangulate.reuse.PassageEmbedder} interface, kept in their own module so that the engine and
 * its tests stay light. {@link org.triangulate.embed.OnnxPassageEmbedder} runs one of the bundled
 * models (bge-small-en-v1.5-q by default, e5-small-v2-q, all-MiniLM-L6-v2-q) and hands the engine
 * the paraphrase weights calibrated with that model.
 *
 * <pre>{@code
 * ProvenanceEngine engine = ProvenanceEngine.builder().embedder(new OnnxPassageEmbedder()).build();
 * Aligner e5 = Aligner.builder().embedder(new OnnxPassageEmbedder(Model.E5_SMALL_V2_Q)).build();
 * }</pre>
 */
package org.triangulate.embed;
