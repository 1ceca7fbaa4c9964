package org.attache.store.query;

import java.util.Optional;

/**
 * What names a document in a list or on its page: its title, or failing one the start of its first
 * line, cut at a word and marked as cut.
 */
public final class Headings {
  /** The longest heading taken from a document's first line, in characters. */
  public static final int LONGEST = 80;

  private Headings() {}

  /**
   * The heading of a document.
   *
   * @param title the document's title, if it has one
   * @param opening the start of the document's text (at least {@value #LONGEST} characters of it
   *     when it has them)
   */
  public static String of(Optional<String> title, String opening) {
    if (title.isPresent() && !title.get().isBlank()) {
      return title.get().strip();
    }
    String line = opening.strip();
    int end = line.indexOf('\n');
    line = (end < 0 ? line : line.substring(0, end)).strip();
    if (line.isEmpty()) {
      return "Untitled document";
    }
    if (line.length() <= LONGEST) {
      return line;
    }
    int cut = line.lastIndexOf(' ', LONGEST - 1);
    return line.substring(0, cut > LONGEST / 2 ? cut : LONGEST - 1).strip() + "…";
  }
}
