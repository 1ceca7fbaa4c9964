package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.ActorKind;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.WordLists;

/**
 * The actors on one side of a meeting word: people where the side names any, else the states and
 * organisations it names. Qualifiers of posts and venues do not count.
 */
final class Sides {
  /** Finite verbs, whose "and" or comma opens another clause: "met A and discussed B". */
  private static final Set<String> FINITE_VERBS = Set.of("VBD", "VBZ", "VBP");

  /** Words before a name that make it the source of the report. */
  private static final Set<String> SOURCE_BEFORE =
      Set.of(
          "citing",
          "cites",
          "according to",
          "reference to",
          "reported by",
          "source:",
          "photo by",
          "photos by",
          "photo:");

  /** Words after a name that make it the source of the report. */
  private static final Set<String> SOURCE_AFTER =
      Set.of("reports", "reported", "informs", "informed", "cites", "correspondent", "writes");

  /** Parts of speech between an owner's "'s" and the noun owned ("Kerry's two-day visit"). */
  private static final Set<String> MODIFIERS = Set.of("JJ", "CD", "NN", "NNP", "HYPH");

  private final Set<String> clauseEnds = WordLists.load("clause-ends.txt");
  private final Set<String> venueNouns = WordLists.load("venue-nouns.txt");
  private final Set<String> triggerNouns = Triggers.load().nouns();

  /**
   * The side named between two tokens (inclusive). A side before its word starts after the last
   * semicolon and after the dateline; a side after it ends at a word that opens another clause
   * ({@code clause-ends.txt}), at a "to" of purpose ("to discuss") or at a verb joined by "and"
   * ("met A and discussed B").
   */
  List<String> between(MeetingSentence s, int from, int to, boolean before, List<Span> skip) {
    int start = from;
    int end = to;
    if (before) {
      for (int i = to; i >= from; i--) {
        if (s.word(i).equals(";")) {
          start = i + 1;
          break;
        }
      }
      start = Math.max(start, s.firstTokenAfter(s.datelineEnd()));
    } else {
      for (int i = from; i <= to; i++) {
        String word = s.word(i);
        boolean purpose = word.equals("to") && i + 1 <= to && s.pos(i + 1).equals("VB");
        boolean nextVerb =
            (word.equals("and") || word.equals(",")) && FINITE_VERBS.contains(s.pos(i + 1));
        if (clauseEnds.contains(word) || purpose || nextVerb) {
          end = i - 1;
          break;
        }
      }
    }
    return within(s, start, end, skip);
  }

  /** The actors referred to between two tokens (inclusive), people first. */
  List<String> within(MeetingSentence s, int start, int end, List<Span> skip) {
    ActorTable actors = s.actors();
    List<String> people = new ArrayList<>();
    List<String> parties = new ArrayList<>();
    for (Reference reference : s.references()) {
      if (reference.qualifier() || reference.firstToken() < start || reference.lastToken() > end) {
        continue;
      }
      boolean skipped =
          skip.stream()
              .anyMatch(
                  c -> c.start() <= reference.span().start() && reference.span().end() <= c.end());
      if (skipped || isVenue(s, reference) || notASide(s, reference)) {
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

  /**
   * A reference that names no side: the source of the report ("citing Kabar", "Kazinform reports"),
   * a place ("in Russia", "Nizhny Novgorod, Russian Federation") or an owner ("Xi Jinping's closest
   * aide"; not "Kerry's visit", whose owner is the side of the visit).
   */
  private boolean notASide(MeetingSentence s, Reference reference) {
    int first = reference.firstToken();
    int last = reference.lastToken();
    String before = s.word(first - 1);
    String twoBefore = s.word(first - 2) + " " + before;
    if (SOURCE_BEFORE.contains(before) || SOURCE_BEFORE.contains(twoBefore)) {
      return true;
    }
    if (SOURCE_AFTER.contains(s.word(last + 1))) {
      return true;
    }
    boolean state = s.actors().is(reference.actor(), ActorKind.STATE);
    if (state && (before.equals("in") || afterCity(s, first))) {
      return true;
    }
    String after = s.word(last + 1);
    if (after.equals("'s") || after.equals("’s") || after.equals("'")) {
      int next = last + 2;
      while (s.contains(next)
          && !triggerNouns.contains(s.lemma(next))
          && MODIFIERS.contains(s.pos(next).replaceAll("[SR]+$", ""))) {
        next++;
      }
      return !triggerNouns.contains(s.lemma(next));
    }
    return false;
  }

  /** Whether the token follows a city and a comma: "Nizhny Novgorod, Russian Federation". */
  private static boolean afterCity(MeetingSentence s, int token) {
    if (!s.word(token - 1).equals(",")) {
      return false;
    }
    for (Mention mention : s.mentions()) {
      if (mention.kind() == MentionKind.CITY && mention.lastToken() == token - 2) {
        return true;
      }
    }
    return false;
  }

  private boolean isVenue(MeetingSentence s, Reference reference) {
    return venueNouns.contains(s.word(reference.lastToken() + 1));
  }
}
