package org.attache.pipeline.read;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a plain text document, in one of two forms.
 *
 * <p>With a header: lines {@code TITLE: ...}, {@code DATE: ...} and {@code SOURCE: ...} (any of
 * them may be empty, other {@code KEY: value} lines are ignored) closed by a line {@code ---}, then
 * the body. The header is taken as it is: an empty title means the document has none.
 *
 * <p>Without a header: the first non-blank line is the title when it looks like one (at most
 * {@value #LONGEST_TITLE} characters, not ending a sentence) and something follows it; the body is
 * what follows it. Otherwise the whole text is the body.
 */
final class PlainTextReader {
  static final int LONGEST_TITLE = 200;

  /** How many lines a header may have before its closing {@code ---}. */
  private static final int LONGEST_HEADER = 20;

  private static final String SENTENCE_ENDS = ".!?…:;";
  private static final String CLOSERS = "\"'”’»)]";

  private PlainTextReader() {}

  /**
   * Reads a decoded text.
   *
   * @param source where the text was read from
   * @param text the decoded text
   * @param fallbackDate the publication date to take when the text gives none
   * @throws ReadException if the text holds nothing but white space
   */
  static SourceDocument read(String source, String text, Optional<LocalDate> fallbackDate) {
    List<String> lines = List.of(SourceDocument.normaliseBody(text).split("\n", -1));
    Optional<Integer> headerEnd = headerEnd(lines);
    if (headerEnd.isPresent()) {
      Map<String, String> header = header(lines.subList(0, headerEnd.get()));
      String body = join(lines.subList(headerEnd.get() + 1, lines.size()));
      Optional<LocalDate> published =
          Optional.ofNullable(header.get("DATE")).flatMap(Dates::parse).or(() -> fallbackDate);
      Optional<String> url =
          Optional.ofNullable(header.get("SOURCE"))
              .or(() -> Optional.ofNullable(header.get("URL")));
      return document(source, Optional.ofNullable(header.get("TITLE")), published, body, url);
    }
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      throw new ReadException("no text");
    }
    String candidate = lines.get(first).strip();
    String rest = join(lines.subList(first + 1, lines.size()));
    if (isTitle(candidate) && !rest.isBlank()) {
      return document(source, Optional.of(candidate), fallbackDate, rest, Optional.empty());
    }
    return document(source, Optional.empty(), fallbackDate, join(lines), Optional.empty());
  }

  private static SourceDocument document(
      String source,
      Optional<String> title,
      Optional<LocalDate> published,
      String body,
      Optional<String> url) {
    if (body.isBlank()) {
      throw new ReadException("no text");
    }
    return new SourceDocument(
        source,
        title.flatMap(SourceDocument::normalTitle),
        published,
        body,
        url.filter(u -> !u.isBlank()));
  }

  /** The index of the {@code ---} line closing a header at the start, if there is one. */
  private static Optional<Integer> headerEnd(List<String> lines) {
    boolean known = false;
    for (int i = 0; i < Math.min(lines.size(), LONGEST_HEADER + 1); i++) {
      String line = lines.get(i);
      if (line.strip().equals("---")) {
        return known ? Optional.of(i) : Optional.empty();
      }
      Optional<String> key = key(line);
      if (key.isEmpty()) {
        return Optional.empty();
      }
      known |= List.of("TITLE", "DATE", "SOURCE").contains(key.get());
    }
    return Optional.empty();
  }

  private static Map<String, String> header(List<String> lines) {
    Map<String, String> header = new HashMap<>();
    for (String line : lines) {
      key(line)
          .ifPresent(k -> header.putIfAbsent(k, line.substring(line.indexOf(':') + 1).strip()));
    }
    return header;
  }

  /** The upper-cased key of a {@code KEY: value} line: letters, digits, '-' and '_'. */
  private static Optional<String> key(String line) {
    int colon = line.indexOf(':');
    if (colon < 1 || colon > 32) {
      return Optional.empty();
    }
    for (int i = 0; i < colon; i++) {
      char c = line.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
        return Optional.empty();
      }
    }
    return Optional.of(line.substring(0, colon).toUpperCase(Locale.ROOT));
  }

  private static boolean isTitle(String line) {
    if (line.length() > LONGEST_TITLE) {
      return false;
    }
    int end = line.length();
    while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && SENTENCE_ENDS.indexOf(line.charAt(end - 1)) < 0;
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }
}
