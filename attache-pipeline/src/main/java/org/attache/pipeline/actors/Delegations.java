package org.attache.pipeline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;

/**
 * Reads "the delegation of A was led by X", "A's delegation, headed by X" and "the A delegation led
 * by X": X serves A. The leader's name may follow a title ("led by Deputy Minister of Foreign
 * Affairs X").
 */
final class Delegations {
  private static final Set<String> LED = Set.of("led", "headed", "chaired");

  /** How far before "led" the word "delegation" may stand. */
  private static final int REACH = 10;

  private Delegations() {}

  /** The parties that the leaders named in the sentence serve, by their name mention. */
  static Map<Mention, String> leaders(
      SentenceMentions s, List<PostPhrase> phrases, Set<String> beforeNames) {
    Map<Mention, String> leaders = new HashMap<>();
    int first = s.sentence().firstToken();
    int end = first + s.sentence().tokens().size();
    for (int i = first; i < end; i++) {
      if (!LED.contains(s.lower(i)) || !s.lower(i + 1).equals("by")) {
        continue;
      }
      Optional<Mention> party = delegationBefore(s, i);
      if (party.isEmpty()) {
        continue;
      }
      int at = i + 2;
      for (PostPhrase phrase : phrases) {
        int start = s.lower(at).equals("the") ? at + 1 : at;
        if (phrase.firstToken() == start || phrase.title().firstToken() == start) {
          at = phrase.lastToken() + 1;
          break;
        }
      }
      s.nameAt(at, beforeNames).ifPresent(name -> leaders.put(name, party.get().value()));
    }
    return leaders;
  }

  /** The party whose delegation is named shortly before the token, within the clause. */
  private static Optional<Mention> delegationBefore(SentenceMentions s, int led) {
    for (int at = led - 1; at >= led - REACH && s.inside(at); at--) {
      if (s.lower(at).equals(";")
          || s.at(at).filter(m -> m.kind() == MentionKind.PERSON).isPresent()) {
        return Optional.empty();
      }
      if (!s.lower(at).endsWith("delegation")) {
        continue;
      }
      int after = at + 1;
      if (s.lower(after).equals("of")) {
        int from = s.lower(after + 1).equals("the") ? after + 2 : after + 1;
        Optional<Mention> party = s.partyStartingAt(from);
        if (party.isPresent()) {
          return party;
        }
      }
      int before = at - 1;
      if (PostPhrases.POSSESSIVE.contains(s.lower(before))) {
        before--;
      }
      return s.partyEndingAt(before);
    }
    return Optional.empty();
  }
}
