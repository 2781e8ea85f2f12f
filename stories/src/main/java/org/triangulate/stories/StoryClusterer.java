package org.triangulate.stories;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.PublicationDate;
import org.triangulate.core.Story;

/**
 * Online clustering of articles into stories. Articles arrive in time order; {@link
 * #assign(Article)} puts each into the best matching story or opens a new one, and periodic {@link
 * #repair()} merges stories that converged. Matching combines channels (content words, names and
 * numbers, the title against the story's words, an optional embedding), decays with the time gap,
 * and looks only at a bounded set of candidates found through an inverted index over recent
 * stories, so the cost per article stays flat as stories accumulate.
 *
 * <p>Bad input is data: an article without a date, with a date in the future or decades before the
 * stream, gets the ingest time (or the stream's time) and a {@link Problem} on its assignment and
 * story; a near-empty text gets its own story, flagged; an article id seen before changes nothing.
 * Thread-safe (methods synchronise on the clusterer).
 *
 * <pre>{@code
 * StoryClusterer clusterer = StoryClusterer.builder().open(Path.of("data/stories"));
 * Assignment a = clusterer.assign(article);
 * Story story = clusterer.story(a.storyId()).orElseThrow();
 * clusterer.save();
 * }</pre>
 */
public final class StoryClusterer {
  /** Dates more than this before the stream are treated as wrong. */
  static final Duration DATE_OUTLIER = Duration.ofDays(365L * 10);

  /** Dates more than this after the ingest time are treated as wrong. */
  static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

  final ClusterSettings settings;
  private final ArticleEmbedder embedder;
  private final Clock clock;
  private final Path folder;

  final TermTable wordTable = new TermTable();
  final TermTable entityTable = new TermTable();
  private final CandidateIndex wordIndex;
  private final CandidateIndex entityIndex;
  final Map<String, StoryState> live = new LinkedHashMap<>();
  final Map<String, String> mergedInto = new HashMap<>();
  private final Map<String, StoryState> storyOfArticle = new HashMap<>();
  private final Set<StoryState> touchedSinceRepair = new LinkedHashSet<>();

  /**
   * Small stories still to be offered again at repair, with the number of repairs left (set to
   * {@link ClusterSettings#reofferRounds()} whenever the story changed). Not saved: after a reopen
   * only stories that change are offered again.
   */
  private final Map<StoryState, Integer> reofferRoundsLeft = new LinkedHashMap<>();

  long nextStoryNumber = 1;
  long articles;
  Instant latest;
  private long sinceRepair;

  /** Set only by {@link MergeTrainer}: chooses the story instead of the decision, sees features. */
  Teacher teacher;

  /** Replaces the join decision while replaying a stream with gold labels. */
  interface Teacher {
    /**
     * @param article the article being assigned
     * @param candidates the scored candidates
     * @param features their features, in the order of {@link MergeModel#FEATURES}
     * @return the candidate to join, or null to open a story
     */
    StoryState choose(Article article, List<StoryState> candidates, double[][] features);
  }

  private StoryClusterer(Builder builder, Path folder) {
    this.settings = builder.settings;
    this.embedder = builder.embedder;
    this.clock = builder.clock;
    this.folder = folder;
    this.wordIndex = new CandidateIndex(settings.postingScanLimit());
    this.entityIndex = new CandidateIndex(settings.postingScanLimit());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The settings in use. */
  public ClusterSettings settings() {
    return settings;
  }

  /**
   * Puts the article into the best matching story or opens a new one.
   *
   * @return the story it is now in, how it got there and what was doubtful about it
   */
  public synchronized Assignment assign(Article article) {
    Checks.notNull("article", article);
    StoryState known = storyOfArticle.get(article.id());
    if (known != null) {
      return new Assignment(
          article.id(),
          resolve(known.id),
          Assignment.Outcome.REPEAT,
          0,
          latest == null ? clock.instant() : latest,
          List.of());
    }
    List<Problem> problems = new ArrayList<>();
    Instant time = effectiveTime(article, problems);
    TextTerms terms = TextTerms.of(article.title(), article.text());
    articles++;
    if (latest == null || time.isAfter(latest)) {
      latest = time;
    }
    if (terms.contentWords() < settings.minContentWords()) {
      problems.add(
          Problem.warning(
              article.id(),
              "near-empty",
              "only "
                  + terms.contentWords()
                  + " content words; kept as a story of its own instead of guessing"));
      StoryState story = open(article, time, problems);
      story.nearEmpty = true;
      return new Assignment(article.id(), story.id, Assignment.Outcome.OPENED, 0, time, problems);
    }
    TermVector words = TermVector.of(terms.words(), wordTable);
    TermVector entities = TermVector.of(terms.entities(), entityTable);
    TermVector title = TermVector.of(terms.titleWords(), wordTable);
    wordTable.countDocument(words.ids);
    entityTable.countDocument(entities.ids);
    float[] embedding =
        settings.embeddingWeight() > 0 && embedder != ArticleEmbedder.NONE
            ? embedder.embed(article)
            : null;
    Probe probe = new Probe(words, entities, title, embedding, time);

    int[] wordKeys = words.topTerms(settings.keyTerms(), wordTable);
    int[] entityKeys = entities.topTerms(settings.keyTerms(), entityTable);
    List<StoryState> candidates = shortlist(hits(wordKeys, entityKeys, time));
    StoryState best = null;
    double bestScore = 0;
    boolean join;
    if (teacher != null || settings.mergeModel().learned()) {
      double[][] features = features(probe, candidates);
      if (teacher != null) {
        best = teacher.choose(article, candidates, features);
        join = best != null;
        for (int i = 0; i < candidates.size(); i++) {
          if (candidates.get(i) == best) {
            bestScore = features[i][HAND_SCORE];
          }
        }
      } else {
        MergeModel model = settings.mergeModel();
        for (int i = 0; i < candidates.size(); i++) {
          double p =
              model.probability(features[i], settings.decay(candidates.get(i).gapDays(probe.time)));
          if (p > bestScore) {
            bestScore = p;
            best = candidates.get(i);
          }
        }
        join = best != null && bestScore >= model.joinProbability();
      }
    } else {
      for (StoryState candidate : candidates) {
        double score = score(probe, candidate);
        if (score > bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
      join = best != null && bestScore >= settings.joinThreshold();
    }
    StoryState story;
    Assignment.Outcome outcome;
    if (join) {
      story = best;
      outcome = Assignment.Outcome.JOINED;
      addMember(story, article, time, problems);
    } else {
      story = open(article, time, problems);
      outcome = Assignment.Outcome.OPENED;
    }
    addTerms(story, words, entities, embedding, wordKeys, entityKeys);
    story.addVector(
        article, words, entities, embedding, wordTable, entityTable, settings.memberVectors());
    touchedSinceRepair.add(story);
    sinceRepair++;
    if (settings.repairEvery() > 0 && sinceRepair >= settings.repairEvery()) {
      repair();
    }
    return new Assignment(article.id(), story.id, outcome, bestScore, time, problems);
  }

  /**
   * Splits stories that drifted and merges stories that converged. Split: each story changed since
   * the last repair, with at least {@link ClusterSettings#splitMinMembers()} members and vectors
   * for all of them (at most {@link ClusterSettings#memberVectors()}), is split when its members
   * form two groups of at least {@link ClusterSettings#localSplitMinSide()} under story-local term
   * weights ({@link LocalSplit}, average link relative to the story's mean similarity, {@link
   * ClusterSettings#localSplitLink()}); otherwise it is bisected by 2-means on its members' vectors
   * and split when the story-to-story score of the halves is below {@link
   * ClusterSettings#splitThreshold()}; the half holding the first member keeps the id, the other
   * half becomes a new story. A story is looked at again only after it grew by a quarter. Merge:
   * each changed story is compared with its candidates, centroid to centroid, and merged into the
   * larger one when the score reaches {@link ClusterSettings#mergeThreshold()} (never with a story
   * it was split from: that split was decided on finer evidence); ids of merged stories keep
   * resolving to the survivor. After a split, {@link #storyOf(String)} gives each article's current
   * story. Between split and merge, each story of at most {@link
   * ClusterSettings#reofferMaxMembers()} members that changed at one of the last {@link
   * ClusterSettings#reofferRounds()} repairs is offered to the other stories again as if it were an
   * arriving article (learned decision only), so that stragglers join their event's story once it
   * has formed.
   *
   * @return the number of splits and merges
   */
  public synchronized int repair() {
    sinceRepair = 0;
    List<StoryState> todo = new ArrayList<>(touchedSinceRepair);
    touchedSinceRepair.clear();
    int merges = splitDrifted(todo);
    merges += reofferSmall(todo);
    for (StoryState story : todo) {
      if (live.get(story.id) != story || story.nearEmpty) {
        continue;
      }
      int[] wordKeys = StoryState.topTerms(story.words, wordTable, settings.keyTerms());
      int[] entityKeys = StoryState.topTerms(story.entities, entityTable, settings.keyTerms());
      Instant middle =
          story.firstSeen.plus(Duration.between(story.firstSeen, story.lastSeen).dividedBy(2));
      // a split is not undone by the coarser centroid-to-centroid score
      Map<StoryState, double[]> hits = otherStoryHits(story, wordKeys, entityKeys, middle);
      StoryState best = null;
      double bestScore = 0;
      for (StoryState candidate : shortlist(hits)) {
        double score = storyScore(story, candidate);
        if (score > bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
      if (best != null && bestScore >= settings.mergeThreshold()) {
        StoryState into = best.members.size() >= story.members.size() ? best : story;
        merge(into, into == best ? story : best);
        merges++;
      }
    }
    return merges;
  }

  /**
   * Offers each small story to the other stories again, as if its members were one article arriving
   * now (its centroids and first title as the article's vectors): a straggler that arrived before
   * its event's story had formed, or that was refused by a story still too small to match it, may
   * now have a clear best match. It goes into the best candidate of at least {@link
   * ClusterSettings#reofferMinTarget()} members when the learned model's probability reaches {@link
   * ClusterSettings#reofferProbability()}, the hand-set score {@link
   * ClusterSettings#reofferMinScore()}, and the two stories' time spans are at most {@link
   * ClusterSettings#graceDays()} apart. A story is offered at the {@link
   * ClusterSettings#reofferRounds()} repairs after it last changed (not only at the first: its
   * event's story may form or grow later), so each small story costs at most that many candidate
   * look-ups.
   */
  private int reofferSmall(List<StoryState> todo) {
    MergeModel model = settings.mergeModel();
    if (!model.learned() || settings.reofferMaxMembers() <= 0) {
      return 0;
    }
    for (StoryState story : todo) {
      if (story.members.size() <= settings.reofferMaxMembers()) {
        reofferRoundsLeft.put(story, settings.reofferRounds());
      }
    }
    int done = 0;
    for (StoryState story : new ArrayList<>(reofferRoundsLeft.keySet())) {
      Integer left = reofferRoundsLeft.get(story);
      if (left == null) {
        continue; // merged into an earlier one of this pass
      }
      if (left <= 1) {
        reofferRoundsLeft.remove(story);
      } else {
        reofferRoundsLeft.put(story, left - 1);
      }
      if (live.get(story.id) != story
          || story.nearEmpty
          || story.members.size() > settings.reofferMaxMembers()) {
        reofferRoundsLeft.remove(story);
        continue;
      }
      Probe probe = storyProbe(story);
      int[] wordKeys = probe.words.topTerms(settings.keyTerms(), wordTable);
      int[] entityKeys = probe.entities.topTerms(settings.keyTerms(), entityTable);
      // a half that repair split off is not offered back to the story it left
      List<StoryState> candidates =
          shortlist(otherStoryHits(story, wordKeys, entityKeys, probe.time));
      double[][] features = features(probe, candidates);
      StoryState best = null;
      double bestP = 0;
      for (int i = 0; i < candidates.size(); i++) {
        // the model was fitted on articles; a story's centroid can reach its bar on one shared
        // number alone, so the channels must also agree a little. And it was fitted without dates:
        // the re-offer mends order accidents inside a story's time span, it does not reach across
        // a gap (a report days away had its own chance at arrival, with the decay)
        if (candidates.get(i).members.size() < settings.reofferMinTarget()
            || features[i][HAND_SCORE] < settings.reofferMinScore()
            || spanGapDays(story, candidates.get(i)) > settings.graceDays()) {
          continue;
        }
        double p =
            model.probability(features[i], settings.decay(candidates.get(i).gapDays(probe.time)));
        if (p > bestP) {
          bestP = p;
          best = candidates.get(i);
        }
      }
      if (best != null && bestP >= settings.reofferProbability()) {
        StoryState into = best.members.size() >= story.members.size() ? best : story;
        merge(into, into == best ? story : best);
        reofferRoundsLeft.remove(story);
        reofferRoundsLeft.remove(best);
        done++;
      }
    }
    return done;
  }

  /** A story read as one article arriving now: its centroids and first title. */
  private Probe storyProbe(StoryState story) {
    TermVector words = TermVector.of(story.words);
    TermVector entities = TermVector.of(story.entities);
    TermVector title =
        story.titles.isEmpty()
            ? TermVector.EMPTY
            : TermVector.lookup(TextTerms.of(null, story.titles.get(0)).words(), wordTable);
    return new Probe(words, entities, title, story.embeddingSum, story.lastSeen);
  }

  /** Number of stories split by repair over the life of this clusterer (not saved). */
  public synchronized long splitCount() {
    return splits;
  }

  private long splits;

  private int splitDrifted(List<StoryState> todo) {
    if (settings.splitThreshold() <= 0 && settings.localSplitLink() <= 0) {
      return 0;
    }
    int done = 0;
    for (StoryState story : todo) {
      int n = story.members.size();
      if (live.get(story.id) != story
          || story.nearEmpty
          || n < settings.splitMinMembers()
          || !story.splittable()
          || n < story.splitCheckedAt + Math.max(1, story.splitCheckedAt / 4)) {
        continue;
      }
      story.splitCheckedAt = n;
      if (settings.localSplitLink() > 0) {
        boolean[] groups =
            LocalSplit.of(
                story.vectors,
                settings.localSplitLink(),
                settings.localSplitMinSide(),
                entityTable,
                settings);
        if (groups != null) {
          split(story, groups);
          done++;
          splits++;
          continue;
        }
      }
      if (settings.splitThreshold() <= 0) {
        continue;
      }
      boolean[] side = Bisection.of(story.vectors, wordTable, entityTable, settings);
      if (side == null) {
        continue;
      }
      StoryState stay = half(story, side, false, story.id);
      StoryState away = half(story, side, true, story.id);
      if (storyScore(stay, away) < settings.splitThreshold()) {
        split(story, side);
        done++;
        splits++;
      }
    }
    return done;
  }

  /** A story made of the members on one side, rebuilt from their vectors. */
  private StoryState half(StoryState story, boolean[] side, boolean moved, String id) {
    StoryState half = new StoryState(id);
    for (int i = 0; i < side.length; i++) {
      if (side[i] != moved) {
        continue;
      }
      MemberVector v = story.vectors.get(i);
      half.members.add(story.members.get(i));
      half.memberTimes.add(story.memberTimes.get(i));
      half.addTime(story.memberTimes.get(i));
      half.vectors.add(v);
      half.languages.merge(v.language, 1, Integer::sum);
      if (!v.title.isEmpty() && half.titles.size() < StoryState.MAX_TITLES) {
        half.titles.add(v.title);
      }
      v.addTo(half.words, half.entities);
      if (v.embedding != null) {
        addEmbedding(half, v.embedding);
      }
    }
    StoryState.prune(half.words, wordTable, settings.centroidTerms());
    StoryState.prune(half.entities, entityTable, settings.centroidTerms());
    half.splitCheckedAt = half.members.size();
    return half;
  }

  /** Splits the members with {@code side[i]} true off into a new story. */
  private void split(StoryState story, boolean[] side) {
    StoryState stay = half(story, side, false, story.id);
    StoryState away = half(story, side, true, "story-" + nextStoryNumber++);
    away.splitFrom.addAll(story.splitFrom);
    away.splitFrom.add(story.id);
    story.splitFrom.add(away.id);
    java.util.Set<String> movedIds = new java.util.HashSet<>(away.members);
    for (org.triangulate.core.Problem p : story.problems) {
      (movedIds.contains(p.document()) ? away : stay).problems.add(p);
    }
    // the surviving story keeps its identity (id, postings); its contents become the stay half
    story.members.clear();
    story.members.addAll(stay.members);
    story.memberTimes.clear();
    story.memberTimes.addAll(stay.memberTimes);
    story.vectors.clear();
    story.vectors.addAll(stay.vectors);
    story.languages.clear();
    story.languages.putAll(stay.languages);
    story.titles.clear();
    story.titles.addAll(stay.titles);
    story.problems.clear();
    story.problems.addAll(stay.problems);
    story.words.clear();
    stay.words.forEach(story.words::add);
    story.entities.clear();
    stay.entities.forEach(story.entities::add);
    story.embeddingSum = stay.embeddingSum;
    story.firstSeen = stay.firstSeen;
    story.lastSeen = stay.lastSeen;
    story.splitCheckedAt = stay.splitCheckedAt;
    story.changed();
    live.put(away.id, away);
    for (String member : away.members) {
      storyOfArticle.put(member, away);
    }
    for (int key : StoryState.topTerms(away.words, wordTable, settings.keyTerms())) {
      wordIndex.post(key, away, away.postedWords);
    }
    for (int key : StoryState.topTerms(away.entities, entityTable, settings.keyTerms())) {
      entityIndex.post(key, away, away.postedEntities);
    }
  }

  /** The story with this id; ids of stories merged away resolve to the story they went into. */
  public synchronized Optional<Story> story(String storyId) {
    StoryState state = live.get(resolve(Checks.notBlank("storyId", storyId)));
    return state == null ? Optional.empty() : Optional.of(state.snapshot(wordTable));
  }

  /**
   * The id of the story an article belongs to now (after merges and splits). Cheaper than {@link
   * #storyOf}, which builds the whole story: use it when only the id is needed.
   */
  public synchronized Optional<String> storyIdOf(String articleId) {
    StoryState state = storyOfArticle.get(Checks.notBlank("articleId", articleId));
    if (state == null) {
      return Optional.empty();
    }
    String id = resolve(state.id);
    return live.containsKey(id) ? Optional.of(id) : Optional.empty();
  }

  /** The story an article was assigned to. */
  public synchronized Optional<Story> storyOf(String articleId) {
    StoryState state = storyOfArticle.get(Checks.notBlank("articleId", articleId));
    return state == null ? Optional.empty() : story(state.id);
  }

  /** All stories, in the order they were opened. */
  public synchronized List<Story> stories() {
    List<Story> out = new ArrayList<>(live.size());
    for (StoryState state : live.values()) {
      out.add(state.snapshot(wordTable));
    }
    return out;
  }

  /** Number of stories. */
  public synchronized int storyCount() {
    return live.size();
  }

  /** Number of distinct articles assigned, over all runs. */
  public synchronized long articleCount() {
    return storyOfArticle.size();
  }

  /** The folder this clusterer saves to, if it was opened from one. */
  public Optional<Path> folder() {
    return Optional.ofNullable(folder);
  }

  /**
   * Runs repair and writes the state to the folder it was opened from, crash-safe: a temporary file
   * is written, synced and moved over the old state atomically, so a process killed mid-write
   * leaves the previous state intact.
   *
   * @throws IllegalStateException if this clusterer was built without a folder, or on an I/O error
   */
  public synchronized void save() {
    if (folder == null) {
      throw new IllegalStateException(
          "this clusterer has no folder; create it with StoryClusterer.builder().open(folder)");
    }
    repair();
    StoryFile.write(this, folder);
  }

  String resolve(String storyId) {
    String id = storyId;
    for (String next = mergedInto.get(id); next != null; next = mergedInto.get(id)) {
      id = next;
    }
    return id;
  }

  private Instant effectiveTime(Article article, List<Problem> problems) {
    Instant ingest = clock.instant();
    PublicationDate published = article.published();
    if (published == null || published.source() == org.triangulate.core.DateSource.INGEST_TIME) {
      problems.add(
          Problem.warning(
              article.id(),
              "undated",
              "no publication date; the ingest time "
                  + ingest.atOffset(ZoneOffset.UTC)
                  + " is used for time decay"));
      return ingest;
    }
    Instant date = published.value().toInstant();
    if (date.isAfter(ingest.plus(FUTURE_TOLERANCE))) {
      problems.add(
          Problem.warning(
              article.id(),
              "future-date",
              "publication date "
                  + published.iso()
                  + " is after the ingest time; the ingest time is used instead"));
      return ingest;
    }
    Instant reference = latest != null ? latest : ingest;
    if (date.isBefore(reference.minus(DATE_OUTLIER))) {
      problems.add(
          Problem.warning(
              article.id(),
              "date-outlier",
              "publication date "
                  + published.iso()
                  + " is more than ten years before the stream ("
                  + reference.atOffset(ZoneOffset.UTC).toLocalDate()
                  + "); the stream's time is used instead"));
      return reference;
    }
    return date;
  }

  private StoryState open(Article article, Instant time, List<Problem> problems) {
    StoryState story = new StoryState("story-" + nextStoryNumber++);
    live.put(story.id, story);
    addMember(story, article, time, problems);
    return story;
  }

  private void addMember(StoryState story, Article article, Instant time, List<Problem> problems) {
    story.members.add(article.id());
    story.memberTimes.add(time);
    story.addTime(time);
    story.languages.merge(article.language(), 1, Integer::sum);
    if (article.title() != null
        && !article.title().isBlank()
        && story.titles.size() < StoryState.MAX_TITLES) {
      story.titles.add(article.title().strip());
    }
    story.problems.addAll(problems);
    storyOfArticle.put(article.id(), story);
  }

  private void addTerms(
      StoryState story,
      TermVector words,
      TermVector entities,
      float[] embedding,
      int[] wordKeys,
      int[] entityKeys) {
    for (int i = 0; i < words.ids.length; i++) {
      story.words.add(words.ids[i], words.tf[i]);
    }
    for (int i = 0; i < entities.ids.length; i++) {
      story.entities.add(entities.ids[i], entities.tf[i]);
    }
    if (embedding != null) {
      addEmbedding(story, embedding);
    }
    StoryState.prune(story.words, wordTable, settings.centroidTerms());
    StoryState.prune(story.entities, entityTable, settings.centroidTerms());
    story.changed();
    for (int key : wordKeys) {
      wordIndex.post(key, story, story.postedWords);
    }
    for (int key : entityKeys) {
      entityIndex.post(key, story, story.postedEntities);
    }
  }

  private static void addEmbedding(StoryState story, float[] embedding) {
    if (story.embeddingSum == null) {
      story.embeddingSum = new float[embedding.length];
    }
    if (story.embeddingSum.length != embedding.length) {
      throw new IllegalStateException(
          "the embedder returned vectors of length "
              + embedding.length
              + " and "
              + story.embeddingSum.length
              + "; an ArticleEmbedder must return one fixed length");
    }
    double norm = 0;
    for (float v : embedding) {
      norm += v * v;
    }
    norm = norm == 0 ? 1 : Math.sqrt(norm);
    for (int i = 0; i < embedding.length; i++) {
      story.embeddingSum[i] += (float) (embedding[i] / norm);
    }
  }

  private void collect(
      CandidateIndex index,
      int[] keys,
      TermTable table,
      Instant time,
      Map<StoryState, double[]> hits) {
    double window = settings.activeWindowDays();
    for (int key : keys) {
      double idf = table.idf(key);
      index.scan(
          key,
          story -> {
            if (live.get(story.id) == story && !story.nearEmpty && story.gapDays(time) <= window) {
              hits.computeIfAbsent(story, s -> new double[1])[0] += idf;
            }
          });
    }
  }

  /**
   * The stories sharing key terms with a probe at {@code time}, with their key-term weights, in
   * index-scan order (a {@link LinkedHashMap}, as {@link #shortlist} needs).
   */
  private Map<StoryState, double[]> hits(int[] wordKeys, int[] entityKeys, Instant time) {
    Map<StoryState, double[]> hits = new LinkedHashMap<>();
    collect(wordIndex, wordKeys, wordTable, time, hits);
    collect(entityIndex, entityKeys, entityTable, time, hits);
    return hits;
  }

  /**
   * The {@link #hits} of a story's key terms without the story itself and the stories it was split
   * from or split off: repair does not undo its own splits.
   */
  private Map<StoryState, double[]> otherStoryHits(
      StoryState story, int[] wordKeys, int[] entityKeys, Instant time) {
    Map<StoryState, double[]> hits = hits(wordKeys, entityKeys, time);
    hits.remove(story);
    for (String sibling : story.splitFrom) {
      hits.remove(live.get(resolve(sibling)));
    }
    return hits;
  }

  /**
   * The candidates with most key-term weight. {@code hits} must be a {@link LinkedHashMap}: ties
   * then keep the order of the index scan; with a {@link HashMap} they followed the stories'
   * identity hashes, so results (and a refit of the join model) changed with unrelated code.
   */
  private List<StoryState> shortlist(Map<StoryState, double[]> hits) {
    List<Map.Entry<StoryState, double[]>> entries = new ArrayList<>(hits.entrySet());
    if (entries.size() > settings.candidateLimit()) {
      entries.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
      entries = entries.subList(0, settings.candidateLimit());
    }
    List<StoryState> out = new ArrayList<>(entries.size());
    for (Map.Entry<StoryState, double[]> e : entries) {
      out.add(e.getKey());
    }
    return out;
  }

  /** An article's vectors with their norms, computed once per article. */
  private final class Probe {
    final TermVector words;
    final TermVector entities;
    final TermVector title;
    final float[] embedding;
    final Instant time;
    final double wordNorm;
    final double entityNorm;
    final double titleNorm;
    final boolean[] number;
    final double nameMass;
    final double numberMass;

    Probe(
        TermVector words, TermVector entities, TermVector title, float[] embedding, Instant time) {
      this.words = words;
      this.entities = entities;
      this.title = title;
      this.embedding = embedding;
      this.time = time;
      this.wordNorm = words.norm(wordTable);
      this.entityNorm = entities.norm(entityTable);
      this.titleNorm = title.norm(wordTable);
      this.number = new boolean[entities.ids.length];
      double names = 0;
      double numbers = 0;
      for (int i = 0; i < number.length; i++) {
        double w = entities.tf[i] * entityTable.idf(entities.ids[i]);
        number[i] = entityTable.term(entities.ids[i]).charAt(0) == '#';
        if (number[i]) {
          numbers += w;
        } else {
          names += w;
        }
      }
      this.nameMass = names;
      this.numberMass = numbers;
    }
  }

  /** The article-to-story score: channels present on both sides, weighted, times decay. */
  private double score(Probe probe, StoryState story) {
    return handScore(probe, story, null) * settings.decay(story.gapDays(probe.time));
  }

  /** Index of the hand-set score in a feature vector. */
  static final int HAND_SCORE = 9;

  /** Index of the margin over the second-best candidate in a feature vector. */
  static final int MARGIN = 10;

  /**
   * The hand-set score without decay: the weighted mean of the channels present on both sides times
   * the name gate. When {@code features} is given, fills the channel features of {@link
   * MergeModel#FEATURES} (all but the margin).
   */
  private double handScore(Probe probe, StoryState story, double[] features) {
    double sum = 0;
    double weights = 0;
    double storyWords = story.wordNorm(wordTable);
    double wordCos = 0;
    double titleCos = 0;
    if (probe.wordNorm > 0 && storyWords > 0) {
      wordCos = probe.words.dot(story.words, wordTable) / (probe.wordNorm * storyWords);
      sum += settings.wordWeight() * wordCos;
      weights += settings.wordWeight();
      if (probe.titleNorm > 0) {
        titleCos = probe.title.dot(story.words, wordTable) / (probe.titleNorm * storyWords);
        sum += settings.titleWeight() * titleCos;
        weights += settings.titleWeight();
      }
    }
    double storyEntities = story.entityNorm(entityTable);
    double gate = 1;
    double entityCos = 0;
    boolean both = probe.entityNorm > 0 && storyEntities > 0;
    boolean oneSide = !both && (probe.entityNorm > 0 || storyEntities > 0);
    if (both) {
      entityCos =
          probe.entities.dot(story.entities, entityTable) / (probe.entityNorm * storyEntities);
      sum += settings.entityWeight() * entityCos;
      weights += settings.entityWeight();
      gate = settings.gate(entityCos);
    } else if (oneSide) {
      // names on one side only: no evidence of the same event
      weights += settings.entityWeight();
    }
    if (settings.embeddingWeight() > 0 && probe.embedding != null && story.embeddingSum != null) {
      sum += settings.embeddingWeight() * cosine(probe.embedding, story.embeddingSum);
      weights += settings.embeddingWeight();
    }
    double hand = weights == 0 ? 0 : sum / weights * gate;
    if (features != null) {
      features[0] = wordCos;
      features[1] = entityCos;
      features[2] = titleCos;
      features[3] = both ? 1 : 0;
      features[4] = oneSide ? 1 : 0;
      double namesFound = 0;
      double numbersFound = 0;
      for (int i = 0; i < probe.entities.ids.length; i++) {
        int id = probe.entities.ids[i];
        if (story.entities.get(id) != 0f) {
          double w = probe.entities.tf[i] * entityTable.idf(id);
          if (probe.number[i]) {
            numbersFound += w;
          } else {
            namesFound += w;
          }
        }
      }
      features[5] = probe.nameMass > 0 ? namesFound / probe.nameMass : 0;
      features[6] = probe.numberMass > 0 ? numbersFound / probe.numberMass : 0;
      features[7] = probe.numberMass > 0 ? 1 : 0;
      features[8] = gate;
      features[HAND_SCORE] = hand;
    }
    return hand;
  }

  /**
   * The features of every candidate, in the order of {@link MergeModel#FEATURES}; the margin is the
   * candidate's hand-set score minus the best hand-set score among the other candidates.
   */
  private double[][] features(Probe probe, List<StoryState> candidates) {
    double[][] out = new double[candidates.size()][];
    double best = 0;
    double second = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[MergeModel.FEATURES.size()];
      double hand = handScore(probe, candidates.get(i), out[i]);
      if (hand > best) {
        second = best;
        best = hand;
      } else if (hand > second) {
        second = hand;
      }
    }
    for (double[] f : out) {
      f[MARGIN] = f[HAND_SCORE] - (f[HAND_SCORE] >= best ? second : best);
    }
    return out;
  }

  /** The story-to-story score used by repair. */
  private double storyScore(StoryState a, StoryState b) {
    double sum = 0;
    double weights = 0;
    double aw = a.wordNorm(wordTable);
    double bw = b.wordNorm(wordTable);
    if (aw > 0 && bw > 0) {
      double cos = dot(a.words, b.words, wordTable) / (aw * bw);
      sum += (settings.wordWeight() + settings.titleWeight()) * cos;
      weights += settings.wordWeight() + settings.titleWeight();
    }
    double ae = a.entityNorm(entityTable);
    double be = b.entityNorm(entityTable);
    double gate = 1;
    if (ae > 0 && be > 0) {
      double cos = dot(a.entities, b.entities, entityTable) / (ae * be);
      sum += settings.entityWeight() * cos;
      weights += settings.entityWeight();
      gate = settings.gate(cos);
    } else if (ae > 0 || be > 0) {
      weights += settings.entityWeight();
    }
    if (settings.embeddingWeight() > 0 && a.embeddingSum != null && b.embeddingSum != null) {
      sum += settings.embeddingWeight() * cosine(a.embeddingSum, b.embeddingSum);
      weights += settings.embeddingWeight();
    }
    if (weights == 0) {
      return 0;
    }
    return sum / weights * gate * settings.decay(spanGapDays(a, b));
  }

  /** Days between the time spans of two stories; 0 when they overlap. */
  private static double spanGapDays(StoryState a, StoryState b) {
    long gapSeconds =
        Math.max(
            0,
            Math.max(
                b.firstSeen.getEpochSecond() - a.lastSeen.getEpochSecond(),
                a.firstSeen.getEpochSecond() - b.lastSeen.getEpochSecond()));
    return gapSeconds / 86_400.0;
  }

  private static double dot(IntFloatMap a, IntFloatMap b, TermTable table) {
    IntFloatMap small = a.size() <= b.size() ? a : b;
    IntFloatMap large = small == a ? b : a;
    double[] sum = new double[1];
    small.forEach(
        (id, value) -> {
          float other = large.get(id);
          if (other != 0f) {
            double idf = table.idf(id);
            sum[0] += value * other * idf * idf;
          }
        });
    return sum[0];
  }

  private static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalStateException(
          "embedding lengths differ: "
              + a.length
              + " and "
              + b.length
              + "; an ArticleEmbedder must return one fixed length");
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : Math.max(0, dot / Math.sqrt(na * nb));
  }

  private void merge(StoryState into, StoryState from) {
    if (into.splittable()
        && from.splittable()
        && into.members.size() + from.members.size() <= settings.memberVectors()) {
      into.vectors.addAll(from.vectors);
    } else {
      into.vectors.clear();
    }
    for (int i = 0; i < from.members.size(); i++) {
      into.members.add(from.members.get(i));
      into.memberTimes.add(from.memberTimes.get(i));
      storyOfArticle.put(from.members.get(i), into);
    }
    into.addTime(from.firstSeen);
    into.addTime(from.lastSeen);
    from.languages.forEach((lang, count) -> into.languages.merge(lang, count, Integer::sum));
    for (String title : from.titles) {
      if (into.titles.size() < StoryState.MAX_TITLES) {
        into.titles.add(title);
      }
    }
    into.problems.addAll(from.problems);
    into.splitFrom.addAll(from.splitFrom);
    into.splitFrom.remove(into.id);
    from.words.forEach(into.words::add);
    from.entities.forEach(into.entities::add);
    if (from.embeddingSum != null) {
      if (into.embeddingSum == null) {
        into.embeddingSum = from.embeddingSum.clone();
      } else {
        for (int i = 0; i < into.embeddingSum.length; i++) {
          into.embeddingSum[i] += from.embeddingSum[i];
        }
      }
    }
    StoryState.prune(into.words, wordTable, settings.centroidTerms());
    StoryState.prune(into.entities, entityTable, settings.centroidTerms());
    into.changed();
    for (int key : from.postedWords.keySet()) {
      wordIndex.post(key, into, into.postedWords);
    }
    for (int key : from.postedEntities.keySet()) {
      entityIndex.post(key, into, into.postedEntities);
    }
    live.remove(from.id);
    mergedInto.put(from.id, into.id);
    touchedSinceRepair.add(into);
  }

  /** Restores one story read by {@link StoryFile}. */
  void restore(StoryState story) {
    live.put(story.id, story);
    for (String member : story.members) {
      storyOfArticle.put(member, story);
    }
  }

  /** Re-posts the restored stories' key terms, oldest activity first. */
  void reindex() {
    List<StoryState> byActivity = new ArrayList<>(live.values());
    byActivity.sort(java.util.Comparator.comparing((StoryState s) -> s.lastSeen));
    for (StoryState story : byActivity) {
      Integer[] wordKeys = story.postedWords.keySet().toArray(new Integer[0]);
      Integer[] entityKeys = story.postedEntities.keySet().toArray(new Integer[0]);
      story.postedWords.clear();
      story.postedEntities.clear();
      for (int key : wordKeys) {
        wordIndex.post(key, story, story.postedWords);
      }
      for (int key : entityKeys) {
        entityIndex.post(key, story, story.postedEntities);
      }
    }
  }

  /** Builds a {@link StoryClusterer}. */
  public static final class Builder {
    private ClusterSettings settings = ClusterSettings.calibrated();
    private ArticleEmbedder embedder = ArticleEmbedder.NONE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder settings(ClusterSettings value) {
      settings = Checks.notNull("settings", value);
      return this;
    }

    /** Adds a dense channel; it counts only when {@link ClusterSettings#embeddingWeight()} > 0. */
    public Builder embedder(ArticleEmbedder value) {
      embedder = Checks.notNull("embedder", value);
      return this;
    }

    /** The clock giving the ingest time for undated or misdated articles. */
    public Builder clock(Clock value) {
      clock = Checks.notNull("clock", value);
      return this;
    }

    /** A clusterer held in memory only. */
    public StoryClusterer build() {
      return new StoryClusterer(this, null);
    }

    /**
     * A clusterer that saves to {@code folder}, continuing from the state saved there if any, so
     * that new articles join the stories of earlier runs.
     *
     * @throws IllegalStateException if the saved state cannot be read or is damaged
     */
    public StoryClusterer open(Path folder) {
      StoryClusterer clusterer = new StoryClusterer(this, Checks.notNull("folder", folder));
      StoryFile.readInto(clusterer, folder);
      return clusterer;
    }
  }
}
