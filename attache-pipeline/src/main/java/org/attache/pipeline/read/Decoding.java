package org.attache.pipeline.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/** Turns bytes into text, strictly: binary content and malformed bytes are refused, not guessed. */
final class Decoding {
  static final String BINARY = "binary, not a text or HTML document";

  /** How many bytes at the start are examined to tell HTML from plain text. */
  private static final int SNIFF_BYTES = 1024;

  private Decoding() {}

  /**
   * Refuses binary content: any NUL byte, or control characters (other than tab, line feed,
   * carriage return and form feed) in more than a tenth of the bytes.
   */
  static void rejectBinary(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new ReadException(BINARY);
      }
      if ((b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        controls++;
      }
    }
    if (controls * 10L > bytes.length) {
      throw new ReadException(BINARY);
    }
  }

  /**
   * Decodes bytes, refusing malformed and unmappable input; a byte order mark is dropped.
   *
   * @throws ReadException naming the charset if the bytes are not valid in it
   */
  static String decode(byte[] bytes, Charset charset) {
    int offset = charset.equals(UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ReadException("not valid " + displayName(charset));
    }
  }

  static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  /**
   * Whether the content starts as an HTML page does: after a byte order mark, white space, an XML
   * declaration and comments, a {@code <!DOCTYPE html>} or an {@code <html>} tag.
   */
  static boolean looksLikeHtml(byte[] bytes) {
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    String start =
        new String(bytes, offset, Math.min(bytes.length - offset, SNIFF_BYTES), ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int at = 0;
    while (true) {
      while (at < start.length() && Character.isWhitespace(start.charAt(at))) {
        at++;
      }
      if (start.startsWith("<?xml", at)) {
        at = skipPast(start, at, "?>");
      } else if (start.startsWith("<!--", at)) {
        at = skipPast(start, at, "-->");
      } else {
        break;
      }
    }
    return start.startsWith("<!doctype html", at) || start.startsWith("<html", at);
  }

  private static int skipPast(String text, int from, String end) {
    int found = text.indexOf(end, from);
    return found < 0 ? text.length() : found + end.length();
  }

  private static String displayName(Charset charset) {
    return charset.equals(UTF_8) ? "UTF-8" : charset.name();
  }
}
