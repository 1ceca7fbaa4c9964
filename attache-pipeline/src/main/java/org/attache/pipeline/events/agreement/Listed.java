package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Span;

/**
 * Lists of signed or adopted documents: a line that ends in a colon and announces documents ("The
 * following documents were signed:", "The six MoUs signed are as follows:", "The list of agreements
 * signed by the two countries:"), then the lines that start as items of a list ("1.", "2)", "-",
 * "•"), each one document. Read from the text, whatever its sentences.
 */
final class Listed {
  /** A list: the heading's span and the span of each item, the marker left out. */
  record DocumentList(Span heading, List<Span> items) {}

  private static final Pattern ITEM =
      Pattern.compile("[ \\t]*(?:\\d{1,2}[.)]|[-\\u2013\\u2014\\u2022*\\u25aa])[ \\t]*");
  private static final Pattern ANNOUNCES =
      Pattern.compile(
          "\\b(?:documents?|instruments?|agreements?|memorand\\w*|mous?|treaties|treaty|protocols?"
              + "|declarations?|statements?|conventions?|contracts?|accords?)\\b",
          Pattern.CASE_INSENSITIVE);

  private Listed() {}

  static List<DocumentList> in(String text) {
    List<DocumentList> lists = new ArrayList<>();
    List<Span> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      Span line = lines.get(i);
      String words = text.substring(line.start(), line.end()).strip();
      if (!words.endsWith(":") || !ANNOUNCES.matcher(words).find()) {
        continue;
      }
      List<Span> items = new ArrayList<>();
      int j = i + 1;
      while (j < lines.size()) {
        Span next = lines.get(j);
        Matcher item = ITEM.matcher(text).region(next.start(), next.end());
        if (!item.lookingAt() || item.end() >= next.end()) {
          break;
        }
        items.add(new Span(item.end(), trimEnd(text, item.end(), next.end())));
        j++;
      }
      if (!items.isEmpty()) {
        lists.add(new DocumentList(line, items));
        i = j - 1;
      }
    }
    return lists;
  }

  /** The non-blank lines of the text. */
  private static List<Span> lines(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(start, i).isBlank()) {
          lines.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && " \t;.,".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  static String lower(String text, Span span) {
    return text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
  }
}
