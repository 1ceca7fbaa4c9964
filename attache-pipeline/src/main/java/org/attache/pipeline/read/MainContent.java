package org.attache.pipeline.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a page, as paragraphs.
 *
 * <ol>
 *   <li>Everything that is not article text goes: scripts, styles, forms, navigation, headers,
 *       footers, asides, embedded objects, hidden elements and elements whose ARIA role marks them
 *       as navigation, banner, footer, sidebar or search.
 *   <li>Each block (paragraph, list item, division, ...) is scored by its own text that is not link
 *       text, if it has at least {@value #SHORTEST_PARAGRAPH} characters of it; the block's parent
 *       gains the score and its grandparent half of it. The element with the highest score holds
 *       the article; if an {@code <article>}, {@code <main>}, {@code role=main} or {@code
 *       itemprop=articleBody} element encloses it, that element is taken instead.
 *   <li>Its blocks become paragraphs, separated by a blank line; a block that is mostly link text
 *       (a menu, a "read more") is left out.
 * </ol>
 *
 * <p>Every pass is a single iterative walk of the tree, so deep or large pages cost linear time.
 */
final class MainContent {
  static final int SHORTEST_PARAGRAPH = 25;

  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "svg",
          "math",
          "canvas",
          "video",
          "audio",
          "map",
          "form",
          "button",
          "select",
          "input",
          "textarea",
          "nav",
          "aside",
          "header",
          "footer",
          "menu",
          "dialog");

  private static final Set<String> DROPPED_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "menu",
          "menubar",
          "dialog",
          "alertdialog");

  private MainContent() {}

  /** The paragraphs of the page's main text; the page loses its non-article elements. */
  static List<String> paragraphs(Document page) {
    Element body = page.body();
    dropBoilerplate(body);
    return render(mainElement(body));
  }

  private static void dropBoilerplate(Element body) {
    List<Element> dropped = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (!element.equals(body) && isBoilerplate(element)) {
        dropped.add(element);
      }
    }
    dropped.forEach(Element::remove);
  }

  private static boolean isBoilerplate(Element element) {
    return DROPPED.contains(element.normalName())
        || DROPPED_ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT))
        || element.hasAttr("hidden")
        || element.attr("aria-hidden").strip().equalsIgnoreCase("true")
        || element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
  }

  private static Element mainElement(Element body) {
    Map<Element, Integer> ownText = ownTextByBlock(body);
    IdentityHashMap<Element, Double> scores = new IdentityHashMap<>();
    List<Element> scored = new ArrayList<>();
    for (Map.Entry<Element, Integer> block : ownText.entrySet()) {
      if (block.getValue() < SHORTEST_PARAGRAPH) {
        continue;
      }
      Element parent = block.getKey().equals(body) ? body : block.getKey().parent();
      add(scores, scored, parent, block.getValue());
      if (parent != null && !parent.equals(body) && parent.parent() != null) {
        add(scores, scored, parent.parent(), block.getValue() / 2.0);
      }
    }
    Element best = body;
    double bestScore = 0;
    for (Element candidate : scored) {
      double score = scores.get(candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    for (Element e = best; e != null && !e.equals(body); e = e.parent()) {
      if (isPreferred(e)) {
        return e;
      }
    }
    return best;
  }

  private static void add(
      IdentityHashMap<Element, Double> scores, List<Element> order, Element element, double score) {
    if (element == null) {
      return;
    }
    Double old = scores.put(element, scores.getOrDefault(element, 0.0) + score);
    if (old == null) {
      order.add(element);
    }
  }

  private static boolean isPreferred(Element element) {
    return element.nameIs("article")
        || element.nameIs("main")
        || element.attr("role").equalsIgnoreCase("main")
        || element.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** The length of the text outside links that each block holds itself, in document order. */
  private static Map<Element, Integer> ownTextByBlock(Element body) {
    Map<Element, Integer> ownText = new LinkedHashMap<>();
    new BlockWalk() {
      private final Deque<Element> blocks = new ArrayDeque<>();
      private int linkDepth;

      @Override
      void enterBlock(Element block) {
        blocks.push(block);
      }

      @Override
      void leaveBlock(Element block) {
        blocks.pop();
      }

      @Override
      void enterLink() {
        linkDepth++;
      }

      @Override
      void leaveLink() {
        linkDepth--;
      }

      @Override
      void text(String text) {
        if (linkDepth == 0 && !blocks.isEmpty()) {
          int length = visibleLength(text);
          if (length > 0) {
            ownText.merge(blocks.peek(), length, Integer::sum);
          }
        }
      }
    }.walk(body);
    return ownText;
  }

  private static int visibleLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        length++;
      }
    }
    return length;
  }

  private static List<String> render(Element main) {
    Paragraphs paragraphs = new Paragraphs();
    paragraphs.walk(main);
    paragraphs.end();
    return paragraphs.done();
  }

  /** Collects text into paragraphs, collapsing white space as a browser does. */
  private static final class Paragraphs extends BlockWalk {
    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean pendingSpace;
    private int linkDepth;
    private int linkChars;
    private int chars;

    @Override
    void enterBlock(Element block) {
      end();
    }

    @Override
    void leaveBlock(Element block) {
      end();
    }

    @Override
    void enterLink() {
      linkDepth++;
    }

    @Override
    void leaveLink() {
      linkDepth = Math.max(0, linkDepth - 1);
    }

    @Override
    void lineBreak() {
      if (current.length() > 0) {
        current.append('\n');
      }
      pendingSpace = false;
    }

    @Override
    void text(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          pendingSpace = true;
          continue;
        }
        if (pendingSpace && current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
          current.append(' ');
        }
        pendingSpace = false;
        current.append(c);
        chars++;
        if (linkDepth > 0) {
          linkChars++;
        }
      }
    }

    /** Ends the paragraph being written; one that is mostly link text is dropped. */
    void end() {
      String paragraph = SourceDocument.normaliseBody(current.toString());
      if (!paragraph.isEmpty() && linkChars * 2 <= chars) {
        done.add(paragraph);
      }
      current.setLength(0);
      pendingSpace = false;
      linkChars = 0;
      chars = 0;
    }

    List<String> done() {
      return List.copyOf(done);
    }
  }
}
