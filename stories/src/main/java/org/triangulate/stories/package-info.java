/**
 * Stories in a stream: online clustering of articles about the same real-world event.
 *
 * <p>{@link org.triangulate.stories.StoryClusterer} takes articles in time order and puts each into
 * the best matching story or opens a new one; {@link org.triangulate.stories.ClusterSettings} holds
 * the calibrated decision (built with {@code ClusterSettings.builder()}): by default a learned
 * {@link org.triangulate.stories.MergeModel} (logistic regression over the channel similarities,
 * fitted by {@link org.triangulate.stories.MergeTrainer} on ECB+ training topics), or the hand-set
 * weighted mean with name gate and threshold; {@link org.triangulate.stories.StoryRenderer} prints
 * stories as plain text. Internally, articles become term vectors in three channels (content words,
 * names and numbers, title words), stories keep pruned centroids and, while small, compact member
 * vectors for split repair, and an inverted index over recent stories bounds the candidates per
 * article. Periodic repair splits drifted stories, offers small stories (stragglers) to the others
 * again with the learned decision, and merges stories that converged.
 *
 * <pre>{@code
 * StoryClusterer clusterer = StoryClusterer.builder().open(Path.of("data/stories"));
 * for (Article article : articlesInTimeOrder) {
 *   clusterer.assign(article);
 * }
 * clusterer.save();
 * System.out.print(StoryRenderer.list(clusterer.stories(), StoryRenderer.Order.NEWEST, 20));
 * }</pre>
 */
package org.triangulate.stories;
