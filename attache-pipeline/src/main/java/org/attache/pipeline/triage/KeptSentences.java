package org.attache.pipeline.triage;

import java.util.List;
import org.attache.model.Span;

/**
 * The sentences of a document that triage keeps for the full analysis.
 *
 * @param kept the kept sentences, in order
 * @param sentences how many sentences triage found in the document
 */
public record KeptSentences(List<Span> kept, int sentences) {
  public KeptSentences {
    kept = List.copyOf(kept);
    if (sentences < kept.size()) {
      throw new IllegalArgumentException(
          "kept " + kept.size() + " of only " + sentences + " sentences");
    }
  }

  /**
   * The text with every character outside the kept sentences blanked: a space, or a line break
   * where the text has one. Offsets stay those of the text, so every span found in the blanked text
   * points at the same words in the original.
   */
  public String blank(String text) {
    char[] chars = text.toCharArray();
    int from = 0;
    for (Span sentence : kept) {
      blank(chars, from, sentence.start());
      from = sentence.end();
    }
    blank(chars, from, chars.length);
    return new String(chars);
  }

  /** How many characters of the text the kept sentences cover. */
  public int keptCharacters() {
    return kept.stream().mapToInt(s -> s.end() - s.start()).sum();
  }

  private static void blank(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] != '\n') {
        chars[i] = ' ';
      }
    }
  }
}
