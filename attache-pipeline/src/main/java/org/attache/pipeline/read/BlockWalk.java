package org.attache.pipeline.read;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One iterative walk of a page's tree as {@link MainContent} reads it: where blocks (paragraphs,
 * list items, divisions, ...) and links begin and end, line breaks, and text. Each step does
 * nothing unless a walk overrides it.
 */
abstract class BlockWalk implements NodeVisitor {
  private static final Set<String> BLOCKS =
      Set.of(
          "body",
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "figure",
          "figcaption",
          "address",
          "hr",
          "center",
          "details",
          "summary",
          "fieldset",
          "hgroup");

  /** Walks the tree under {@code root}, the root included, in document order. */
  final void walk(Element root) {
    NodeTraversor.traverse(this, root);
  }

  @Override
  public final void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      text(text.getWholeText());
    } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
      enterBlock(element);
    } else if (node instanceof Element element && element.nameIs("br")) {
      lineBreak();
    } else if (node instanceof Element element && element.nameIs("a")) {
      enterLink();
    }
  }

  @Override
  public final void tail(Node node, int depth) {
    if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
      leaveBlock(element);
    } else if (node instanceof Element element && element.nameIs("a")) {
      leaveLink();
    }
  }

  void enterBlock(Element block) {}

  void leaveBlock(Element block) {}

  void enterLink() {}

  void leaveLink() {}

  void lineBreak() {}

  void text(String text) {}
}
