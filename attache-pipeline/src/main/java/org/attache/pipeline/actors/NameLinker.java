package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Span;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;

/**
 * Links post phrases to the names they qualify, in three constructions tried in this order over a
 * sentence: the title before the name ("SCO Secretary-General Vladimir Norov", "President Tokayev
 * of Kazakhstan"); the names before the title in apposition ("Chen Dehai, Secretary-General of the
 * ASEAN-China Centre"; "X and Y, Ambassadors of A and B to C", distributed in order); the title
 * before the name in apposition ("the Foreign Minister of Brunei, Dato Erywan"). A phrase with no
 * name is a description.
 */
final class NameLinker {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Words between the comma of an apposition and its title: ", the new ambassador". */
  private static final Set<String> APPOSITION_MODIFIERS =
      Set.of("new", "newly", "appointed", "acting", "current", "incoming", "now", "currently");

  private NameLinker() {}

  static List<PostLink> link(SentenceMentions s, List<PostPhrase> phrases, Set<String> honorifics) {
    List<PostLink> links = new ArrayList<>();
    Set<Mention> claimed = new HashSet<>();
    List<PostPhrase> open = new ArrayList<>();
    for (PostPhrase phrase : phrases) {
      Optional<PostLink> link = titleThenName(s, phrase, honorifics, claimed);
      if (link.isPresent()) {
        links.add(link.get());
      } else {
        open.add(phrase);
      }
    }
    List<PostPhrase> stillOpen = new ArrayList<>();
    for (PostPhrase phrase : open) {
      List<PostLink> found = namesThenTitle(s, phrase, claimed);
      if (found.isEmpty()) {
        stillOpen.add(phrase);
      }
      links.addAll(found);
    }
    for (PostPhrase phrase : stillOpen) {
      List<PostLink> distributed = titlesCommaNames(s, phrase, claimed, honorifics);
      if (!distributed.isEmpty()) {
        links.addAll(distributed);
        continue;
      }
      links.add(
          titleCommaName(s, phrase, claimed, honorifics).orElseGet(() -> description(s, phrase)));
    }
    return links;
  }

  private static Optional<PostLink> titleThenName(
      SentenceMentions s, PostPhrase phrase, Set<String> honorifics, Set<Mention> claimed) {
    int at = phrase.lastToken() + 1;
    Optional<Mention> name = s.nameAt(at, honorifics);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    claimed.add(name.get());
    List<String> of = new ArrayList<>(phrase.of());
    int end = name.get().lastToken();
    String rule = "post.title_name";
    String after = s.lower(end + 1);
    if (of.isEmpty() && (after.equals("of") || after.equals("from"))) {
      Optional<Mention> party = partyAfter(s, end + 2);
      if (party.isPresent()) {
        of.add(party.get().value());
        end = party.get().lastToken();
        rule = "post.title_name_of";
      }
    }
    if (of.isEmpty() && after.equals(",")) {
      // "Ambassador Ilse Maier, Austria;": the state closing the line
      Optional<Mention> party = partyAfter(s, end + 2);
      if (party.isPresent() && endsClause(s, party.get().lastToken() + 1)) {
        of.add(party.get().value());
        end = party.get().lastToken();
        rule = "post.title_name_comma_state";
      }
    }
    Span span = spanOf(s, phrase.firstToken(), end);
    return Optional.of(new PostLink(phrase, name, first(of), phrase.to(), span, rule));
  }

  private static List<PostLink> namesThenTitle(
      SentenceMentions s, PostPhrase phrase, Set<Mention> claimed) {
    int comma = phrase.firstToken() - 1;
    while (ARTICLES.contains(s.lower(comma)) || APPOSITION_MODIFIERS.contains(s.lower(comma))) {
      comma--;
    }
    if (!s.lower(comma).equals(",")) {
      return List.of();
    }
    boolean plural =
        s.token(phrase.title().lastToken()).map(t -> t.pos().endsWith("S")).orElse(false);
    List<Mention> names = new ArrayList<>();
    int at = comma - 1;
    while (true) {
      Optional<Mention> name = s.endingAt(at, MentionKind.PERSON);
      if (name.isEmpty() || claimed.contains(name.get())) {
        break;
      }
      names.add(0, name.get());
      if (!plural) {
        break;
      }
      String joint = s.lower(name.get().firstToken() - 1);
      if (!joint.equals("and") && !joint.equals(",")) {
        break;
      }
      at = name.get().firstToken() - 2;
    }
    List<PostLink> links = new ArrayList<>();
    List<String> of = phrase.of();
    for (int i = 0; i < names.size(); i++) {
      Mention name = names.get(i);
      claimed.add(name);
      Optional<String> party = of.size() == names.size() ? Optional.of(of.get(i)) : first(of);
      String rule =
          of.size() == names.size() && names.size() > 1
              ? "post.names_comma_titles_distributed"
              : "post.name_comma_title";
      Span span = spanOf(s, name.firstToken(), phrase.lastToken());
      links.add(new PostLink(phrase, Optional.of(name), party, phrase.to(), span, rule));
    }
    return links;
  }

  private static Optional<PostLink> titleCommaName(
      SentenceMentions s, PostPhrase phrase, Set<Mention> claimed, Set<String> honorifics) {
    if (!s.lower(phrase.lastToken() + 1).equals(",")) {
      return Optional.empty();
    }
    int at = phrase.lastToken() + 2;
    Optional<Mention> name = s.nameAt(at, honorifics);
    if (name.isEmpty() || claimed.contains(name.get())) {
      return Optional.empty();
    }
    String next = s.lower(name.get().lastToken() + 1);
    boolean verb = s.token(name.get().lastToken() + 1).map(t -> t.isVerb()).orElse(false);
    if (!next.equals(",") && !next.equals(".") && !next.isEmpty() && !verb) {
      return Optional.empty();
    }
    claimed.add(name.get());
    Span span = spanOf(s, phrase.firstToken(), name.get().lastToken());
    return Optional.of(
        new PostLink(phrase, name, first(phrase.of()), phrase.to(), span, "post.title_comma_name"));
  }

  /**
   * "The heads of the foreign ministries of Russia and the United States, Sergey Lavrov and Mike
   * Pompeo": a plural title over as many states as names that follow it, distributed in order.
   */
  private static List<PostLink> titlesCommaNames(
      SentenceMentions s, PostPhrase phrase, Set<Mention> claimed, Set<String> honorifics) {
    boolean plural =
        s.token(phrase.title().lastToken()).map(t -> t.pos().endsWith("S")).orElse(false);
    if (!plural || phrase.of().size() < 2 || !s.lower(phrase.lastToken() + 1).equals(",")) {
      return List.of();
    }
    List<Mention> names = new ArrayList<>();
    int at = phrase.lastToken() + 2;
    while (names.size() < phrase.of().size()) {
      Optional<Mention> name = s.nameAt(at, honorifics);
      if (name.isEmpty() || claimed.contains(name.get())) {
        return List.of();
      }
      names.add(name.get());
      String joint = s.lower(name.get().lastToken() + 1);
      at = name.get().lastToken() + 2;
      if (joint.equals(",") && s.lower(at).equals("and")) {
        at++;
      } else if (!joint.equals(",") && !joint.equals("and")) {
        break;
      }
    }
    if (names.size() != phrase.of().size()) {
      return List.of();
    }
    List<PostLink> links = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      claimed.add(names.get(i));
      Span span = spanOf(s, phrase.firstToken(), names.get(i).lastToken());
      links.add(
          new PostLink(
              phrase,
              Optional.of(names.get(i)),
              Optional.of(phrase.of().get(i)),
              phrase.to(),
              span,
              "post.titles_comma_names_distributed"));
    }
    return links;
  }

  private static PostLink description(SentenceMentions s, PostPhrase phrase) {
    Span span = spanOf(s, phrase.firstToken(), phrase.lastToken());
    return new PostLink(
        phrase, Optional.empty(), first(phrase.of()), phrase.to(), span, "post.description");
  }

  /** Whether the sentence ends at the token, or a semicolon or full stop closes the clause. */
  private static boolean endsClause(SentenceMentions s, int at) {
    String word = s.lower(at);
    return word.isEmpty() || word.equals(".") || word.equals(";");
  }

  private static Optional<Mention> partyAfter(SentenceMentions s, int at) {
    int from = s.lower(at).equals("the") && s.at(at).isEmpty() ? at + 1 : at;
    return s.partyStartingAt(from).filter(m -> m.kind() != MentionKind.DEMONYM);
  }

  private static Optional<String> first(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  static Span spanOf(SentenceMentions s, int firstToken, int lastToken) {
    int start = s.token(firstToken).orElseThrow().start();
    int end = s.token(lastToken).orElseThrow().end();
    return new Span(start, end);
  }
}
