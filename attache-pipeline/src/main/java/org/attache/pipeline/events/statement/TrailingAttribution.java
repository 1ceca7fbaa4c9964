package org.attache.pipeline.events.statement;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * A verb of speech that closes what was said: "“We are ready to help,” the minister said", "The two
 * sides should work closely, said the Chinese president", "..., Xi said on Tuesday". What the
 * speaker said is the text before the subject (or before the verb, where the subject follows it),
 * and the words after the verb only name the occasion ("in a statement", "on Tuesday", "told
 * reporters"): they hold no verb, no "that" and no side.
 *
 * <p>A news verb ({@code news-verb}: "reports", "informs") that closes a sentence only names the
 * source of the news ("..., Kazinform reported", "..., the press service reports, citing the
 * ministry", "..., the Secretariat reported on Friday"): no statement.
 */
final class TrailingAttribution {
  /** Commas, quotation marks and dashes between a quotation and its attribution. */
  private static final Set<String> IGNORABLE =
      Set.of(",", "``", "''", "\"", "“", "”", "‘", "’", "'", "«", "»", "-", "--", "—");

  /** Parts of speech besides adverbs that, after the verb, open the occasion, not what was said. */
  private static final Set<String> OCCASION_TAGS = Set.of("CD", ",", ".", "''", "-LRB-");

  /**
   * The tokens of what was said, first and last inclusive.
   *
   * @param first the first token
   * @param last the last token
   */
  record Said(int first, int last) {}

  private final StatementWords words;

  TrailingAttribution(StatementWords words) {
    this.words = words;
  }

  /**
   * What the act reports when it closes it: the text from the sentence's start to the subject (or
   * to the verb), stripped of quotation marks and commas; empty when the act is no closing one or
   * nothing stands before it.
   *
   * @param subject the first token of the subject, or -1 where it is not in the sentence
   */
  Optional<Said> before(SentenceView view, Act act, int clauseEnd, int subject) {
    int after = act.lastToken();
    if (subject > act.lastToken()) {
      after = view.sideAt(subject).map(Reference::lastToken).orElse(subject);
    }
    if (!closing(view, act, after, clauseEnd)) {
      return Optional.empty();
    }
    int last = subject >= 0 && subject < act.firstToken() ? subject - 1 : act.firstToken() - 1;
    int first = view.first();
    while (first <= last && ignorable(view.lower(first))) {
      first++;
    }
    while (last >= first && (ignorable(view.lower(last)) || view.pos(last).equals("DT"))) {
      last--;
    }
    if (last - first < 2) {
      return Optional.empty();
    }
    return Optional.of(new Said(first, last));
  }

  /**
   * Whether the act is a news verb that only names the source of the sentence's news: nothing
   * follows it but punctuation, a date and the source it cites ("reports, citing the ministry",
   * "reported Friday").
   */
  boolean newsSource(SentenceView view, Act act, int clauseEnd) {
    if (!words.is(view.lower(act.firstToken()), StatementWords.Role.NEWS_VERB)
        || act.firstToken() <= view.first()) {
      return false;
    }
    int next = act.lastToken() + 1;
    while (next <= clauseEnd
        && (view.lower(next).equals(",") || view.lower(next).equals("on") || day(view, next))) {
      next++;
    }
    return next > clauseEnd
        || isPunctuationOnly(view, next, clauseEnd)
        || words.is(view.lower(next), StatementWords.Role.CITING);
  }

  /** Whether the token names a day ("Friday", "today") or is tagged a date. */
  private static boolean day(SentenceView view, int token) {
    String word = view.lower(token);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().toLowerCase(Locale.ROOT).equals(word)) {
        return true;
      }
    }
    return word.equals("today")
        || word.equals("yesterday")
        || view.token(token).ner().equals("DATE");
  }

  private static boolean isPunctuationOnly(SentenceView view, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (Character.isLetterOrDigit(view.lower(i).isEmpty() ? ' ' : view.lower(i).charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words after the verb (and after its subject, where that follows: "said Ms X") only
   * name the occasion: nothing, or words that open with a preposition, an adverb or a date ("in a
   * statement", "on Tuesday", "earlier") or, after "told", the one told ("told reporters"); and no
   * verb (but a participle such as "citing"), no "that".
   */
  private boolean closing(SentenceView view, Act act, int after, int clauseEnd) {
    if (act.firstToken() <= view.first()) {
      return false;
    }
    int start = after + 1;
    if (view.lower(act.firstToken()).startsWith("tel")
        || view.lower(act.firstToken()).equals("told")) {
      while (start <= clauseEnd
          && (view.pos(start).startsWith("NN") || view.pos(start).equals("DT"))) {
        start++;
      }
    }
    if (start <= clauseEnd && !opensOccasion(view, start)) {
      return false;
    }
    for (int i = start; i <= clauseEnd; i++) {
      String pos = view.pos(i);
      String word = view.lower(i);
      if ((pos.startsWith("VB")
              && !pos.equals("VBN")
              && !words.is(word, StatementWords.Role.CITING))
          || pos.equals("MD")
          || words.is(word, StatementWords.Role.EMBEDDING)
          || word.equals(":")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words after the verb open with the occasion rather than what was said: a
   * preposition of time, place or medium ("in a statement", "at the meeting", "during the talks",
   * "on Tuesday"), an adverb, a date, punctuation or a participle naming the source ("citing").
   */
  private boolean opensOccasion(SentenceView view, int token) {
    String pos = view.pos(token);
    String word = view.lower(token);
    if (word.equals("on")) {
      return view.token(token + 1 <= view.last() ? token + 1 : token).ner().equals("DATE")
          || view.lower(token + 1).equals("the") && view.lower(token + 2).equals("sidelines");
    }
    return words.is(word, StatementWords.Role.OCCASION)
        || words.is(word, StatementWords.Role.CITING)
        || pos.startsWith("RB")
        || OCCASION_TAGS.contains(pos)
        || view.token(token).ner().equals("DATE");
  }

  private static boolean ignorable(String word) {
    return IGNORABLE.contains(word);
  }
}
