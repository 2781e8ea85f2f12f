/**
 * The ONNX embedding model behind the provenance engine's {@link
 * org.triangulate.reuse.PassageEmbedder} interface, kept in its own module so that the engine and
 * its tests stay light.
 *
 * <pre>{@code
 * ProvenanceEngine engine = ProvenanceEngine.builder().embedder(new OnnxPassageEmbedder()).build();
 * }</pre>
 */
package org.triangulate.embed;
