package org.triangulate.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.triangulate.core.BlockKind;

/**
 * Finds the article body in a parsed page. Four steps, each linear in the size of the page and none
 * recursive (pages nest 100,000 levels deep):
 *
 * <ol>
 *   <li>prune furniture elements by tag (scripts, navigation, forms controls, figures), by hidden
 *       state and by class/id words (share, comment, related, cookie, Kommentar, teilen, ...);
 *   <li>cut the rest into text blocks at block-level elements and {@code <br>}, recording each
 *       block's link text;
 *   <li>score every element by the good text below it (long, low-link-density blocks) minus a share
 *       of the rest, with a bonus for article markup ({@code <article>}, {@code
 *       itemprop=articleBody}, {@code entry-content}, ...), and take the best as the body root;
 *   <li>keep the root's blocks that are not furniture lines nor in a furniture box that holds less
 *       than half of the root's text, dropping headings over furniture-only sections and trimming
 *       weak blocks at both ends (short sentences right next to the text stay), with the standfirst
 *       just above the root.
 * </ol>
 *
 * <p>Class words count at the start or end of a word ("mainmenu", not "apageroot"); a post's
 * taxonomy classes ("tag-ads") and feature classes ("has-sharing") are not read, nor the class of
 * an inline element inside running text.
 *
 * <p>A root that is a single paragraph or list item is widened to its container. Quotes are never
 * pruned by their class words: embedded posts ({@code blockquote.twitter-tweet}) are quoted text.
 */
final class BodyExtraction {
  /** Ancestors a block's score is passed up to; bounds the work on deeply nested pages. */
  private static final int MAX_ANCESTORS = 30;

  /** Good blocks: at least this many non-link characters ... */
  private static final int GOOD_LENGTH = 70;

  /** ... and at most this share of link text. */
  private static final double GOOD_LINK_DENSITY = 0.3;

  private static final Set<String> DROP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "button",
          "select",
          "option",
          "input",
          "textarea",
          "label",
          "nav",
          "aside",
          "footer",
          "menu",
          "dialog",
          "figcaption",
          "figure",
          "header",
          "head",
          "video",
          "audio",
          "map",
          "picture",
          "img",
          "time",
          "address",
          "meta",
          "link",
          "math");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "dd",
          "dt",
          "dl",
          "hr",
          "center",
          "form",
          "fieldset",
          "body",
          "caption",
          "details",
          "summary");

  /** A header with a run of text this long holds the article's standfirst. */
  private static final int HEADER_LEAD_LENGTH = 100;

  /** Class or id words that mark furniture wherever they occur in the attribute. */
  private static final Stems JUNK_STEMS =
      new Stems(
          "comment|kommentar|disqus|share|sharing|sharer|social|teilen|related|verwandt|sidebar|"
              + "breadcrumb|cookie|consent|gdpr|newsletter|subscri|abonn|donat|spende|"
              + "outbrain|taboola|plista|ligatus|advert|werbung|anzeige|sponsor|promo|banner|popup|"
              + "modal|overlay|recommend|empfehl|more-?articles|read-?more|also-?read|"
              + "further-?read|weiterlesen|caption|bildunterschrift|credit|copyright|"
              + "byline|autor|author|dateline|datum|timestamp|published|posted|pubdate|"
              + "schlagw|keyword|tagcloud|tag-?list|taglist|tags|rating|bewertung|"
              + "pagination|pager|navigation|navbar|menu|footer|masthead|topbar|toolbar|skip|"
              + "drucken|login|signin|signup|register|search|suche|breaking|ticker|"
              + "infobox|factbox|meta-?data|postmeta|entry-?meta|post-?meta|article-?meta|legend|"
              + "bildunter|disclaimer|disclosure|cta|"
              + "jump|visually-?hidden|sr-only|screen-?reader|wp-caption|gallery|slider|"
              + "carousel|video|audio|podcast|player|embed|twitter|facebook|instagram|whatsapp");

  /** Class or id words that mark furniture even on an element that also looks like a body. */
  private static final Pattern STRONG_JUNK =
      Pattern.compile(
          "comment|kommentar|disqus|share|sharing|social|teilen|related|verwandt|caption",
          Pattern.CASE_INSENSITIVE);

  /** Class or id words of reader comments, which can hold more text than the article. */
  private static final Pattern COMMENT_WORDS =
      Pattern.compile(
          "comment|kommentar|disqus|reply|respond|discussion", Pattern.CASE_INSENSITIVE);

  /** Class or id words that mark furniture only as whole words. */
  private static final Pattern JUNK_WORDS =
      Pattern.compile(
          "(?:^|[\\s_-])(?:ad|ads|adv|nav|tag|tags|meta|date|time|foot|links|"
              + "aside|notice|alert|popular|trending|most-?read|meistgelesen)"
              + "(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  /** Class or id words of article bodies. */
  private static final Stems BODY_WORDS =
      new Stems(
          "article-?body|articlebody|article-?content|article-?text|articletext|entry-?content|"
              + "post-?content|post-?body|post-?entry|postcontent|story-?body|story-?content|"
              + "storycontent|storytext|news-?text|news-?content|newsbody|text-?body|body-?text|"
              + "content-?body|main-?text|maintext|artikel|beitrag|field-?body|rich-?text|"
              + "td-post-content|single-?content|blog-?content|page-?content|entry-?body|"
              + "article__body|article__content|c-article|articlecontent|inhalt");

  /** One block of text as cut from the page; its verdicts are computed once. */
  static final class TextBlock {
    private final BlockKind kind;
    private final String text;
    private final int linkChars;
    private final Element container;
    private final boolean junk;
    private final boolean good;

    /**
     * @param kind heading, paragraph, list item or quote
     * @param text whitespace-normalised text
     * @param linkChars how many of its characters are link text
     * @param container the block-level element the text sits in
     */
    TextBlock(BlockKind kind, String text, int linkChars, Element container) {
      this.kind = kind;
      this.text = text;
      this.linkChars = linkChars;
      this.container = container;
      this.junk = JunkLines.isJunk(text) || JunkLines.isDateLine(text);
      this.good =
          !junk && text.length() - linkChars >= GOOD_LENGTH && linkDensity() <= GOOD_LINK_DENSITY;
    }

    BlockKind kind() {
      return kind;
    }

    String text() {
      return text;
    }

    int linkChars() {
      return linkChars;
    }

    Element container() {
      return container;
    }

    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Page furniture by its wording. */
    boolean junk() {
      return junk;
    }

    /** Long, few links, not furniture: article-like. */
    boolean good() {
      return good;
    }
  }

  private BodyExtraction() {}

  /**
   * Literal word stems, searched with {@link String#contains}: many times faster than one regular
   * expression with a hundred alternatives on every element. Written as {@code a|b-?c}, where
   * {@code -?} stands for an optional hyphen.
   */
  private static final class Stems {
    private final String[] stems;

    Stems(String alternatives) {
      List<String> expanded = new ArrayList<>();
      for (String alternative : alternatives.split("\\|")) {
        List<String> variants = List.of("");
        for (String part : alternative.split("-\\?", -1)) {
          List<String> next = new ArrayList<>();
          for (String v : variants) {
            next.add(v.isEmpty() ? part : v + part);
            if (!v.isEmpty()) {
              next.add(v + "-" + part);
            }
          }
          variants = next;
        }
        expanded.addAll(variants);
      }
      stems =
          expanded.stream().map(x -> x.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
    }

    /**
     * Whether one stem occurs in {@code words} (as returned by {@link #classWords}) at the start or
     * the end of a word: "mainmenu" and "menu-top" hold "menu", but "apageroot" holds no "pager"
     * and "tagStyle" no "tags".
     */
    boolean foundIn(String words) {
      for (String stem : stems) {
        for (int at = words.indexOf(stem); at >= 0; at = words.indexOf(stem, at + 1)) {
          int end = at + stem.length();
          if (at == 0
              || !Character.isLetter(words.charAt(at - 1))
              || end == words.length()
              || !Character.isLetter(words.charAt(end))) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * An element's class and id in lower case, with a hyphen where camel case starts a new word
   * ("relatedPosts" becomes "related-posts") and between class names.
   */
  static String classWords(Element element) {
    return classWords(element.className() + " " + element.id());
  }

  private static String classWords(String raw) {
    StringBuilder words = new StringBuilder(raw.length() + 8);
    char previous = ' ';
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
        words.append('-');
      }
      words.append(Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c));
      previous = c;
    }
    return words.toString();
  }

  /**
   * The article blocks of {@code body}, which this prunes in place.
   *
   * @param title the known headline, dropped when repeated as a heading; may be null
   */
  static List<TextBlock> extract(Element body, String title) {
    prune(body);
    List<TextBlock> blocks = cut(body);
    if (blocks.isEmpty()) {
      return blocks;
    }
    Element root = chooseRoot(body, blocks);
    root = widen(root, body);
    return select(blocks, root, title);
  }

  /**
   * Removes furniture elements. Class and id words alone never remove an element that holds an
   * article container or most of the page's text: page wrappers are often named after menus or ads.
   */
  static void prune(Element body) {
    for (Element template :
        body.select(
            "script[type=text/template], script[type=text/html], script[type=text/x-template]")) {
      String data = template.data();
      if (data.contains("<p")) {
        Element holder = new Element("div");
        holder.append(data);
        template.replaceWith(holder);
      }
    }
    Map<Element, Subtree> subtrees = measure(body);
    Subtree total = subtrees.get(body);
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element)) {
              return node instanceof TextNode ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }
            if (element != body
                && isFurniture(
                    element, subtrees.get(element), subtrees.get(element.parent()), total)) {
              doomed.add(element);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        body);
    for (Element element : doomed) {
      element.remove();
    }
  }

  /** Text size of an element's subtree and whether it holds an article container. */
  private static final class Subtree {
    long chars;
    long longRunChars;
    boolean holdsBody;
  }

  /** One bottom-up pass over the tree, without recursion. */
  private static Map<Element, Subtree> measure(Element body) {
    Map<Element, Subtree> result = new IdentityHashMap<>();
    Deque<Subtree> stack = new ArrayDeque<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element) {
              stack.push(new Subtree());
            } else if (node instanceof TextNode text && !stack.isEmpty()) {
              int length = text.getWholeText().strip().length();
              stack.peek().chars += length;
              if (length >= GOOD_LENGTH) {
                stack.peek().longRunChars += length;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element element) || stack.isEmpty()) {
              return;
            }
            Subtree own = stack.pop();
            if (element.normalName().equals("article")
                || isMain(element)
                || isBodyMarked(element)) {
              own.holdsBody = true;
            }
            result.put(element, own);
            if (!stack.isEmpty()) {
              stack.peek().chars += own.chars;
              stack.peek().longRunChars += own.longRunChars;
              stack.peek().holdsBody |= own.holdsBody;
            }
          }
        },
        body);
    return result;
  }

  private static boolean isFurniture(
      Element element, Subtree subtree, Subtree parent, Subtree total) {
    String tag = element.normalName();
    if (DROP_TAGS.contains(tag)) {
      if (tag.equals("header")) {
        // an article's own header holds its lead; title, date and byline lines go later
        return !((subtree != null
                && (subtree.holdsBody || subtree.longRunChars >= HEADER_LEAD_LENGTH))
            || PageMetadata.inArticle(element));
      }
      return true;
    }
    if (element.hasAttr("hidden")
        || "true".equals(element.attr("aria-hidden"))
        || "dialog".equals(element.attr("role"))
        || "navigation".equals(element.attr("role"))
        || "complementary".equals(element.attr("role"))
        || "contentinfo".equals(element.attr("role"))) {
      return true;
    }
    String style = element.attr("style");
    if (!style.isEmpty()) {
      String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
      if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
        return true;
      }
    }
    String words = withoutTaxonomy(element.className()) + " " + element.id();
    if (words.isBlank()
        || tag.equals("article")
        || tag.equals("main")
        || tag.equals("body")
        || tag.equals("blockquote")) { // embedded posts are quotes of the article
      return false;
    }
    boolean strong = STRONG_JUNK.matcher(words).find();
    if (isBodyMarked(element) && !strong) {
      return false;
    }
    if (subtree != null && total != null) {
      boolean comments = COMMENT_WORDS.matcher(words).find();
      if (subtree.holdsBody
          || subtree.chars * 2 > total.chars
          || (!comments && subtree.longRunChars * 5 > total.longRunChars * 2)) {
        return false;
      }
    }
    if (inRunningText(tag, subtree, parent)) {
      return false;
    }
    return strong || JUNK_STEMS.foundIn(classWords(words)) || JUNK_WORDS.matcher(words).find();
  }

  /** Inline elements whose class words are read only when they are not inside running text. */
  private static final Set<String> INLINE_TAGS =
      Set.of("span", "a", "em", "strong", "b", "i", "small", "sup", "sub", "font", "abbr", "cite");

  /**
   * An inline element inside a paragraph with more text around it ("
   *
   * <p><span class=dateline>KOBE -</span> A total of ...") is part of the sentence, whatever its
   * class says.
   */
  private static boolean inRunningText(String tag, Subtree own, Subtree parent) {
    return INLINE_TAGS.contains(tag)
        && own != null
        && parent != null
        && parent.chars - own.chars >= RUNNING_TEXT;
  }

  /** How much text around an inline element makes it part of running text. */
  private static final int RUNNING_TEXT = 40;

  /**
   * The classes content systems put on a post: WordPress' "post-12 type-post hentry", Drupal's
   * "node node-article".
   */
  private static final Pattern POST_CLASS =
      Pattern.compile("(?:^|\\s)(?:hentry|type-[\\w-]+|post-\\d+|node)(?=\\s|$)");

  /** A post's labels: its topics, format and state ("tag-ads", "node-promoted"). */
  private static final Pattern TAXONOMY_CLASS =
      Pattern.compile("(?:^|\\s)(?:tag|category|format|status|author|post_tag|node)-\\S+");

  /** Classes that say what an element has, not what it is ("has-sharing", "with-comments"). */
  private static final Pattern FEATURE_CLASS = Pattern.compile("(?:^|\\s)(?:has|with|no)-\\S+");

  /**
   * The class names without a post's taxonomy labels ("tag-comments", "category-ads") and without
   * feature classes ("has-sharing"): neither says the element is furniture.
   */
  static String withoutTaxonomy(String className) {
    if (className.indexOf('-') < 0) {
      return className;
    }
    String words = className;
    if (words.contains("has-") || words.contains("with-") || words.contains("no-")) {
      words = FEATURE_CLASS.matcher(words).replaceAll(" ");
    }
    if (!(words.contains("hentry")
            || words.contains("type-")
            || words.contains("post-")
            || words.contains("node"))
        || !POST_CLASS.matcher(words).find()) {
      return words;
    }
    return TAXONOMY_CLASS.matcher(words).replaceAll(" ");
  }

  private static boolean isBodyMarked(Element element) {
    if (element.attributesSize() == 0) {
      return false;
    }
    if ("articleBody".equalsIgnoreCase(element.attr("itemprop"))) {
      return true;
    }
    return BODY_WORDS.foundIn(classWords(element));
  }

  /** Cuts the text under {@code body} into blocks at block-level elements and line breaks. */
  static List<TextBlock> cut(Element body) {
    List<TextBlock> blocks = new ArrayList<>();
    NodeTraversor.traverse(new Cutter(blocks, body), body);
    return blocks;
  }

  private static final class Cutter implements NodeVisitor {
    private final List<TextBlock> blocks;
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int headingDepth;
    private int listDepth;
    private int quoteDepth;

    Cutter(List<TextBlock> blocks, Element body) {
      this.blocks = blocks;
      open.push(body);
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        append(textNode.text());
        return;
      }
      if (!(node instanceof Element element)) {
        return;
      }
      String tag = element.normalName();
      if (tag.equals("br")) {
        flush();
        return;
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      if (BLOCK_TAGS.contains(tag) || isHeading(tag)) {
        flush();
        open.push(element);
        if (isHeading(tag)) {
          headingDepth++;
        } else if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
          listDepth++;
        } else if (tag.equals("blockquote")) {
          quoteDepth++;
        }
      } else if (tag.equals("td") || tag.equals("th")) {
        append(" ");
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      String tag = element.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      }
      if (BLOCK_TAGS.contains(tag) || isHeading(tag)) {
        flush();
        if (!open.isEmpty() && open.peek() == element) {
          open.pop();
        }
        if (isHeading(tag)) {
          headingDepth--;
        } else if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
          listDepth--;
        } else if (tag.equals("blockquote")) {
          quoteDepth--;
        }
      }
    }

    private void append(String raw) {
      if (raw.isEmpty()) {
        return;
      }
      int before = text.length();
      boolean space = before > 0 && text.charAt(before - 1) == ' ';
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
          if (!space && text.length() > 0) {
            text.append(' ');
            space = true;
          }
        } else {
          text.append(c);
          space = false;
        }
      }
      if (linkDepth > 0) {
        linkChars += text.length() - before;
      }
    }

    private void flush() {
      String value = text.toString().strip();
      if (!value.isEmpty()) {
        BlockKind kind =
            headingDepth > 0
                ? BlockKind.HEADING
                : listDepth > 0
                    ? BlockKind.LIST_ITEM
                    : quoteDepth > 0 ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
        blocks.add(
            new TextBlock(kind, value, Math.min(linkChars, value.length()), open.peekFirst()));
      }
      text.setLength(0);
      linkChars = 0;
    }
  }

  private static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  /** The element whose text is most article-like. */
  static Element chooseRoot(Element body, List<TextBlock> blocks) {
    Map<Element, double[]> scores = new IdentityHashMap<>();
    double totalGood = 0;
    for (TextBlock block : blocks) {
      boolean good = block.good();
      double goodChars = good ? block.text().length() - block.linkChars() : 0;
      double otherChars = good ? block.linkChars() : block.text().length();
      totalGood += goodChars;
      Element e = block.container();
      for (int level = 0; e != null && level < MAX_ANCESTORS; level++) {
        double[] s = scores.computeIfAbsent(e, k -> new double[2]);
        s[0] += goodChars;
        s[1] += otherChars;
        if (e == body) {
          break;
        }
        e = e.parent();
      }
    }
    if (totalGood == 0) {
      return body;
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
      double[] s = entry.getValue();
      double score = s[0] - 0.3 * s[1];
      Element e = entry.getKey();
      if (s[0] >= 0.3 * totalGood
          && (e.normalName().equals("article") || isBodyMarked(e) || isMain(e))) {
        score *= 1.25;
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  private static boolean isMain(Element e) {
    return e.normalName().equals("main") || "main".equals(e.attr("role"));
  }

  /** The blocks inside {@code root} that are article text. */
  private static List<TextBlock> select(List<TextBlock> blocks, Element root, String title) {
    Set<Element> under = Collections.newSetFromMap(new IdentityHashMap<>());
    under.addAll(root.getAllElements());
    List<TextBlock> inside = new ArrayList<>();
    int firstInside = -1;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (under.contains(block.container())) {
        inside.add(block);
        if (firstInside < 0) {
          firstInside = i;
        }
      }
    }
    String normalisedTitle = title == null ? null : normalise(title);
    Set<TextBlock> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    dropped.addAll(inBoxes(inside, root));
    if (firstInside > 0) {
      inside.addAll(0, leads(blocks, firstInside, normalisedTitle));
    }
    for (TextBlock block : inside) {
      if (block.junk() || block.linkDensity() > 0.5) {
        dropped.add(block);
      }
    }
    List<TextBlock> kept = new ArrayList<>();
    for (int i = 0; i < inside.size(); i++) {
      TextBlock block = inside.get(i);
      if (dropped.contains(block)) {
        continue;
      }
      if (block.kind() == BlockKind.HEADING
          && ((normalisedTitle != null && normalise(block.text()).equals(normalisedTitle))
              || headsNothing(inside, i, dropped))) {
        continue;
      }
      kept.add(block);
    }
    int first = 0;
    while (first < kept.size()
        && !kept.get(first).good()
        && kept.get(first).kind() != BlockKind.HEADING) {
      first++;
    }
    int last = kept.size() - 1;
    while (last >= first && !kept.get(last).good()) {
      last--;
    }
    if (last < first) {
      return kept;
    }
    // short sentences that open or close the text (greetings, sign-offs) belong to it
    for (int n = 0;
        n < EDGE_WINDOW && last + 1 < kept.size() && keptAtEdge(kept.get(last + 1));
        n++) {
      last++;
    }
    for (int n = 0; n < EDGE_WINDOW && first > 0 && keptAtEdge(kept.get(first - 1)); n++) {
      first--;
    }
    // a list right before the text is one of its parts (ingredients, a summary)
    Element list = null;
    while (first > 0 && inSameList(kept.get(first - 1), list)) {
      list = listOf(kept.get(--first));
    }
    return new ArrayList<>(kept.subList(first, last + 1));
  }

  /** A few-links list item of {@code list}, or of any list when that is null. */
  private static boolean inSameList(TextBlock block, Element list) {
    if (block.kind() != BlockKind.LIST_ITEM || block.linkDensity() > 0.2) {
      return false;
    }
    Element own = listOf(block);
    return own != null && (list == null || own == list);
  }

  /** The {@code <ul>}, {@code <ol>} or {@code <dl>} a list item's text sits in, or null. */
  private static Element listOf(TextBlock block) {
    Element e = block.container();
    for (int level = 0; e != null && level < 4; level++, e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) {
        return e;
      }
    }
    return null;
  }

  /**
   * The blocks of boxes inside the root: below an element whose class words say furniture (related,
   * newsletter, teaser, ...) and that holds less than half of the root's text. The first pass
   * spares such elements when they hold much of the page's text; once the root is known, a box that
   * is not most of it is furniture in the article (a related-posts list with long excerpts, a
   * newsletter box at the end).
   */
  private static List<TextBlock> inBoxes(List<TextBlock> inside, Element root) {
    Map<Element, long[]> textUnder = new IdentityHashMap<>();
    long rootChars = 0;
    for (TextBlock block : inside) {
      rootChars += block.text().length();
      Element e = block.container();
      for (int level = 0; e != null && e != root && level < MAX_ANCESTORS; level++) {
        textUnder.computeIfAbsent(e, k -> new long[1])[0] += block.text().length();
        e = e.parent();
      }
    }
    Map<Element, Boolean> boxes = new IdentityHashMap<>();
    List<TextBlock> result = new ArrayList<>();
    for (TextBlock block : inside) {
      Element e = block.container();
      for (int level = 0; e != null && e != root && level < MAX_ANCESTORS; level++) {
        Element candidate = e;
        long chars = textUnder.get(e)[0];
        if (boxes.computeIfAbsent(e, k -> hasFurnitureWords(candidate)) && chars * 2 < rootChars) {
          result.add(block);
          break;
        }
        e = e.parent();
      }
    }
    return result;
  }

  /** Class or id words of furniture on a block-level element that is not an article container. */
  private static boolean hasFurnitureWords(Element element) {
    String tag = element.normalName();
    if (INLINE_TAGS.contains(tag)
        || tag.equals("article")
        || tag.equals("main")
        || tag.equals("blockquote")
        || tag.equals("p")
        || isHeading(tag)) {
      return false;
    }
    String words = withoutTaxonomy(element.className()) + " " + element.id();
    if (words.isBlank()) {
      return false;
    }
    boolean strong = STRONG_JUNK.matcher(words).find();
    if (isBodyMarked(element) && !strong) {
      return false;
    }
    return strong || JUNK_STEMS.foundIn(classWords(words)) || JUNK_WORDS.matcher(words).find();
  }

  /**
   * A heading whose section is all furniture (a list of links, a share bar): the title of a box,
   * such as "Related articles" or "More on this topic".
   */
  private static boolean headsNothing(List<TextBlock> inside, int heading, Set<TextBlock> dropped) {
    boolean furniture = false;
    for (int i = heading + 1; i < inside.size(); i++) {
      TextBlock block = inside.get(i);
      if (block.kind() == BlockKind.HEADING) {
        break;
      }
      if (!dropped.contains(block)) {
        return false;
      }
      furniture = true;
    }
    return furniture;
  }

  private static final Set<String> LEAF_TAGS =
      Set.of(
          "p",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "dd",
          "dt",
          "td",
          "th",
          "span",
          "blockquote",
          "pre",
          "a",
          "b",
          "strong",
          "em",
          "i",
          "font");

  /** A single paragraph or list item is never the whole article: its container is. */
  static Element widen(Element root, Element body) {
    Element e = root;
    while (e != body && e.parent() != null && LEAF_TAGS.contains(e.normalName())) {
      e = e.parent();
    }
    return e;
  }

  /** How many blocks before the body are searched for its lead. */
  private static final int LEAD_WINDOW = 3;

  /** A lead is at least this long (a sentence, not a kicker or a label). */
  private static final int LEAD_LENGTH = 80;

  /** How many short blocks next to the first or last long block are kept at most. */
  private static final int EDGE_WINDOW = 3;

  /**
   * The standfirst just above the body: long, link-free paragraphs right before its first block,
   * past date, byline and title lines.
   */
  private static List<TextBlock> leads(List<TextBlock> blocks, int firstInside, String title) {
    List<TextBlock> leads = new ArrayList<>();
    for (int i = firstInside - 1, seen = 0; i >= 0 && seen < LEAD_WINDOW; i--, seen++) {
      TextBlock block = blocks.get(i);
      if (block.junk() || (title != null && normalise(block.text()).equals(title))) {
        continue;
      }
      boolean lead =
          (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.HEADING)
              && block.text().length() >= LEAD_LENGTH
              && block.linkChars() == 0;
      if (!lead) {
        break;
      }
      leads.add(0, block);
    }
    return leads;
  }

  /**
   * A short block next to the article's first or last long block that still reads as its text: a
   * {@code <p>} of a few words with few links, not a label ("More topics:") nor a shouted kicker.
   */
  private static boolean keptAtEdge(TextBlock block) {
    String text = block.text();
    return block.kind() == BlockKind.PARAGRAPH
        && block.linkDensity() <= 0.2
        && block.container().normalName().equals("p")
        && !text.endsWith(":")
        && words(text) >= 4
        && !text.toUpperCase(Locale.ROOT).equals(text);
  }

  private static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
