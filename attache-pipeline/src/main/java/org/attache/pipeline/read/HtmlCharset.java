package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;

/**
 * The charset an HTML page declares for itself, in a {@code <meta charset>}, a {@code <meta
 * http-equiv="Content-Type">} or an XML declaration near its start. A page that declares none, or
 * one this JVM does not know, is read as UTF-8.
 */
final class HtmlCharset {
  /** How far into the page a declaration is looked for. */
  private static final int PRESCAN_BYTES = 4096;

  private HtmlCharset() {}

  static Charset of(byte[] bytes) {
    if (Decoding.hasUtf8Bom(bytes)) {
      return UTF_8;
    }
    return declared(bytes).flatMap(HtmlCharset::supported).orElse(UTF_8);
  }

  /** The charset name declared near the start of the page, lower case. */
  static Optional<String> declared(byte[] bytes) {
    String start =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("<?xml")) {
      int end = start.indexOf("?>");
      Optional<String> encoding =
          valueAfter(start.substring(0, end < 0 ? start.length() : end), "encoding");
      if (encoding.isPresent()) {
        return encoding;
      }
    }
    int at = start.indexOf("<meta");
    while (at >= 0) {
      int end = start.indexOf('>', at);
      String tag = start.substring(at, end < 0 ? start.length() : end);
      Optional<String> charset = valueAfter(tag, "charset");
      if (charset.isPresent()) {
        return charset;
      }
      at = start.indexOf("<meta", at + 5);
    }
    return Optional.empty();
  }

  /** The token after {@code name}, an equals sign and an optional quote. */
  private static Optional<String> valueAfter(String tag, String name) {
    int at = tag.indexOf(name);
    if (at < 0) {
      return Optional.empty();
    }
    int i = at + name.length();
    while (i < tag.length() && Character.isWhitespace(tag.charAt(i))) {
      i++;
    }
    if (i >= tag.length() || tag.charAt(i) != '=') {
      return Optional.empty();
    }
    i++;
    while (i < tag.length()
        && (Character.isWhitespace(tag.charAt(i))
            || tag.charAt(i) == '"'
            || tag.charAt(i) == '\'')) {
      i++;
    }
    int start = i;
    while (i < tag.length() && isNameChar(tag.charAt(i))) {
      i++;
    }
    return i > start ? Optional.of(tag.substring(start, i)) : Optional.empty();
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == ':';
  }

  /**
   * The charset for a declared name, as browsers take it: Latin-1 and ASCII mean windows-1252, and
   * UTF-16 declared inside a page that could be read as ASCII means UTF-8.
   */
  private static Optional<Charset> supported(String name) {
    String effective =
        switch (name) {
          case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii" -> "windows-1252";
          case "utf-16", "utf-16le", "utf-16be" -> "utf-8";
          default -> name;
        };
    try {
      return Charset.isSupported(effective)
          ? Optional.of(Charset.forName(effective))
          : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }
}
