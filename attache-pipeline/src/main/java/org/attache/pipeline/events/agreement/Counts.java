package org.attache.pipeline.events.agreement;

import java.util.Map;
import java.util.OptionalInt;
import org.attache.pipeline.analysis.WordLists;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * How many instruments a plural mention counts: "signed four memoranda", "two MoUs", "6
 * agreements", "both statements". A plural with no number ("various MoUs", "the agreements") counts
 * none.
 */
final class Counts {
  private static final Map<String, Integer> WORDS = WordLists.numbers("en-count-words.tsv");
  private static final int MOST = 40;

  private Counts() {}

  /**
   * Whether the instrument's noun is plural: "memoranda (of understanding)", "MoUs", "treaties".
   */
  static boolean plural(SentenceView view, int first, int last) {
    String word = view.lower(first);
    String pos = view.pos(first);
    if (last > first && !view.lower(first + 1).equals("of")) {
      word = view.lower(last);
      pos = view.pos(last);
    }
    return pos.equals("NNS")
        || pos.equals("NNPS")
        || word.equals("memoranda")
        || word.endsWith("s") && !word.endsWith("ss") && word.length() > 3;
  }

  /** The number written between the phrase's start and the instrument, if any. */
  static OptionalInt of(SentenceView view, int phraseStart, int instrumentFirst) {
    for (int i = phraseStart; i < instrumentFirst; i++) {
      OptionalInt number = number(view.lower(i));
      if (number.isPresent()) {
        return number;
      }
    }
    return OptionalInt.empty();
  }

  /** A number word or a small number in digits: "eight", "8"; nothing for "one" or "2005". */
  static OptionalInt number(String word) {
    Integer named = WORDS.get(word);
    if (named != null) {
      return OptionalInt.of(named);
    }
    if (word.matches("[0-9]{1,2}")) {
      int value = Integer.parseInt(word);
      return value >= 2 && value <= MOST ? OptionalInt.of(value) : OptionalInt.empty();
    }
    return OptionalInt.empty();
  }
}
