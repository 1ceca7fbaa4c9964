package org.attache.pipeline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.pipeline.mentions.Mention;
import org.attache.pipeline.mentions.MentionKind;
import org.attache.pipeline.nlp.Sentence;
import org.attache.pipeline.nlp.Token;

/** One sentence's tokens with the mention, if any, that covers each of them. */
final class SentenceMentions {
  private final Sentence sentence;
  private final List<Mention> mentions;
  private final Map<Integer, Mention> byToken = new HashMap<>();

  SentenceMentions(Sentence sentence, List<Mention> mentions) {
    this.sentence = sentence;
    this.mentions = List.copyOf(mentions);
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
