package org.attache.pipeline.events.statement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.knowledge.StanceLexicon;
import org.attache.knowledge.StanceMatch;
import org.attache.knowledge.StanceWord;
import org.attache.model.Stance;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * The stance of what a speaker said, read from the words of the clause: the weightiest stance word
 * decides ("reaffirmed ASEAN's readiness" is intent to cooperate, "said both sides should" an
 * appeal), with two readings of the clause on top.
 *
 * <ul>
 *   <li>A stance word that is an infinitive or a gerund inside the clause tells what someone is to
 *       do, not what the speaker does ("said the states would focus on efforts to draft and approve
 *       measures", "stressed the need to speed up agreeing on the documents"): it does not count,
 *       unless it is the act itself.
 *   <li>A weak word that hopes for or asks for something ("expressed hope that", "stressed the need
 *       to", "proposed") whose clause speaks of cooperation ({@code cooperation} words: "deepen
 *       cooperation", "work together", "boost interaction") is intent to cooperate.
 *   <li>A plain reporting verb whose clause says that someone will cooperate ("indicated that they
 *       will work to strengthen cooperation") is intent to cooperate.
 *   <li>A comment on the importance of doing more together is intent to cooperate ({@link
 *       ImportanceOfActing}).
 * </ul>
 */
final class ReportedClause {
  /**
   * The word that decides a clause.
   *
   * @param word the stance word
   * @param token the token where it starts
   */
  record Decisive(StanceWord word, int token) {
    Decisive {
      requireNonNull(word, "word is null");
    }
  }

  /** Words weighing less than this leave the reading to what the clause is about. */
  private static final double WEAK = 0.7;

  /** How far after "will" a word of cooperation may stand. */
  private static final int FUTURE_REACH = 10;

  private final StanceLexicon stances;
  private final StatementWords words;
  private final AppreciationObject appreciation;

  ReportedClause(StanceLexicon stances, StatementWords words) {
    this.stances = stances;
    this.words = words;
    this.appreciation = new AppreciationObject(words);
  }

  /**
   * The stance word that decides the clause, from its first to its last token; the act's own word
   * where the clause is what stands before a closing verb and names none weightier.
   */
  Optional<Decisive> decisive(SentenceView view, Act act, int first, int last) {
    StanceWord best = first < act.firstToken() ? act.word() : null;
    int bestToken = act.firstToken();
    int offset = view.token(first).start();
    String clause = view.text(first, last);
    for (StanceMatch match : stances.find(clause)) {
      int token = view.tokenAt(offset + match.start());
      boolean own = token >= act.firstToken() && token <= act.lastToken();
      if (!own
          && (toBeDone(view, token)
              || ResultsSpokenOf.isResult(view, token, view.tokenAt(offset + match.end() - 1)))) {
        continue;
      }
      if (best == null || match.word().weight() > best.weight()) {
        best = match.word();
        bestToken = token;
      }
    }
    return best == null || best.hides()
        ? Optional.empty()
        : Optional.of(new Decisive(best, bestToken));
  }

  /** The likeliest reading of the clause whose decisive word is given. */
  Stance stance(SentenceView view, Decisive decisive, int first, int last) {
    StanceWord word = decisive.word();
    Stance reading = word.stances().get(0);
    if (AppreciationObject.applies(word)) {
      reading = appreciation.reading(view, decisive.token(), last);
    }
    boolean hopeful =
        word.weight() < WEAK
            && (word.stances().contains(Stance.APPEAL)
                || word.stances().contains(Stance.INTENT_TO_COOPERATE));
    if (hopeful && speaksOfCooperation(view, first, last)) {
      return Stance.INTENT_TO_COOPERATE;
    }
    if (word.stances().equals(List.of(Stance.COMMENT)) && willCooperate(view, first, last)) {
      return Stance.INTENT_TO_COOPERATE;
    }
    return ImportanceOfActing.reading(reading, view, first, last);
  }

  /**
   * Whether the clause says that someone will work with others: "will" or "would" followed closely
   * by a word of cooperation ("indicated that they will work to strengthen cooperation").
   */
  private boolean willCooperate(SentenceView view, int first, int last) {
    for (int i = first; i <= last; i++) {
      String word = view.lower(i);
      if (word.equals("will") || word.equals("would") || word.equals("shall")) {
        for (int k = i + 1; k <= Math.min(last, i + FUTURE_REACH); k++) {
          if (words.is(view.lower(k), StatementWords.Role.COOPERATION)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean speaksOfCooperation(SentenceView view, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (words.is(view.lower(i), StatementWords.Role.COOPERATION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb form that tells what is to be done: a gerund (not the progressive "is looking forward
   * to"), or an infinitive after "to" ("to draft and approve" both).
   */
  private static boolean toBeDone(SentenceView view, int token) {
    String pos = view.pos(token);
    if (pos.equals("VB")) {
      String before = view.lower(token - 1);
      if (before.equals("and") || before.equals("or")) {
        return view.pos(token - 2).equals("VB") && toBeDone(view, token - 2);
      }
      return before.equals("to");
    }
    if (!pos.equals("VBG")) {
      return false;
    }
    int before = token - 1;
    while (view.pos(before).startsWith("RB")) {
      before--;
    }
    return !(view.inside(before) && view.token(before).lemma().equals("be"));
  }
}
