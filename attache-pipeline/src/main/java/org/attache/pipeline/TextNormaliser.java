package org.attache.pipeline;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Prepares a document's text for the stages: Unicode NFC, line ends as {@code \n}, no-break and
 * other odd spaces as plain spaces, control characters dropped, and a space put back where
 * publishing lost it between two sentences ("cooperation.Djauhari" becomes "cooperation.
 * Djauhari"). Spans of the record index into the result.
 */
public final class TextNormaliser {
  private static final Pattern ODD_SPACE =
      Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");

  private TextNormaliser() {}

  public static String normalise(String text) {
    String result = Normalizer.normalize(text, Normalizer.Form.NFC);
    result = result.replace("\r\n", "\n").replace('\r', '\n');
    result = CONTROL.matcher(result).replaceAll("");
    result = ODD_SPACE.matcher(result).replaceAll(" ");
    return unglue(result);
  }

  /**
   * Puts a space between a sentence end and the next sentence where publishing lost it: after two
   * lower-case letters or more and one of {@code . ! ?}, before an upper-case letter followed by a
   * lower-case one. The same as replacing {@code (\p{Ll}{2,}[.!?])(\p{Lu}\p{Ll})} by {@code "$1
   * $2"}, but in one pass: the regular expression tries every letter of a run of lower-case letters
   * in turn, which costs the square of the run's length.
   */
  static String unglue(String text) {
    StringBuilder out = null;
    int copied = 0;
    // A match may start no earlier than the end of the one before it.
    int from = 0;
    int run = -1;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (Character.getType(c) == Character.LOWERCASE_LETTER) {
        run = run < 0 ? i : run;
        i += Character.charCount(c);
        continue;
      }
      int start = Math.max(run, from);
      int end = run < 0 ? -1 : glueEnd(text, i);
      if (end >= 0 && text.codePointCount(start, i) >= 2) {
        out = out == null ? new StringBuilder(text.length() + 16) : out;
        out.append(text, copied, i + 1).append(' ');
        copied = i + 1;
        from = end;
        // The lower-case letter that ends the match opens the next run.
        run = end - Character.charCount(text.codePointBefore(end));
        i = end;
        continue;
      }
      run = -1;
      i += Character.charCount(c);
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Where a glued sentence start ends, if the character at {@code at} ends a sentence and an
   * upper-case letter and a lower-case one follow it; else -1.
   */
  private static int glueEnd(String text, int at) {
    char end = text.charAt(at);
    if ((end != '.' && end != '!' && end != '?') || at + 1 >= text.length()) {
      return -1;
    }
    int upper = text.codePointAt(at + 1);
    int next = at + 1 + Character.charCount(upper);
    if (Character.getType(upper) != Character.UPPERCASE_LETTER || next >= text.length()) {
      return -1;
    }
    int lower = text.codePointAt(next);
    return Character.getType(lower) == Character.LOWERCASE_LETTER
        ? next + Character.charCount(lower)
        : -1;
  }
}
