package org.triangulate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.compare.ClaimKind;
import org.triangulate.core.compare.Dispute;
import org.triangulate.core.compare.DisputeSide;
import org.triangulate.core.compare.DisputeStatus;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Claim;
import org.triangulate.core.facts.ClaimScope;

/**
 * Aligns numeric claims and finds disputes among them.
 *
 * <p>Claims are blocked by what they count (the unit, with synonyms and measures normalised), then
 * by place and then by time; a claim that names no place (or time) joins the one block that does,
 * or stays apart when there are several. Inside a block each claim becomes an interval from its
 * stated approximation ("about 30" is 27..33, "more than 20" is above 20), exact values form groups
 * and approximate claims join the one group they fit. Groups whose intervals cannot meet are a
 * contradiction; blocks of the same unit that differ in place or time are a difference of scope.
 * Everything is hashing and sorting: no all-pairs comparison.
 */
final class Quantities {
  private Quantities() {}

  /** A claim with its normalised unit, scope and value interval. */
  record Item(
      Claim claim,
      Evidence evidence,
      String unit,
      String place,
      String time,
      double lo,
      double hi) {
    boolean point() {
      return lo == hi;
    }
  }

  private static final Map<String, String> UNIT_WORDS = new LinkedHashMap<>();
  private static final Map<String, Double> FACTORS = new LinkedHashMap<>();

  static {
    for (String w :
        List.of(
            "killed",
            "dead",
            "died",
            "death",
            "deaths",
            "fatality",
            "fatalities",
            "toll",
            "lives",
            "bodies")) {
      UNIT_WORDS.put(w, "killed");
    }
    for (String w : List.of("injured", "wounded", "hurt", "injury", "injuries")) {
      UNIT_WORDS.put(w, "injured");
    }
    for (String w : List.of("missing", "unaccounted")) {
      UNIT_WORDS.put(w, "missing");
    }
    for (String w :
        List.of(
            "evacuated",
            "evacuee",
            "evacuees",
            "displaced",
            "shelter",
            "shelters",
            "sheltered",
            "homeless")) {
      UNIT_WORDS.put(w, "evacuated");
    }
    for (String w : List.of("soldier", "soldiers", "troop", "troops", "servicemen")) {
      UNIT_WORDS.put(w, "soldiers");
    }
    for (String w : List.of("%", "percent", "pct")) {
      UNIT_WORDS.put(w, "%");
    }
    for (String w : List.of("usd", "dollar", "dollars")) {
      UNIT_WORDS.put(w, "usd");
    }
    for (String w : List.of("eur", "euro", "euros")) {
      UNIT_WORDS.put(w, "eur");
    }
    for (String w : List.of("km", "kilometre", "kilometres", "kilometer", "kilometers")) {
      UNIT_WORDS.put(w, "km");
    }
    for (String w : List.of("mile", "miles", "mi")) {
      UNIT_WORDS.put(w, "km");
      FACTORS.put(w, 1.609344);
    }
    for (String w : List.of("metre", "metres", "meter", "meters")) {
      UNIT_WORDS.put(w, "m");
    }
    for (String w : List.of("foot", "feet", "ft")) {
      UNIT_WORDS.put(w, "m");
      FACTORS.put(w, 0.3048);
    }
    for (String w : List.of("kg", "kilogram", "kilograms", "kilo", "kilos")) {
      UNIT_WORDS.put(w, "kg");
    }
    for (String w : List.of("tonne", "tonnes", "ton", "tons")) {
      UNIT_WORDS.put(w, "kg");
      FACTORS.put(w, 1000.0);
    }
  }

  private static final java.util.Set<String> NOISE =
      java.util.Set.of(
          "people",
          "person",
          "persons",
          "individuals",
          "others",
          "more",
          "residents",
          "total",
          "number");

  /** The normalised unit of a claim and the factor that converts its value, or null to skip. */
  record Unit(String key, double factor) {}

  static Unit unit(String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    String raw = unit.strip();
    if (raw.equals("%") || raw.toLowerCase(Locale.ROOT).startsWith("per cent")) {
      return new Unit("%", 1.0);
    }
    TreeSet<String> parts = new TreeSet<>();
    double factor = 1.0;
    for (String t : Words.tokens(raw)) {
      String canonical = UNIT_WORDS.get(t);
      if (canonical != null) {
        parts.add(canonical);
        factor *= FACTORS.getOrDefault(t, 1.0);
      } else if (!Words.STOP.contains(t) && !NOISE.contains(t)) {
        parts.add(Words.stem(t));
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    return new Unit(String.join(" ", parts), factor);
  }

  private static final Pattern ABOVE =
      Pattern.compile("more than|over|above|upwards of|in excess of|exceeding|plus");
  private static final Pattern AT_LEAST =
      Pattern.compile("at least|no fewer than|no less than|a minimum of|minimum");
  private static final Pattern BELOW = Pattern.compile("less than|fewer than|under|below");
  private static final Pattern AT_MOST =
      Pattern.compile("up to|at most|no more than|as many as|maximum");
  private static final Pattern NEARLY =
      Pattern.compile("nearly|almost|just under|close to|short of");

  /** The interval of values a claim allows, given its stated approximation. */
  static double[] interval(Claim claim, double factor) {
    double lo = claim.value() * factor;
    double hi = (claim.upper() != null ? claim.upper() : claim.value()) * factor;
    String q = claim.qualifier() == null ? "" : Words.fold(claim.qualifier());
    String text = Words.fold(claim.text());
    if (q.isEmpty() && claim.approximate()) {
      q = text;
    }
    if (AT_LEAST.matcher(q).find()) {
      return new double[] {lo, Double.POSITIVE_INFINITY};
    }
    if (ABOVE.matcher(q).find()) {
      return new double[] {Math.nextUp(hi), Double.POSITIVE_INFINITY};
    }
    if (AT_MOST.matcher(q).find()) {
      return new double[] {0, hi};
    }
    if (BELOW.matcher(q).find()) {
      return new double[] {0, Math.nextDown(lo)};
    }
    if (NEARLY.matcher(q).find()) {
      return new double[] {lo - Math.max(0.15 * lo, 1), hi};
    }
    if (text.contains("dozens")) {
      return new double[] {24, 199};
    }
    if (text.contains("hundreds")) {
      return new double[] {200, 1999};
    }
    if (text.contains("thousands")) {
      return new double[] {2000, 19999};
    }
    if (claim.approximate() || !q.isEmpty()) {
      return new double[] {lo - Math.max(0.1 * lo, 1), hi + Math.max(0.1 * hi, 1)};
    }
    if (factor != 1.0) { // a converted measure was rounded by its writer
      return new double[] {lo * 0.98, hi * 1.02};
    }
    return new double[] {lo, hi};
  }

  private static final java.util.Set<String> PLACE_NOISE =
      java.util.Set.of(
          "village",
          "town",
          "city",
          "port",
          "province",
          "region",
          "district",
          "county",
          "area",
          "near",
          "outside",
          "inside",
          "centre",
          "center",
          "downtown");

  /** A key for a place: folded content words without "the village of" and the like. */
  static String placeKey(String place) {
    if (place == null || place.isBlank()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String t : Words.tokens(place)) {
      if (!Words.STOP.contains(t) && !PLACE_NOISE.contains(t)) {
        parts.add(t);
      }
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static final Pattern TIME_VALUE =
      Pattern.compile("\\((\\d{4}(?:-[0-9W][0-9]?(?:-\\d\\d)?)?)\\)");

  /** A key for a time: the normalised date in "(...)" when given, else the folded words. */
  static String timeKey(String time) {
    if (time == null || time.isBlank()) {
      return null;
    }
    Matcher m = TIME_VALUE.matcher(time);
    if (m.find()) {
      return m.group(1);
    }
    String key = Words.key(time);
    return key.isEmpty() ? null : key;
  }

  private static final Pattern REPORTING =
      Pattern.compile(
          "(?i)\\b(said|says|told|announced|reported|stated|confirmed|added|declared|estimated)"
              + "(\\s+\\p{L}+){0,2}\\s*,?\\s*$");
  private static final Pattern REPORTING_AFTER =
      Pattern.compile(
          "(?i)^\\s*,?\\s*(\\p{L}+\\s+){0,3}(said|says|told|announced|reported|stated|confirmed)\\b");

  /**
   * True when the claim's time is the time of saying it ("the mayor said on Friday"), not the time
   * of what is counted: such a time is no scope.
   */
  static boolean reportingTime(Work work, Claim claim) {
    String time = claim.scope().time();
    if (time == null) {
      return false;
    }
    int paren = time.indexOf(" (");
    String words = (paren > 0 ? time.substring(0, paren) : time).strip();
    if (words.isEmpty() || !work.articles.containsKey(claim.article())) {
      return false;
    }
    String text = work.articles.get(claim.article()).text();
    if (claim.start() > text.length()) {
      return false;
    }
    Sentences.Range s = work.sentenceAt(claim.article(), claim.start());
    String sentence = s.of(text);
    int at = sentence.indexOf(words);
    if (at < 0) {
      return false;
    }
    return REPORTING.matcher(sentence.substring(0, at)).find()
        || REPORTING_AFTER.matcher(sentence.substring(at + words.length())).find();
  }

  static void compare(List<ArticleFacts> facts, Work work) {
    Map<String, List<Item>> byUnit = new LinkedHashMap<>();
    for (ArticleFacts af : facts) {
      for (Claim claim : af.claims()) {
        Unit unit = unit(claim.unit());
        if (unit == null) {
          continue;
        }
        Evidence evidence =
            work.evidence(claim.article(), claim.start(), claim.end(), "claim " + claim.id());
        if (evidence == null) {
          continue;
        }
        double[] iv = interval(claim, unit.factor());
        ClaimScope scope = claim.scope();
        String time = reportingTime(work, claim) ? null : timeKey(scope.time());
        byUnit
            .computeIfAbsent(unit.key(), k -> new ArrayList<>())
            .add(
                new Item(claim, evidence, unit.key(), placeKey(scope.place()), time, iv[0], iv[1]));
      }
    }
    for (Map.Entry<String, List<Item>> entry : byUnit.entrySet()) {
      compareUnit(entry.getKey(), entry.getValue(), work);
    }
  }

  /** A block of claims with one unit, place and time, and the groups found in it. */
  private record Block(
      String place,
      String time,
      List<Item> items,
      List<Work.Draft> groups,
      List<double[]> intervals) {
    String scopeWords() {
      List<String> parts = new ArrayList<>();
      if (place != null) {
        parts.add("in " + place);
      }
      if (time != null) {
        parts.add("at " + time);
      }
      return String.join(", ", parts);
    }
  }

  private static void compareUnit(String unit, List<Item> items, Work work) {
    List<Block> blocks = new ArrayList<>();
    for (Map.Entry<String, List<Item>> byPlace : partition(items, Item::place).entrySet()) {
      for (Map.Entry<String, List<Item>> byTime :
          partition(byPlace.getValue(), Item::time).entrySet()) {
        blocks.add(
            new Block(
                byPlace.getKey(),
                byTime.getKey(),
                byTime.getValue(),
                new ArrayList<>(),
                new ArrayList<>()));
      }
    }
    for (Block block : blocks) {
      group(unit, block, work);
      contradictions(unit, block, work);
    }
    scopeDifferences(unit, blocks, work);
  }

  /**
   * Splits items by a key; items without the key join the single keyed part, or form their own part
   * (under the null key) when there are several.
   */
  static Map<String, List<Item>> partition(
      List<Item> items, java.util.function.Function<Item, String> key) {
    Map<String, List<Item>> parts =
        new java.util.TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    List<Item> unkeyed = new ArrayList<>();
    for (Item item : items) {
      String k = key.apply(item);
      if (k == null) {
        unkeyed.add(item);
      } else {
        parts.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
      }
    }
    if (!unkeyed.isEmpty()) {
      if (parts.size() == 1) {
        parts.values().iterator().next().addAll(unkeyed);
      } else {
        parts.put(null, unkeyed);
      }
    }
    return parts;
  }

  private static void group(String unit, Block block, Work work) {
    String subject = unit + (block.scopeWords().isEmpty() ? "" : " · " + block.scopeWords());
    Map<Double, Work.Draft> points = new java.util.TreeMap<>();
    List<Item> sorted = new ArrayList<>(block.items());
    sorted.sort(
        Comparator.comparing((Item i) -> i.evidence().article())
            .thenComparingInt(i -> i.claim().start()));
    for (Item item : sorted) {
      if (item.point()) {
        Work.Draft d = points.get(item.lo());
        if (d == null) {
          d = work.draft(ClaimKind.QUANTITY, subject, format(item.lo()));
          points.put(item.lo(), d);
          block.groups().add(d);
          block.intervals().add(new double[] {item.lo(), item.hi()});
        }
        d.evidence.add(item.evidence());
      }
    }
    List<Double> pointValues = new ArrayList<>(points.keySet());
    int pointGroups = block.groups().size();
    for (Item item : sorted) {
      if (item.point()) {
        continue;
      }
      Double fit = null;
      int fits = 0;
      for (Double v : pointValues) { // values in one block are few: distinct numbers for one thing
        if (v >= item.lo() && v <= item.hi()) {
          fit = v;
          fits++;
        }
      }
      if (fits == 1) {
        points.get(fit).evidence.add(item.evidence());
        continue;
      }
      Work.Draft joined = null;
      for (int g = pointGroups; g < block.groups().size(); g++) {
        double[] iv = block.intervals().get(g);
        if (item.lo() <= iv[1] && item.hi() >= iv[0]) {
          iv[0] = Math.max(iv[0], item.lo());
          iv[1] = Math.min(iv[1], item.hi());
          joined = block.groups().get(g);
          break;
        }
      }
      if (joined == null) {
        joined = work.draft(ClaimKind.QUANTITY, subject, describe(item));
        block.groups().add(joined);
        block.intervals().add(new double[] {item.lo(), item.hi()});
      }
      joined.evidence.add(item.evidence());
    }
  }

  /** Marks the groups of a block that cannot all be true and records one contradiction. */
  private static void contradictions(String unit, Block block, Work work) {
    int n = block.groups().size();
    if (n < 2) {
      return;
    }
    boolean[] clash = incompatibleWithSome(block.intervals());
    List<Work.Draft> disputed = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      if (clash[g]) {
        disputed.add(block.groups().get(g));
      }
    }
    if (disputed.size() < 2 || !Work.acrossSources(disputed)) {
      return;
    }
    work.contradiction(
        ClaimKind.QUANTITY,
        disputed.get(0).subject,
        disputed,
        "the same quantity ("
            + unit
            + ") with the same scope is given values that cannot all be true, even allowing for"
            + " the stated approximations");
  }

  /**
   * For each interval, whether some other interval cannot meet it. Interval g meets every other one
   * iff it reaches the largest low end and the smallest high end among the others; the two best
   * values of each suffice, so this is linear instead of all pairs.
   */
  static boolean[] incompatibleWithSome(List<double[]> intervals) {
    double lo1 = Double.NEGATIVE_INFINITY;
    double lo2 = Double.NEGATIVE_INFINITY;
    double hi1 = Double.POSITIVE_INFINITY;
    double hi2 = Double.POSITIVE_INFINITY;
    for (double[] iv : intervals) {
      if (iv[0] > lo1) {
        lo2 = lo1;
        lo1 = iv[0];
      } else if (iv[0] > lo2) {
        lo2 = iv[0];
      }
      if (iv[1] < hi1) {
        hi2 = hi1;
        hi1 = iv[1];
      } else if (iv[1] < hi2) {
        hi2 = iv[1];
      }
    }
    boolean[] out = new boolean[intervals.size()];
    for (int g = 0; g < out.length; g++) {
      double[] iv = intervals.get(g);
      double maxOtherLo = iv[0] == lo1 ? lo2 : lo1;
      double minOtherHi = iv[1] == hi1 ? hi2 : hi1;
      out[g] = iv[0] > minOtherHi || iv[1] < maxOtherLo;
    }
    return out;
  }

  /** One scope-difference dispute per unit whose scoped blocks claim different values. */
  private static void scopeDifferences(String unit, List<Block> blocks, Work work) {
    List<Block> scoped =
        blocks.stream().filter(b -> b.place() != null || b.time() != null).toList();
    if (scoped.size() < 2) {
      return;
    }
    TreeSet<String> values = new TreeSet<>();
    scoped.forEach(b -> b.groups().forEach(g -> values.add(g.value)));
    if (values.size() < 2) {
      return;
    }
    boolean places = scoped.stream().map(Block::place).distinct().count() > 1;
    boolean times = scoped.stream().map(Block::time).distinct().count() > 1;
    String id = work.nextDisputeId();
    List<DisputeSide> sides = new ArrayList<>();
    List<String> claims = new ArrayList<>();
    for (Block b : scoped) {
      for (Work.Draft d : b.groups()) {
        if (sides.size() < 12) { // the biggest stories keep a readable dispute
          d.disputes.add(id);
          sides.add(d.side(b.scopeWords()));
          claims.add(d.id);
        }
      }
    }
    String what =
        places && times
            ? "places and times"
            : places ? "places" : "times (an update or a different day)";
    work.disputes.add(
        new Dispute(
            id,
            ClaimKind.QUANTITY,
            DisputeStatus.SCOPE_DIFFERENCE,
            unit,
            claims,
            sides,
            "the values are about different " + what + ", so they do not contradict each other"));
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String describe(Item item) {
    Claim c = item.claim();
    String value = format(c.value()) + (c.upper() != null ? "–" + format(c.upper()) : "");
    String q =
        c.qualifier() != null ? Words.fold(c.qualifier()).strip() : c.approximate() ? "about" : "";
    return q.isEmpty() ? value : q + " " + value;
  }
}
