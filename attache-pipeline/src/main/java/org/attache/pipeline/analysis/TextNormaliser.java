package org.attache.pipeline.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a document's text for the stages: Unicode NFC, line ends as {@code \n}, no-break and
 * other odd spaces as plain spaces, control characters dropped, and a space put back where
 * publishing lost it: between two sentences ("cooperation.Djauhari" becomes "cooperation.
 * Djauhari"), after a function word ("theMinistries", "ofForeign"), before one after a title word
 * ("Deputy Ministerof"), and between two capitalised words ("SushmaSwaraj"), except after the
 * prefixes of surnames ("MacArthur", "VanDyke"; "McDonald" and "DeSantis" have too short a first
 * part to be split). Spans of the record index into the result.
 */
public final class TextNormaliser {
  /** A lower-case function word glued to the capitalised word after it: "theMinistries". */
  private static final Pattern GLUED_FUNCTION_WORD =
      Pattern.compile("\\b(the|of|and|for|with|from|to|in|at|on|by)(\\p{Lu}\\p{Ll}+)");

  /** A title or institution word glued to "of" or "for" after it: "Ministerof". */
  private static final Pattern GLUED_AFTER_TITLE =
      Pattern.compile(
          "\\b(Minister|Ministry|Ministers|Ministries|Secretary|Ambassador|Embassy|Department"
              + "|President|Chairman|Chairperson|Director|Council|Committee|Office|Republic"
              + "|Kingdom|Deputy|Representative|Head|Governor|Mayor|Speaker)(of|for)\\b");

  /** Two capitalised words glued together: "SushmaSwaraj", "SingaporeanDefence". */
  private static final Pattern GLUED_WORDS =
      Pattern.compile("\\b(\\p{Lu}\\p{Ll}{2,})(\\p{Lu}\\p{Ll}{2,})\\b");

  /** First parts of surnames that are written joined to a capitalised second part. */
  private static final Set<String> SURNAME_PREFIXES =
      Set.of(
          "mac", "van", "von", "der", "den", "del", "della", "des", "dos", "das", "fitz", "san",
          "ben", "abu", "ibn", "bin", "mont", "saint", "sainte", "ter", "ten", "vander");

  private static final Pattern ODD_SPACE =
      Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");

  private TextNormaliser() {}

  public static String normalise(String text) {
    String result = Normalizer.normalize(text, Normalizer.Form.NFC);
    result = result.replace("\r\n", "\n").replace('\r', '\n');
    result = CONTROL.matcher(result).replaceAll("");
    result = ODD_SPACE.matcher(result).replaceAll(" ");
    result = unglue(result);
    result = GLUED_FUNCTION_WORD.matcher(result).replaceAll("$1 $2");
    result = GLUED_AFTER_TITLE.matcher(result).replaceAll("$1 $2");
    return splitGluedWords(result);
  }

  /**
   * Puts a space between two capitalised words glued together, each at least three letters long,
   * except after the first part of a surname. A match starts only at a word's start.
   */
  private static String splitGluedWords(String text) {
    Matcher glued = GLUED_WORDS.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 8);
    while (glued.find()) {
      boolean surname = SURNAME_PREFIXES.contains(glued.group(1).toLowerCase(Locale.ROOT));
      String replacement = surname ? glued.group() : glued.group(1) + " " + glued.group(2);
      glued.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    glued.appendTail(out);
    return out.toString();
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
