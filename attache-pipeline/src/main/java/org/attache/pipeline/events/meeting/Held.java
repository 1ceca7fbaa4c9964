package org.attache.pipeline.events.meeting;

import java.util.Set;
import java.util.regex.Pattern;
import org.attache.pipeline.analysis.WordLists;

/**
 * Whether a meeting word reports a meeting held: not one planned, hoped for or proposed ({@code
 * meeting-not-held.txt}), to come ("will meet", "the meeting will be held", "when he visits"), not
 * a bare noun that names a meeting without saying who held it, and not an adjective ("the visiting
 * minister").
 */
final class Held {
  /** Words before a meeting noun that make the sentence's clause its frame ("During the talks"). */
  static final Set<String> NOUN_FRAMES = Set.of("during", "after", "following", "at");

  /**
   * How far before its noun a frame word may stand: three words, or more where they are all
   * modifiers ("In inaugural 'two-plus-two' security talks").
   */
  private static final int FRAME_REACH = 7;

  /** The parts of speech of a noun's modifiers, quotes included. */
  private static final Pattern MODIFIER = Pattern.compile("JJ.?|NN.?.?|CD|HYPH|``|''|POS|DT");

  /** Words that put a meeting in the time to come. */
  private static final Set<String> MODALS =
      Set.of("will", "would", "shall", "'ll", "may", "might", "could", "should", "must");

  /** Words after "is" or "are" that put the meeting to come: "is to meet", "is expected to". */
  private static final Set<String> TO_COME =
      Set.of("to", "expected", "scheduled", "set", "due", "planned", "slated", "going");

  /** Conjunctions whose clause in the present tense tells of a time to come: "when he visits". */
  private static final Set<String> WHEN = Set.of("when", "once", "if", "until", "whenever");

  /** Verbs of a journey whose purpose ("came to Astana to attend") was carried out. */
  private static final Set<String> JOURNEYS =
      Set.of("come", "go", "travel", "arrive", "visit", "fly", "head", "leave", "return");

  /** Determiners that make a framing noun one told before: "During the talks". */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "their", "these");

  private final Set<String> notHeld = WordLists.load("meeting-not-held.txt");

  /** What a meeting word reports. */
  enum Verdict {
    /** A meeting held. */
    HELD,
    /** A meeting planned, proposed or to come; a word joined to it in its clause is to come too. */
    TO_COME,
    /** No meeting: a bare noun or an adjective. */
    NONE
  }

  Verdict verdict(MeetingSentence s, Triggers.Found found) {
    if (bareNoun(s, found) || adjective(s, found)) {
      return Verdict.NONE;
    }
    return notHeld(s, found) || toCome(s, found) ? Verdict.TO_COME : Verdict.HELD;
  }

  /** "During the talks, ...", "After talks with B, ...": a frame of up to three words before. */
  static boolean framed(MeetingSentence s, Triggers.Found trigger) {
    for (int i = trigger.firstToken() - 1; i >= trigger.firstToken() - FRAME_REACH; i--) {
      String word = s.word(i);
      if (NOUN_FRAMES.contains(word) || (word.equals("in") && i == s.first())) {
        return true;
      }
      if (i < trigger.firstToken() - 3 && !MODIFIER.matcher(s.pos(i)).matches()) {
        return false;
      }
    }
    return false;
  }

  /**
   * A frame that refers back to a meeting already told ("During the talks, ...", "At their meeting,
   * ..."): a definite determiner between the frame word and the noun.
   */
  static boolean anaphoric(MeetingSentence s, Triggers.Found trigger) {
    if (!framed(s, trigger)) {
      return false;
    }
    for (int i = trigger.firstToken() - 1; i >= trigger.firstToken() - 3; i--) {
      String word = s.word(i);
      if (DEFINITE.contains(word)) {
        return !s.word(trigger.lastToken() + 1).equals("with");
      }
      if (NOUN_FRAMES.contains(word) || word.equals("in")) {
        return false;
      }
    }
    return false;
  }

  private boolean notHeld(MeetingSentence s, Triggers.Found found) {
    if (framed(s, found) && futureAfter(s, found)) {
      return true;
    }
    for (int i = found.firstToken() - 1; i >= found.firstToken() - 2; i--) {
      if (i < s.first()) {
        break;
      }
      if (notHeld.contains(s.word(i)) || notHeld.contains(s.lemma(i))) {
        return !purposeOfJourney(s, i, found);
      }
    }
    return false;
  }

  /**
   * "came to Astana to attend the session", "visited Bolivia to meet the President": the purpose of
   * a journey told in the past was carried out.
   */
  private static boolean purposeOfJourney(MeetingSentence s, int to, Triggers.Found found) {
    if (!s.word(to).equals("to") || to != found.firstToken() - 1) {
      return false;
    }
    for (int i = to - 1; i >= s.first() && i >= to - 8; i--) {
      if (s.word(i).equals(",") || s.word(i).equals(";")) {
        return false;
      }
      if (s.pos(i).equals("VBD") && JOURNEYS.contains(s.lemma(i))) {
        return true;
      }
    }
    return false;
  }

  /** "During the meeting, the heads of state will sum up ...": the frame's clause is to come. */
  private static boolean futureAfter(MeetingSentence s, Triggers.Found trigger) {
    for (int i = trigger.lastToken() + 1; i <= s.last(); i++) {
      String word = s.word(i);
      if (s.pos(i).equals("MD") && (word.equals("will") || word.equals("shall"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the meeting is still to come: a verb in its base form after a modal of the same clause
   * ("He will hold talks with A, meet with B"), a noun whose verb is ("the meeting will be held",
   * "a meeting ... would take place", "talks are scheduled to resume"), or a verb in the present
   * after "when" ("when Prime Minister Abe visits India").
   */
  private static boolean toCome(MeetingSentence s, Triggers.Found found) {
    int first = found.firstToken();
    String pos = s.pos(first);
    if (pos.equals("VB") && !s.word(first - 1).equals("to")) {
      for (int i = first - 1; i >= s.first(); i--) {
        if (s.word(i).equals(";") || s.pos(i).equals("VBD")) {
          break;
        }
        if (MODALS.contains(s.word(i))) {
          return true;
        }
      }
    }
    if (pos.equals("VBZ") || pos.equals("VBP")) {
      for (int i = first - 1; i >= s.first() && i >= first - 8; i--) {
        if (WHEN.contains(s.word(i))) {
          return true;
        }
        if (s.word(i).equals(",") || s.token(i).isVerb()) {
          break;
        }
      }
    }
    if (pos.startsWith("NN")) {
      return verbToCome(s, found.lastToken() + 1);
    }
    return false;
  }

  /** Whether the first verb after a noun (in its clause) tells of a time to come. */
  private static boolean verbToCome(MeetingSentence s, int from) {
    for (int i = from; i <= s.last() && i < from + 25; i++) {
      String word = s.word(i);
      if (word.equals(",") || word.equals(";") || word.equals("who") || word.equals("which")) {
        return false;
      }
      if (s.pos(i).equals("MD")) {
        return MODALS.contains(word);
      }
      if (s.token(i).isVerb()) {
        boolean be = s.lemma(i).equals("be") && !s.pos(i).equals("VBD");
        return be && TO_COME.contains(s.word(i + 1));
      }
    }
    return false;
  }

  /**
   * A meeting noun alone ("the Council meeting") names a meeting without saying who held it; it
   * counts only as "meeting with ..." or "talks between ...", or where the sentence is framed by it
   * ("During the talks, A and B ...", "After talks in Beijing, A and B ...").
   */
  private static boolean bareNoun(MeetingSentence s, Triggers.Found found) {
    if (found.firstToken() != found.lastToken()) {
      return false;
    }
    if (!s.pos(found.firstToken()).startsWith("NN")) {
      return false;
    }
    String next = s.word(found.lastToken() + 1);
    if (next.equals("with") || next.equals("between")) {
      return false;
    }
    if (found.trigger().pattern() == Trigger.Pattern.VISIT && next.equals("to")) {
      return false;
    }
    return !framed(s, found) && VisitOf.find(s, found).isEmpty();
  }

  /**
   * "talks with visiting US Secretary of State John Kerry": a participle that describes the next
   * side and reports no visit of its own.
   */
  private static boolean adjective(MeetingSentence s, Triggers.Found found) {
    int first = found.firstToken();
    if (!s.word(first).equals("visiting") || found.firstToken() != found.lastToken()) {
      return false;
    }
    String before = s.word(first - 1);
    boolean opens =
        first == s.first()
            || before.equals("with")
            || s.pos(first - 1).equals("DT")
            || s.pos(first - 1).equals("IN")
            || s.pos(first - 1).startsWith("PRP");
    return opens && s.token(first + 1 <= s.last() ? first + 1 : first).isProperNoun();
  }
}
