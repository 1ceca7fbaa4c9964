package org.attache.pipeline;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a document's text for the stages: Unicode NFC, line ends as {@code \n}, no-break and
 * other odd spaces as plain spaces, control characters dropped, and a space put back where
 * publishing lost it between two sentences ("cooperation.Djauhari" becomes "cooperation.
 * Djauhari"). Spans of the record index into the result.
 */
public final class TextNormaliser {
  private static final Pattern GLUED = Pattern.compile("(\\p{Ll}{2,}[.!?])(\\p{Lu}\\p{Ll})");
  private static final Pattern ODD_SPACE =
      Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");

  private TextNormaliser() {}

  public static String normalise(String text) {
    String result = Normalizer.normalize(text, Normalizer.Form.NFC);
    result = result.replace("\r\n", "\n").replace('\r', '\n');
    result = CONTROL.matcher(result).replaceAll("");
    result = ODD_SPACE.matcher(result).replaceAll(" ");
    Matcher glued = GLUED.matcher(result);
    return glued.replaceAll("$1 $2");
  }
}
