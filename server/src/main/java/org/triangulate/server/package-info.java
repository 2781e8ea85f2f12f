/**
 * The Triangulate server: a REST API under {@code /api/v1} and an offline web UI, both on the
 * embedded store.
 *
 * <p>{@link org.triangulate.server.TriangulateServer} binds Javalin, checks access (token for
 * writes, configurable {@link org.triangulate.server.ReadAccess} for reads), limits and validates
 * requests, and answers every error as JSON {@code {status, message, fix}}. All data comes through
 * one facade, {@link org.triangulate.server.StoryView}; {@link
 * org.triangulate.server.EmbeddedStoryView} implements it over the store, the story clusterer, the
 * provenance engine, the fact extractor and the story comparator. The UI (plain HTML, CSS and JS in
 * the jar's {@code web/} resources) builds every page from the JSON API with {@code textContent},
 * never {@code innerHTML}, so scraped strings stay inert. It listens to server-sent events at
 * {@code /api/v1/events} (an update after every ingest) and polls {@code /api/v1/status} only while
 * the stream is down. URL ingest fetches only what the {@link org.triangulate.server.FetchPolicy}
 * allows: public addresses, plus an allow-list, checked again for every redirect.
 *
 * <pre>{@code
 * TriangulateServer server =
 *     TriangulateServer.builder()
 *         .store(Path.of("triangulate-data"))
 *         .port(7070)
 *         .fetchPolicy(FetchPolicy.allowing(List.of("10.20.0.0/16")))
 *         .build();
 * int port = server.start(); // prints the address and, on first start, the write token
 * ...
 * server.stop();
 * }</pre>
 */
package org.triangulate.server;
