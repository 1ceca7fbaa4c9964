package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;

/**
 * Reads "X and his Austrian counterpart Y" and "X and his counterpart from Brunei, Y": Y holds the
 * post X holds, for the state the phrase names.
 */
final class Counterparts {
  private static final Set<String> WORDS = Set.of("counterpart", "counterparts");
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s");

  private Counterparts() {}

  /**
   * "Xi and his Russian counterpart Vladimir Putin" where the sentence gives Xi no post: Y holds
   * the post the document gives the subject, for the state the phrase names; read once the
   * document's people are known.
   *
   * @param subject the name of the person whose counterpart is named
   * @param name the counterpart's name
   * @param party the state or organisation the counterpart serves
   * @param firstToken the first token of the counterpart phrase
   * @param lastToken its last token, before the name
   */
  record Pending(Mention subject, Mention name, Mention party, int firstToken, int lastToken) {}

  static List<PostLink> link(SentenceMentions s, List<PostLink> existing, Set<String> beforeNames) {
    return read(s, existing, beforeNames, new ArrayList<>());
  }

  /** The counterparts of the sentence whose subject has no post in it. */
  static List<Pending> pending(
      SentenceMentions s, List<PostLink> existing, Set<String> beforeNames) {
    List<Pending> pending = new ArrayList<>();
    read(s, existing, beforeNames, pending);
    return pending;
  }

  private static List<PostLink> read(
      SentenceMentions s, List<PostLink> existing, Set<String> beforeNames, List<Pending> pending) {
    List<PostLink> links = new ArrayList<>();
    for (int i = s.sentence().firstToken();
        i < s.sentence().firstToken() + s.sentence().tokens().size();
        i++) {
      if (!WORDS.contains(s.lower(i))) {
        continue;
      }
      int first = i;
      Optional<Mention> party = s.partyEndingAt(i - 1);
      if (party.isEmpty() && POSSESSIVE.contains(s.lower(i - 1))) {
        party = s.partyEndingAt(i - 2);
      }
      if (party.isPresent()) {
        first = party.get().firstToken();
      }
      int at = i + 1;
      if (party.isEmpty() && (s.lower(at).equals("from") || s.lower(at).equals("of"))) {
        int from = s.lower(at + 1).equals("the") && s.at(at + 1).isEmpty() ? at + 2 : at + 1;
        party = s.partyStartingAt(from);
        if (party.isPresent()) {
          at = party.get().lastToken() + 1;
        }
      }
      if (s.lower(at).equals(",")) {
        at++;
      }
      Optional<Mention> name = s.nameAt(at, beforeNames);
      Optional<PostLink> model = nearestPostBefore(existing, first);
      if (party.isEmpty() || name.isEmpty() || named(existing, name.get())) {
        continue;
      }
      if (model.isEmpty()) {
        Optional<Mention> subject = subjectBefore(s, first);
        if (subject.isPresent()) {
          Mention state = party.get();
          pending.add(
              new Pending(
                  subject.get(),
                  name.get(),
                  state,
                  Math.min(first, state.firstToken()),
                  Math.max(i, state.lastToken())));
        }
        continue;
      }
      Mention state = party.get();
      PostPhrase phrase =
          new PostPhrase(
              model.get().phrase().title(),
              List.of(state.value()),
              Optional.empty(),
              first,
              Math.max(i, state.lastToken()),
              List.of(state),
              "");
      links.add(
          new PostLink(
              phrase,
              name,
              Optional.of(state.value()),
              Optional.empty(),
              NameLinker.spanOf(s, first, name.get().lastToken()),
              "post.counterpart"));
    }
    return links;
  }

  /** "X and his": the name right before "and his" or "and her", ahead of the counterpart. */
  private static Optional<Mention> subjectBefore(SentenceMentions s, int first) {
    String pronoun = s.lower(first - 1);
    if (!(pronoun.equals("his") || pronoun.equals("her")) || !s.lower(first - 2).equals("and")) {
      return Optional.empty();
    }
    return s.endingAt(first - 3, MentionKind.PERSON);
  }

  private static Optional<PostLink> nearestPostBefore(List<PostLink> links, int token) {
    PostLink best = null;
    for (PostLink link : links) {
      if (link.name().isPresent()
          && link.name().get().lastToken() < token
          && (best == null || link.name().get().lastToken() > best.name().get().lastToken())) {
        best = link;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean named(List<PostLink> links, Mention name) {
    return links.stream().anyMatch(l -> l.name().equals(Optional.of(name)));
  }
}
