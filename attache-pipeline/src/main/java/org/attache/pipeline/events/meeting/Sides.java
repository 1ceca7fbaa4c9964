package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.pipeline.WordLists;
import org.attache.pipeline.actors.ActorTable;
import org.attache.pipeline.actors.Reference;

/**
 * The actors on one side of a meeting word: people where the side names any, else the states and
 * organisations it names. Qualifiers of posts and venues do not count.
 */
final class Sides {
  private final Set<String> clauseEnds = WordLists.load("clause-ends.txt");
  private final Set<String> venueNouns = WordLists.load("venue-nouns.txt");

  /**
   * The side named between two tokens (inclusive). A side before its word starts after the last
   * semicolon; a side after it ends at a word that opens another clause ({@code clause-ends.txt})
   * or at a "to" of purpose ("to discuss").
   */
  List<String> between(MeetingSentence s, int from, int to, boolean before) {
    int start = from;
    int end = to;
    if (before) {
      for (int i = to; i >= from; i--) {
        if (s.word(i).equals(";")) {
          start = i + 1;
          break;
        }
      }
    } else {
      for (int i = from; i <= to; i++) {
        String word = s.word(i);
        boolean purpose = word.equals("to") && i + 1 <= to && s.pos(i + 1).equals("VB");
        if (clauseEnds.contains(word) || purpose) {
          end = i - 1;
          break;
        }
      }
    }
    return within(s, start, end);
  }

  /** The actors referred to between two tokens (inclusive), people first. */
  List<String> within(MeetingSentence s, int start, int end) {
    ActorTable actors = s.actors();
    List<String> people = new ArrayList<>();
    List<String> parties = new ArrayList<>();
    for (Reference reference : s.references()) {
      if (reference.qualifier() || reference.firstToken() < start || reference.lastToken() > end) {
        continue;
      }
      if (isVenue(s, reference)) {
        continue;
      }
      // "the ambassadors of A and B": unnamed people, who stand beside the named ones.
      boolean unnamedPeople = reference.rule().equals("coref.plural_description");
      List<String> target = actors.isPerson(reference.actor()) || unnamedPeople ? people : parties;
      if (!target.contains(reference.actor())) {
        target.add(reference.actor());
      }
    }
    return people.isEmpty() ? parties : people;
  }

  private boolean isVenue(MeetingSentence s, Reference reference) {
    return venueNouns.contains(s.word(reference.lastToken() + 1));
  }
}
