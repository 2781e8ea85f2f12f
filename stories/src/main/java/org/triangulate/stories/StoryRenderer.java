package org.triangulate.stories;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.triangulate.core.Checks;
import org.triangulate.core.Problem;
import org.triangulate.core.Story;

/**
 * Plain-text views of stories for the command line: a table of stories and one story in full.
 * Control characters from scraped titles are replaced, so output is safe for a terminal.
 */
public final class StoryRenderer {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private StoryRenderer() {}

  /** How to order a story list. */
  public enum Order {
    /** Most recent last article first. */
    NEWEST(
        Comparator.comparing(
                (Story s) -> s.lastSeen() == null ? Instant.MIN : s.lastSeen(),
                Comparator.reverseOrder())
            .thenComparing(Story::id)),
    /** Most articles first. */
    LARGEST(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));

    private final Comparator<Story> comparator;

    Order(Comparator<Story> comparator) {
      this.comparator = comparator;
    }

    public Comparator<Story> comparator() {
      return comparator;
    }
  }

  /**
   * One line per story: id, size, independent sources ({@code -} until provenance is known), last
   * seen, flags and label.
   *
   * @param limit the most stories to show; a last line says how many were left out
   */
  public static String list(List<Story> stories, Order order, int limit) {
    Checks.notNull("stories", stories);
    Checks.notNull("order", order);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    List<Story> sorted = new ArrayList<>(stories);
    sorted.sort(order.comparator());
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-14s %5s %5s  %-16s  %-5s  %s%n",
            "STORY",
            "SIZE",
            "INDEP",
            "LAST SEEN",
            "FLAGS",
            "LABEL"));
    int shown = Math.min(limit, sorted.size());
    for (Story s : sorted.subList(0, shown)) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-14s %5d %5s  %-16s  %-5s  %s%n",
              clean(s.id()),
              s.size(),
              s.independentSourceCount().isPresent()
                  ? Integer.toString(s.independentSourceCount().getAsInt())
                  : "-",
              s.lastSeen() == null ? "-" : TIME.format(s.lastSeen()),
              s.problems().isEmpty() ? "" : "!" + s.problems().size(),
              shorten(clean(s.label()), 90)));
    }
    if (sorted.size() > shown) {
      out.append(String.format(Locale.ROOT, "... %d more stories%n", sorted.size() - shown));
    }
    return out.toString();
  }

  /** One story in full; articles are listed by id. */
  public static String story(Story story) {
    return story(story, id -> null);
  }

  /**
   * One story in full.
   *
   * @param describe a line for an article id (such as its site and title), or null for the id only
   */
  public static String story(Story story, Function<String, String> describe) {
    Checks.notNull("story", story);
    Checks.notNull("describe", describe);
    StringBuilder out = new StringBuilder();
    out.append("story      ").append(clean(story.id())).append('\n');
    out.append("label      ").append(clean(story.label())).append('\n');
    out.append("articles   ").append(story.size()).append('\n');
    out.append("sources    ")
        .append(
            story.independentSourceCount().isPresent()
                ? story.independentSourceCount().getAsInt() + " independent"
                : "independent sources not yet computed")
        .append('\n');
    if (story.firstSeen() != null) {
      out.append("seen       ")
          .append(TIME.format(story.firstSeen()))
          .append(" .. ")
          .append(TIME.format(story.lastSeen()))
          .append(" UTC\n");
    }
    out.append("languages  ")
        .append(story.languages().isEmpty() ? "-" : String.join(", ", story.languages()))
        .append('\n');
    out.append('\n');
    int n = 1;
    for (String id : story.articleIds()) {
      String line = describe.apply(id);
      out.append(String.format(Locale.ROOT, "%4d. %s", n++, clean(id)));
      if (line != null && !line.isBlank()) {
        out.append("  ").append(shorten(clean(line), 120));
      }
      out.append('\n');
    }
    if (!story.problems().isEmpty()) {
      out.append('\n').append("problems\n");
      for (Problem p : story.problems()) {
        out.append("  ").append(clean(p.toString())).append('\n');
      }
    }
    return out.toString();
  }

  /** Replaces control characters (terminal escapes, line breaks) by a space. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    return out.toString().strip();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
