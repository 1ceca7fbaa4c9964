package org.attache.pipeline.events.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.pipeline.analysis.Reference;
import org.attache.pipeline.events.parties.SentenceView;

/**
 * The subject of an act of speech as the actors it joins: the actor its reference names with those
 * joined to it by "and" or commas ("India and Brunei resolved"), or the subject of the sentence's
 * first verb for an act joined to it.
 */
final class JoinedSubject {
  private JoinedSubject() {}

  /**
   * The subject of the sentence's first finite verb before the token: the nearest actor before it
   * ("During his visit to China, Minister Hayashi held talks ... and shared the view").
   */
  static Optional<Reference> main(SentenceView view, int before) {
    for (int v = view.first(); v < before; v++) {
      String pos = view.pos(v);
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
        for (int i = v - 1; i >= view.first(); i--) {
          Optional<Reference> reference = view.sideEndingAt(i);
          if (reference.isPresent()) {
            return reference;
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The subject ending in the reference, with the actors joined to it by "and" or commas. */
  static Speakers.Found of(SentenceView view, Reference last) {
    List<String> ids = new ArrayList<>();
    ids.add(last.actor());
    int first = last.firstToken();
    Reference current = last;
    while (true) {
      int start = descriptionBefore(view, current.firstToken());
      String joint = view.lower(start - 1);
      if (!joint.equals("and") && !joint.equals(",")) {
        break;
      }
      Optional<Reference> before = view.sideEndingAt(start - 2);
      if (before.isEmpty() || (!joint.equals("and") && !hasAndBetween(view, before.get(), last))) {
        break;
      }
      ids.add(0, before.get().actor());
      first = before.get().firstToken();
      current = before.get();
    }
    List<String> distinct = ids.stream().distinct().toList();
    return new Speakers.Found(distinct, distinct.size() > 1 ? "subject.joined" : "subject", first);
  }

  /**
   * The first token of a description standing before a name without being part of its reference
   * ("his Russian counterpart Vladimir Putin"): a possessive pronoun, then up to three adjectives
   * and nouns; the name's own first token where there is none.
   */
  private static int descriptionBefore(SentenceView view, int name) {
    int i = name - 1;
    while (i > name - 5 && (view.pos(i).startsWith("JJ") || view.pos(i).startsWith("NN"))) {
      i--;
    }
    return i < name - 1 && view.pos(i).equals("PRP$") ? i : name;
  }

  private static boolean hasAndBetween(SentenceView view, Reference from, Reference to) {
    for (int i = from.lastToken() + 1; i < to.firstToken(); i++) {
      if (view.lower(i).equals("and")) {
        return true;
      }
    }
    return false;
  }
}
