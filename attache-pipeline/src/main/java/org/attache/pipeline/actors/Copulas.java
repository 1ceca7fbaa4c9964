package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;

/**
 * Reads a title said of a name by a verb: "Peru's Lucia Romero was the first ambassador to be
 * received", "Ana Ruiz became the first ambassador to Lima from Chile", "Omar Adil, who is the
 * Foreign Minister". A state written with the possessive before the name ("Peru's") is the one
 * served where the title names none.
 */
final class Copulas {
  private static final Set<String> VERBS =
      Set.of("is", "was", "became", "becomes", "become", "remains", "remained");
  private static final Set<String> BEFORE_TITLE =
      Set.of("the", "a", "an", "first", "new", "newly", "appointed", "only", "current", "sole");

  private Copulas() {}

  /** The descriptions of the sentence that a verb says of a name, read as that name's posts. */
  static List<PostLink> link(SentenceMentions s, List<PostLink> links) {
    List<PostLink> result = new ArrayList<>(links);
    for (int i = 0; i < result.size(); i++) {
      PostLink description = result.get(i);
      if (description.name().isPresent()) {
        continue;
      }
      int at = description.phrase().firstToken() - 1;
      while (BEFORE_TITLE.contains(s.lower(at))) {
        at--;
      }
      if (!VERBS.contains(s.lower(at))) {
        continue;
      }
      at--;
      if (s.lower(at).equals("has") || s.lower(at).equals("had")) {
        at--;
      }
      if (s.lower(at).equals("who") && s.lower(at - 1).equals(",")) {
        at -= 2;
      }
      Optional<Mention> name = s.endingAt(at, MentionKind.PERSON);
      if (name.isEmpty() || named(result, name.get())) {
        continue;
      }
      Optional<String> of = description.of().or(() -> possessiveParty(s, name.get()));
      result.set(
          i,
          new PostLink(
              description.phrase(),
              name,
              of,
              description.to(),
              NameLinker.spanOf(s, name.get().firstToken(), description.phrase().lastToken()),
              "post.name_is_title"));
    }
    return result;
  }

  /** "Argentina's Eduardo Amadeo": the state written with the possessive before the name. */
  private static Optional<String> possessiveParty(SentenceMentions s, Mention name) {
    int before = name.firstToken() - 1;
    if (!PostPhrases.POSSESSIVE.contains(s.lower(before))) {
      return Optional.empty();
    }
    return s.partyEndingAt(before - 1)
        .filter(m -> m.kind() != MentionKind.DEMONYM)
        .map(Mention::value);
  }

  private static boolean named(List<PostLink> links, Mention name) {
    return links.stream().anyMatch(l -> l.name().equals(Optional.of(name)));
  }
}
