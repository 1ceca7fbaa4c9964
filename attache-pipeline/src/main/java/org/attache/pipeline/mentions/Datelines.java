package org.attache.pipeline.mentions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Place;
import org.attache.pipeline.nlp.AnnotatedText;
import org.attache.pipeline.nlp.Sentence;

/**
 * Finds a news dateline: a city that opens one of the first sentences of the body, followed by a
 * comma, a parenthesis or a dash ("TEHRAN, Oct. 09 (MNA) –", "Jakarta (ANTARA) -").
 */
public final class Datelines {
  private static final Set<String> AFTER_CITY = Set.of(",", "(", "-LRB-", "-", "–", "—", ":");
  private static final int FIRST_SENTENCES = 3;

  private Datelines() {}

  public static Optional<Place> find(AnnotatedText text, Mentions mentions) {
    List<Sentence> sentences = text.sentences();
    int limit = Math.min(sentences.size(), FIRST_SENTENCES);
    for (int i = 0; i < limit; i++) {
      Sentence sentence = sentences.get(i);
      List<Mention> in = mentions.in(sentence);
      if (in.isEmpty()) {
        continue;
      }
      Mention first = in.get(0);
      int next = first.lastToken() + 1;
      boolean opens = first.firstToken() == sentence.firstToken();
      boolean followed =
          next < sentence.firstToken() + sentence.tokens().size()
              && AFTER_CITY.contains(sentence.token(next).text());
      if (first.kind() == MentionKind.CITY && opens && followed) {
        return Optional.of(
            new Place(Optional.empty(), Optional.of(first.value()), first.country()));
      }
    }
    return Optional.empty();
  }
}
