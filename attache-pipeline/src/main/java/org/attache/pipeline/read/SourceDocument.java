package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One document as read from its source, before any analysis.
 *
 * <p>Title and body are normalised on construction: Unicode NFC, line ends {@code \n}, trailing
 * whitespace removed from every line, leading and trailing blank lines removed; the title is one
 * line with runs of whitespace collapsed to one space. So {@link #text()} is already in normal form
 * and the same content read from a file, a page or a corpus line has the same {@link #id()}.
 *
 * @param source where it was read from: a file path, or {@code path#id} / {@code path:line} for an
 *     item of a JSON Lines corpus
 * @param title the title, if the source gives one; never blank
 * @param published the publication date, if the source gives one
 * @param body the text of the document without its title; never blank
 * @param url the address the document was published at, if the source names it
 */
public record SourceDocument(
    String source,
    Optional<String> title,
    Optional<LocalDate> published,
    String body,
    Optional<String> url) {

  /** Separates the title from the body in {@link #text()}. */
  public static final String TITLE_SEPARATOR = "\n\n";

  public SourceDocument {
    requireNonNull(source, "source is null");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source is blank");
    }
    requireNonNull(title, "title is null");
    title = title.map(SourceDocument::normaliseTitle);
    if (title.isPresent() && title.get().isEmpty()) {
      throw new IllegalArgumentException("title is blank in " + source);
    }
    requireNonNull(published, "published is null");
    requireNonNull(body, "body is null");
    body = normaliseBody(body);
    if (body.isEmpty()) {
      throw new IllegalArgumentException("body is blank in " + source);
    }
    requireNonNull(url, "url is null");
    url = url.map(String::strip).filter(u -> !u.isEmpty());
  }

  /** A document whose source names no address. */
  public SourceDocument(
      String source, Optional<String> title, Optional<LocalDate> published, String body) {
    this(source, title, published, body, Optional.empty());
  }

  /**
   * The string the extractor reads, and into which every span of a record points: the title, a
   * blank line and the body when there is a title, otherwise the body alone.
   */
  public String text() {
    return title.map(t -> t + TITLE_SEPARATOR + body).orElse(body);
  }

  /** SHA-256 of {@link #text()} in UTF-8, as 64 lower-case hex digits. */
  public String id() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text().getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /**
   * Puts a text in the normal form of the body: NFC, {@code \n} line ends, no trailing whitespace
   * on any line, no leading or trailing blank lines.
   */
  static String normaliseBody(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String[] lines = nfc.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    StringBuilder out = new StringBuilder(nfc.length());
    for (String line : lines) {
      out.append(line.stripTrailing()).append('\n');
    }
    int start = 0;
    while (start < out.length() && out.charAt(start) == '\n') {
      start++;
    }
    int end = out.length();
    while (end > start && out.charAt(end - 1) == '\n') {
      end--;
    }
    return out.substring(start, end);
  }

  /**
   * A title in normal form (NFC, one line, runs of white space as one space), or empty if nothing
   * but white space is left.
   */
  static Optional<String> normalTitle(String title) {
    return Optional.of(normaliseTitle(title)).filter(t -> !t.isEmpty());
  }

  private static String normaliseTitle(String title) {
    String nfc = Normalizer.normalize(title, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
