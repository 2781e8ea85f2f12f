package org.triangulate.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.core.Article;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Claim;
import org.triangulate.core.facts.DateMention;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.Mention;
import org.triangulate.core.facts.Quote;
import org.triangulate.core.facts.StoryFacts;

/**
 * The facts stage: for one article, its entities, quotes, numeric claims and dates; for a story,
 * the same with entities resolved across articles. Facts of a syndicated copy are taken from its
 * lineage representative when the copy's text contains the representative's text, so they are
 * computed once per lineage. Built with {@link #builder()}; immutable and thread-safe. Never throws
 * for a bad article: problems (impossible dates, unbalanced quotes, odd numbers) go on the result.
 */
public final class FactExtractor {
  /** Default limit on the characters of text read per article. */
  public static final int DEFAULT_MAX_CHARS = 500_000;

  private final NamedEntityRecognizer recognizer;
  private final SentenceSplitter splitter;
  private static final DateEventFinder DATED_EVENTS = new DateEventFinder();

  private final TimexTagger tagger;
  private final ClaimExtractor claims = new ClaimExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final EntityLinker linker = new EntityLinker();
  private final AliasResolver resolver = new AliasResolver();
  private final int maxChars;

  private FactExtractor(Builder builder) {
    this.recognizer = builder.recognizer;
    this.splitter = builder.splitter;
    this.tagger = builder.tagger;
    this.maxChars = builder.maxChars;
  }

  /** A builder with the light {@link HeuristicNer} and default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FactExtractor}. Not thread-safe; the extractor it builds is. */
  public static final class Builder {
    private NamedEntityRecognizer recognizer = new HeuristicNer();
    private SentenceSplitter splitter = new SentenceSplitter();
    private TimexTagger tagger = new TimexTagger();
    private int maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /** The named-entity recogniser, such as CoreNLP's from {@code triangulate-ner-corenlp}. */
    public Builder recognizer(NamedEntityRecognizer value) {
      recognizer = Checks.notNull("recognizer", value);
      return this;
    }

    public Builder splitter(SentenceSplitter value) {
      splitter = Checks.notNull("splitter", value);
      return this;
    }

    public Builder tagger(TimexTagger value) {
      tagger = Checks.notNull("tagger", value);
      return this;
    }

    /** Characters read per article; longer texts are cut there with a problem. */
    public Builder maxChars(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxChars must be positive, got " + value);
      }
      maxChars = value;
      return this;
    }

    public FactExtractor build() {
      return new FactExtractor(this);
    }
  }

  /** The facts of one article. */
  public ArticleFacts extract(Article article) {
    Checks.notNull("article", article);
    String id = article.id();
    List<Problem> problems = new ArrayList<>();
    String text = article.text();
    if (text.length() > maxChars) {
      problems.add(
          Problem.warning(
              id,
              "too-long",
              "text of "
                  + text.length()
                  + " characters; facts were read from the first "
                  + maxChars));
      text = text.substring(0, maxChars);
    }
    LocalDate anchor = article.published() == null ? null : article.published().day();
    if (anchor == null) {
      problems.add(
          Problem.warning(
              id,
              "no-publication-date",
              "relative dates such as 'on Thursday' were left unresolved (XXXX)"));
    }
    List<TextRange> sentences = splitter.split(text);
    TimexTagger.Result timexes = tagger.tag(text, anchor);
    List<DateMention> dates = new ArrayList<>();
    for (TimexTagger.Timex t : timexes.timexes()) {
      dates.add(
          new DateMention(
              id,
              text.substring(t.start(), t.end()),
              t.type(),
              t.value(),
              t.start(),
              t.end(),
              DATED_EVENTS.find(text, t.start(), t.end()).orElse(null)));
    }
    for (TimexTagger.Timex t : timexes.impossible()) {
      problems.add(
          Problem.warning(
              id,
              "impossible-date",
              "'"
                  + text.substring(t.start(), t.end())
                  + "' at "
                  + t.start()
                  + " names no real day"));
    }
    List<NamedEntity> mentions = recognizer.recognize(text, sentences);
    EntityLinker.Result linked = linker.link(id, text, mentions);
    List<DateMention> notNumbers = new ArrayList<>(dates);
    for (TimexTagger.Timex t : timexes.impossible()) {
      notNumbers.add(
          new DateMention(
              id, text.substring(t.start(), t.end()), t.type(), "XXXX", t.start(), t.end()));
    }
    ClaimExtractor.Result claimResult = claims.extract(id, text, sentences, notNumbers, mentions);
    problems.addAll(claimResult.problems());
    QuoteExtractor.Result quoteResult = quotes.extract(id, text, sentences, mentions);
    problems.addAll(quoteResult.problems());
    List<Quote> quoteList = new ArrayList<>();
    for (QuoteExtractor.Found q : quoteResult.quotes()) {
      String speakerId =
          q.speakerStart() < 0 ? null : linked.entityOfMention().get(q.speakerStart());
      quoteList.add(
          new Quote(
              id,
              text.substring(q.start(), q.end()),
              q.direct(),
              q.speaker(),
              speakerId,
              q.via(),
              q.cue(),
              q.start(),
              q.end(),
              List.of()));
    }
    return new ArticleFacts(
        id, linked.entities(), quoteList, claimResult.claims(), dates, problems);
  }

  /**
   * What {@link #extractAll} did.
   *
   * @param facts facts per article id, in input order
   * @param computed how many articles were analysed
   * @param shared how many took their facts from their lineage representative
   */
  public record Batch(Map<String, ArticleFacts> facts, int computed, int shared) {}

  /**
   * The facts of many articles, computed once per lineage: {@code representativeOf} maps an article
   * id to the id of its lineage representative (absent or mapped to itself for originals). A copy
   * whose text contains its representative's text gets the representative's facts moved to its own
   * id and offsets; any other copy is analysed on its own.
   */
  public Batch extractAll(Collection<Article> articles, Map<String, String> representativeOf) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
    }
    Map<String, ArticleFacts> cache = new HashMap<>();
    Map<String, ArticleFacts> out = new LinkedHashMap<>();
    int computed = 0;
    int shared = 0;
    for (Article article : articles) {
      String repId = representativeOf.getOrDefault(article.id(), article.id());
      Article rep = byId.get(repId);
      if (rep != null && !repId.equals(article.id())) {
        int offset = article.text().indexOf(rep.text());
        if (offset >= 0 && !rep.text().isEmpty()) {
          ArticleFacts repFacts = cache.get(repId);
          if (repFacts == null) {
            repFacts = extract(rep);
            cache.put(repId, repFacts);
            computed++;
          }
          out.put(article.id(), moved(repFacts, article.id(), offset));
          shared++;
          continue;
        }
      }
      ArticleFacts own = cache.get(article.id());
      if (own == null) {
        own = extract(article);
        cache.put(article.id(), own);
        computed++;
      }
      out.put(article.id(), own);
    }
    return new Batch(out, computed, shared);
  }

  /** Entities resolved across the articles of one story, with quote speakers and links. */
  public StoryFacts resolve(Collection<ArticleFacts> facts) {
    return resolver.resolve(List.copyOf(facts));
  }

  /**
   * The facts of {@code source} relabelled to article {@code id}, offsets shifted by {@code by}.
   */
  static ArticleFacts moved(ArticleFacts source, String id, int by) {
    List<Entity> entities = new ArrayList<>();
    for (Entity e : source.entities()) {
      List<Mention> mentions = new ArrayList<>();
      for (Mention m : e.mentions()) {
        mentions.add(new Mention(id, m.text(), m.start() + by, m.end() + by));
      }
      entities.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), mentions));
    }
    List<Quote> quoteList = new ArrayList<>();
    for (Quote q : source.quotes()) {
      quoteList.add(
          new Quote(
              id,
              q.text(),
              q.direct(),
              q.speaker(),
              q.speakerEntityId(),
              q.via(),
              q.cue(),
              q.start() + by,
              q.end() + by,
              q.links()));
    }
    List<Claim> claimList = new ArrayList<>();
    for (Claim c : source.claims()) {
      claimList.add(
          new Claim(
              c.id(),
              id,
              c.text(),
              c.value(),
              c.upper(),
              c.unit(),
              c.approximate(),
              c.qualifier(),
              c.scope(),
              c.start() + by,
              c.end() + by));
    }
    List<DateMention> dateList = new ArrayList<>();
    for (DateMention d : source.dates()) {
      dateList.add(
          new DateMention(
              id,
              d.text(),
              d.type(),
              d.value(),
              d.start() + by,
              d.end() + by,
              d.datedEvent().map(e -> e.shifted(by)).orElse(null)));
    }
    List<Problem> problems = new ArrayList<>();
    for (Problem p : source.problems()) {
      problems.add(new Problem(id, p.code(), p.message(), p.fatal()));
    }
    return new ArticleFacts(id, entities, quoteList, claimList, dateList, problems);
  }
}
