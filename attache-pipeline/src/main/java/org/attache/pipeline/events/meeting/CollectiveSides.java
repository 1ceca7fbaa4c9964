package org.attache.pipeline.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.WordLists;

/**
 * "Japan and India agreed on Saturday ... In inaugural talks, the nations' foreign and defence
 * ministers also welcomed ...": a collective subject ({@code collective-words.tsv}) of a meeting
 * that names no side stands for the states or organisations the sentence before names together as
 * its subject.
 */
final class CollectiveSides {
  /** How many words before its head a collective's marker may stand ("the nations'"). */
  private static final int REACH = 3;

  private final Set<String> heads = new TreeSet<>();
  private final Set<String> markers = new TreeSet<>();

  CollectiveSides() {
    for (List<String> row : WordLists.table("collective-words.tsv")) {
      String word = row.get(0).toLowerCase(Locale.ROOT);
      String role = row.size() > 1 ? row.get(1) : "";
      if (role.startsWith("head-")) {
        heads.add(word);
      } else if (role.equals("marker")) {
        markers.add(word);
      }
    }
  }

  /**
   * The joint subject of the sentence before, if the tokens hold a collective subject and that
   * sentence names two states or organisations or more before its first verb.
   */
  List<String> jointSubjectBefore(MeetingSentence s, int from, int to) {
    if (!hasCollective(s, from, to) || s.sentence().index() == 0) {
      return List.of();
    }
    Sentence previous = s.analysis().annotatedText().sentences().get(s.sentence().index() - 1);
    MeetingSentence before = s.other(previous);
    int verb = before.last() + 1;
    for (int i = before.first(); i <= before.last(); i++) {
      if (before.token(i).isVerb()) {
        verb = i;
        break;
      }
    }
    List<String> parties = new ArrayList<>();
    for (Reference reference : before.references()) {
      boolean party = !before.actors().isPerson(reference.actor()) && !reference.qualifier();
      if (party && reference.lastToken() < verb && !parties.contains(reference.actor())) {
        parties.add(reference.actor());
      }
    }
    return parties.size() >= 2 ? parties : List.of();
  }

  private boolean hasCollective(MeetingSentence s, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!heads.contains(s.word(i))) {
        continue;
      }
      for (int k = i - 1; k >= Math.max(from, i - REACH); k--) {
        if (markers.contains(s.word(k))) {
          return true;
        }
      }
    }
    return false;
  }
}
