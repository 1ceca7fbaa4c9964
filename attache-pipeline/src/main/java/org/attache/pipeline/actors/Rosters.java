package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;

/**
 * Reads lists of people each named with their state after a plural title: "the ambassadors: Anna
 * Lind from Sweden, and Pablo Ortega from Uruguay", "The others were Peru's Lucia Romero and
 * Chile's Rosa Vidal", "Ruritania – Anna Berg; Freedonia – Omar Adil". Each person holds the plural
 * title's post for their own state. The title stands in the same sentence before the list, or in
 * the sentence before it.
 */
final class Rosters {
  private static final Set<String> DASHES = Set.of("-", "–", "—", ":");

  private Rosters() {}

  /** One person of a list, with the state or organisation written beside them. */
  private record Entry(Mention name, Mention party, int firstToken, int lastToken) {}

  /**
   * The posts of the people listed in the sentence, given the plural titles of the sentence and of
   * the one before it.
   */
  static List<PostLink> link(
      SentenceMentions s,
      List<PostPhrase> phrases,
      Optional<PostPhrase> pluralBefore,
      List<PostLink> existing) {
    List<Entry> entries = entries(s, existing);
    if (entries.size() < 2) {
      return List.of();
    }
    Optional<PostPhrase> title = Optional.empty();
    for (PostPhrase phrase : phrases) {
      if (plural(s, phrase) && phrase.lastToken() < entries.get(0).firstToken()) {
        title = Optional.of(phrase);
      }
    }
    title = title.or(() -> pluralBefore);
    if (title.isEmpty()) {
      return List.of();
    }
    List<PostLink> links = new ArrayList<>();
    for (Entry entry : entries) {
      PostPhrase phrase =
          new PostPhrase(
              title.get().title(),
              List.of(entry.party().value()),
              Optional.empty(),
              entry.firstToken(),
              entry.lastToken(),
              List.of(entry.party()),
              title.get().portfolio());
      Span span = NameLinker.spanOf(s, entry.firstToken(), entry.lastToken());
      links.add(
          new PostLink(
              phrase,
              Optional.of(entry.name()),
              Optional.of(entry.party().value()),
              Optional.empty(),
              span,
              "post.roster"));
    }
    return links;
  }

  /** The last plural title of the sentence, for a list in the sentence after it. */
  static Optional<PostPhrase> lastPlural(SentenceMentions s, List<PostPhrase> phrases) {
    Optional<PostPhrase> last = Optional.empty();
    for (PostPhrase phrase : phrases) {
      if (plural(s, phrase)) {
        last = Optional.of(phrase);
      }
    }
    return last;
  }

  /** The people of the sentence written as "A's X", "X from A" or "A – X", not yet given a post. */
  private static List<Entry> entries(SentenceMentions s, List<PostLink> existing) {
    List<Entry> entries = new ArrayList<>();
    for (Mention name : s.mentions()) {
      if (name.kind() != MentionKind.PERSON || named(existing, name)) {
        continue;
      }
      int before = name.firstToken() - 1;
      Optional<Mention> party = Optional.empty();
      if (PostPhrases.POSSESSIVE.contains(s.lower(before)) || DASHES.contains(s.lower(before))) {
        party = s.partyEndingAt(before - 1).filter(m -> m.kind() != MentionKind.DEMONYM);
      }
      if (party.isEmpty() && s.lower(name.lastToken() + 1).equals("from")) {
        int at = name.lastToken() + 2;
        int from = s.lower(at).equals("the") && s.at(at).isEmpty() ? at + 1 : at;
        party = s.partyStartingAt(from).filter(m -> m.kind() != MentionKind.DEMONYM);
      }
      if (party.isPresent()) {
        Mention p = party.get();
        entries.add(
            new Entry(
                name,
                p,
                Math.min(p.firstToken(), name.firstToken()),
                Math.max(p.lastToken(), name.lastToken())));
      }
    }
    return entries;
  }

  private static boolean named(List<PostLink> links, Mention name) {
    return links.stream().anyMatch(l -> l.name().equals(Optional.of(name)));
  }

  private static boolean plural(SentenceMentions s, PostPhrase phrase) {
    return s.token(phrase.title().lastToken())
        .map(t -> t.pos().equals("NNS") || t.pos().equals("NNPS"))
        .orElse(false);
  }
}
