package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;

/**
 * "A held five bilateral talks with her counterparts ... The counterparts were from B, C and D":
 * counterparts told only by a plural noun after the meeting word, whom a later sentence lists by
 * opening with the same noun ("The counterparts were from", "The ministers came from", "The
 * delegations included"). Each listed state, organisation or person is a counterpart of its own.
 */
final class ListedCounterparts {
  /** How many sentences after the meeting the list may come. */
  private static final int REACH = 3;

  /** Determiners and modifiers that may open the plural noun: "her foreign counterparts". */
  private static final Set<String> OPENERS = Set.of("PRP$", "DT", "JJ", "CD", "VBN");

  /** Verbs that list the members of a plural noun: "were from", "came from", "included". */
  private static final Set<String> LISTING = Set.of("be", "come", "include", "represent");

  /** Determiners of the noun that opens the listing sentence. */
  private static final Set<String> DEFINITE =
      Set.of("the", "these", "those", "his", "her", "their");

  /** The counterparts a later sentence lists for the plural noun after the word, if it does. */
  Optional<List<String>> of(MeetingSentence s, Triggers.Found trigger) {
    Optional<String> noun = pluralNoun(s, trigger);
    if (noun.isEmpty()) {
      return Optional.empty();
    }
    List<Sentence> sentences = s.analysis().annotatedText().sentences();
    // the sentences are in text order: found by their start, not by comparing each
    int at =
        Collections.binarySearch(
            sentences, s.sentence(), Comparator.comparingInt(x -> x.span().start()));
    if (at < 0) {
      return Optional.empty();
    }
    for (int k = at + 1; k < sentences.size() && k <= at + REACH; k++) {
      MeetingSentence later = s.other(sentences.get(k));
      List<String> listed = listed(later, noun.get());
      if (listed.size() >= 2) {
        return Optional.of(listed);
      }
    }
    return Optional.empty();
  }

  /** "with her foreign counterparts": the plural noun that tells the other side, unnamed. */
  private static Optional<String> pluralNoun(MeetingSentence s, Triggers.Found trigger) {
    int i = trigger.lastToken() + 1;
    if (s.word(i).equals("with")) {
      i++;
    }
    for (; s.contains(i) && OPENERS.contains(s.pos(i)); i++) {
      if (named(s, i)) {
        return Optional.empty();
      }
    }
    boolean plural = s.pos(i).equals("NNS") && !s.pos(i + 1).startsWith("NN");
    return plural && !named(s, i) ? Optional.of(s.word(i)) : Optional.empty();
  }

  /** The sides a sentence that opens with the noun lists after its verb: "The N were from A, B". */
  private static List<String> listed(MeetingSentence s, String noun) {
    int i = s.first();
    if (!DEFINITE.contains(s.word(i))) {
      return List.of();
    }
    for (i++; s.contains(i) && s.pos(i).startsWith("JJ"); i++) {}
    if (!s.word(i).equals(noun) || !LISTING.contains(s.lemma(i + 1))) {
      return List.of();
    }
    int from = i + 2;
    List<String> sides = new ArrayList<>();
    for (Reference reference : s.references()) {
      if (reference.firstToken() >= from
          && !reference.qualifier()
          && !sides.contains(reference.actor())) {
        sides.add(reference.actor());
      }
    }
    return sides;
  }

  private static boolean named(MeetingSentence s, int token) {
    for (Reference reference : s.references()) {
      if (reference.firstToken() <= token && token <= reference.lastToken()) {
        return true;
      }
    }
    return false;
  }
}
