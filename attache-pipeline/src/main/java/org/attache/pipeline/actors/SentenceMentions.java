package org.attache.pipeline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/** One sentence's tokens with the mention, if any, that covers each of them. */
final class SentenceMentions {
  private final Sentence sentence;
  private final List<Mention> mentions;
  private static final Set<String> ORGANISATION_NOUNS =
      Set.of(
          "bloc", "organisation", "organization", "grouping", "alliance", "association", "union");

  private final Map<Integer, Mention> byToken = new HashMap<>();

  /** The organisation named last before the sentence, if any. */
  private final Optional<Mention> organisationBefore;

  SentenceMentions(Sentence sentence, List<Mention> mentions) {
    this(sentence, mentions, Optional.empty());
  }

  SentenceMentions(
      Sentence sentence, List<Mention> mentions, Optional<Mention> organisationBefore) {
    this.sentence = sentence;
    this.mentions = List.copyOf(mentions);
    this.organisationBefore = organisationBefore;
    for (Mention mention : mentions) {
      for (int i = mention.firstToken(); i <= mention.lastToken(); i++) {
        byToken.putIfAbsent(i, mention);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  List<Mention> mentions() {
    return mentions;
  }

  boolean inside(int token) {
    return sentence.tokens().size() > 0
        && token >= sentence.firstToken()
        && token < sentence.firstToken() + sentence.tokens().size();
  }

  Optional<Token> token(int index) {
    return inside(index) ? Optional.of(sentence.token(index)) : Optional.empty();
  }

  /** The token's text in lower case, or "" outside the sentence. */
  String lower(int index) {
    return token(index).map(t -> t.text().toLowerCase(Locale.ROOT)).orElse("");
  }

  Optional<Mention> at(int token) {
    return Optional.ofNullable(byToken.get(token));
  }

  /** The mention of the given kind that starts exactly at the token. */
  Optional<Mention> startingAt(int token, MentionKind kind) {
    return at(token).filter(m -> m.kind() == kind && m.firstToken() == token);
  }

  /**
   * The name that starts at the token, or after the honorifics and styles written before it ("H.E.
   * Dato Seri Erywan Yusof").
   */
  Optional<Mention> nameAt(int token, Set<String> beforeNames) {
    int at = token;
    while (startingAt(at, MentionKind.PERSON).isEmpty()
        && (beforeNames.contains(lower(at)) || lower(at).equals("."))) {
      at++;
    }
    return startingAt(at, MentionKind.PERSON);
  }

  /**
   * The organisation named last before the token, in this sentence or before it: what "the bloc" or
   * "the organisation" refers to.
   */
  Optional<Mention> organisationBefore(int token) {
    Mention last = null;
    for (Mention mention : mentions) {
      if (mention.kind() == MentionKind.ORGANISATION && mention.lastToken() < token) {
        last = mention;
      }
    }
    return Optional.ofNullable(last).or(() -> organisationBefore);
  }

  /**
   * The token of a noun that refers back to an organisation ("the bloc", "the organisation") at the
   * token, after "the"; -1 where there is none.
   */
  int organisationNounAt(int token) {
    if (!lower(token).equals("the")) {
      return -1;
    }
    return ORGANISATION_NOUNS.contains(lower(token + 1)) && at(token + 1).isEmpty()
        ? token + 1
        : -1;
  }

  /** The mention of the given kind that ends exactly at the token. */
  Optional<Mention> endingAt(int token, MentionKind kind) {
    return at(token).filter(m -> m.kind() == kind && m.lastToken() == token);
  }

  /** A state, demonym or organisation mention starting at the token. */
  Optional<Mention> partyStartingAt(int token) {
    return at(token).filter(m -> m.isParty() && m.firstToken() == token);
  }

  /** A state, demonym or organisation mention ending at the token. */
  Optional<Mention> partyEndingAt(int token) {
    return at(token).filter(m -> m.isParty() && m.lastToken() == token);
  }
}
