package org.triangulate.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.core.Article;
import org.triangulate.core.compare.ClaimKind;
import org.triangulate.core.compare.Evidence;
import org.triangulate.core.facts.ArticleFacts;
import org.triangulate.core.facts.Entity;
import org.triangulate.core.facts.EntityType;
import org.triangulate.core.facts.Mention;

/**
 * Who holds a role: a person named next to a specific role ("Infrastructure Minister Oskar
 * Lindqvar", "Anneke Dorval, the mayor of Pellvar") is an identification claim; one specific role
 * given to two different people is a contradiction. Only roles with a qualifier (a capitalised
 * modifier or "of Place") count: "the minister" alone is too vague to contradict anything.
 */
final class Identifications {
  private Identifications() {}

  private static final String ROLE =
      "(governor|mayor|minister|spokesperson|spokesman|spokeswoman|director|president|prime"
          + " minister|chief executive|ceo|chairman|chairwoman|chair|commissioner|police chief|head"
          + " of police|general|secretary|ambassador|leader)";
  private static final String TARGET = "([\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*){0,3})";
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?:([\\p{Lu}][\\p{L}-]*)\\s+)?(?i:"
              + ROLE
              + ")(?:\\s+(?:of|for)\\s+(?:the\\s+)?"
              + TARGET
              + ")?\\s*,?\\s*$");
  private static final Pattern AFTER =
      Pattern.compile(
          "^\\s*,\\s*(?:the|a|an)\\s+(?:([\\p{Lu}][\\p{L}-]*)\\s+)?(?i:"
              + ROLE
              + ")(?:\\s+(?:of|for)\\s+(?:the\\s+)?"
              + TARGET
              + ")?");

  private record Found(String role, String entity, String name, Evidence evidence) {}

  static void compare(List<ArticleFacts> facts, Map<String, Entity> storyEntities, Work work) {
    List<Entity> entities = new ArrayList<>(storyEntities.values());
    boolean storyLevel = !entities.isEmpty();
    if (!storyLevel) {
      facts.forEach(af -> entities.addAll(af.entities()));
    }
    Map<String, Map<String, List<Found>>> byRole = new LinkedHashMap<>();
    entities.sort(java.util.Comparator.comparing(Entity::id));
    for (Entity entity : entities) {
      if (entity.type() != EntityType.PERSON) {
        continue;
      }
      String key = storyLevel ? entity.id() : Words.key(entity.name());
      for (Mention m : entity.mentions()) {
        Article article = work.articles.get(m.article());
        if (article == null || m.end() > article.text().length()) {
          continue;
        }
        Found f = find(article, m, key, entity.name(), work);
        if (f != null) {
          byRole
              .computeIfAbsent(f.role(), k -> new LinkedHashMap<>())
              .computeIfAbsent(f.entity(), k -> new ArrayList<>())
              .add(f);
        }
      }
    }
    for (Map.Entry<String, Map<String, List<Found>>> role : byRole.entrySet()) {
      List<Work.Draft> drafts = new ArrayList<>();
      for (List<Found> person : role.getValue().values()) {
        Work.Draft d = work.draft(ClaimKind.IDENTIFICATION, role.getKey(), person.get(0).name());
        person.forEach(f -> d.evidence.add(f.evidence()));
        drafts.add(d);
      }
      if (drafts.size() < 2 || !Work.acrossSources(drafts)) {
        continue;
      }
      work.contradiction(
          ClaimKind.IDENTIFICATION,
          role.getKey(),
          drafts,
          "different people are named as the " + role.getKey());
    }
  }

  private static Found find(Article article, Mention m, String key, String name, Work work) {
    String text = article.text();
    Sentences.Range s = work.sentenceAt(m.article(), m.start());
    int from = Math.max(s.start(), m.start() - 60);
    Matcher before = BEFORE.matcher(text.substring(from, m.start()));
    if (before.find()) {
      String role = role(before.group(1), before.group(2), before.group(3));
      if (role != null) {
        Evidence ev = work.evidence(m.article(), from + before.start(), m.end(), "role");
        return ev == null ? null : new Found(role, key, name, ev);
      }
    }
    int to = Math.min(Math.max(s.end(), m.end()), m.end() + 80);
    Matcher after = AFTER.matcher(text.substring(m.end(), to));
    if (after.find()) {
      String role = role(after.group(1), after.group(2), after.group(3));
      if (role != null) {
        Evidence ev = work.evidence(m.article(), m.start(), m.end() + after.end(), "role");
        return ev == null ? null : new Found(role, key, name, ev);
      }
    }
    return null;
  }

  /** "infrastructure minister", "mayor of pellvar"; null for a role without a qualifier. */
  private static String role(String modifier, String role, String target) {
    String r = Words.fold(role).replaceAll("\\s+", " ");
    if (target != null) {
      return r + " of " + Words.key(target);
    }
    if (modifier != null && !Words.STOP.contains(Words.fold(modifier))) {
      return Words.fold(modifier) + " " + r;
    }
    return null;
  }
}
