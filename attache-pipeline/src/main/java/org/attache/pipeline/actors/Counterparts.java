package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.mentions.Mention;

/**
 * Reads "X and his Austrian counterpart Y" and "X and his counterpart from Brunei, Y": Y holds the
 * post X holds, for the state the phrase names.
 */
final class Counterparts {
  private static final Set<String> WORDS = Set.of("counterpart", "counterparts");
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s");

  private Counterparts() {}

  static List<PostLink> link(SentenceMentions s, List<PostLink> existing, Set<String> beforeNames) {
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
      if (party.isEmpty() || name.isEmpty() || model.isEmpty() || named(existing, name.get())) {
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
