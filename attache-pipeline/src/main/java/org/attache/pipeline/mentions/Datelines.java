package org.attache.pipeline.mentions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Place;
import org.attache.pipeline.nlp.AnnotatedText;
import org.attache.pipeline.nlp.Sentence;

/**
 * Finds a news dateline: a city that opens one of the first sentences of the body, followed by a
 * comma, a parenthesis or a dash ("TEHRAN, Oct. 09 (MNA) –", "Jakarta (ANTARA) -"); else a
 * sign-off, a last line of a city and a date ("St. Petersburg, 17 June 2016").
 */
public final class Datelines {
  private static final Set<String> AFTER_CITY = Set.of(",", "(", "-LRB-", "-", "–", "—", ":");
  private static final int FIRST_SENTENCES = 3;

  /** The most tokens a sign-off's date takes ("17 June 2016", "June 17, 2016."). */
  private static final int SIGN_OFF_DATE = 5;

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
    return signOff(sentences, mentions);
  }

  /**
   * A closing line of a city and a date and nothing more ("St. Petersburg, 17 June 2016"), as
   * readouts and joint statements end.
   */
  private static Optional<Place> signOff(List<Sentence> sentences, Mentions mentions) {
    for (int i = sentences.size() - 1; i >= Math.max(0, sentences.size() - 2); i--) {
      Sentence sentence = sentences.get(i);
      List<Mention> in = mentions.in(sentence);
      if (in.size() != 1 || in.get(0).kind() != MentionKind.CITY) {
        continue;
      }
      Mention city = in.get(0);
      int end = sentence.firstToken() + sentence.tokens().size();
      int next = city.lastToken() + 1;
      boolean opens = city.firstToken() == sentence.firstToken();
      boolean comma = next < end && sentence.token(next).text().equals(",");
      int rest = end - next - 1;
      boolean year = false;
      for (int t = next + 1; t < end; t++) {
        year |= sentence.token(t).text().matches("(19|20)\\d\\d");
      }
      if (opens && comma && rest >= 1 && rest <= SIGN_OFF_DATE && year) {
        return Optional.of(new Place(Optional.empty(), Optional.of(city.value()), city.country()));
      }
    }
    return Optional.empty();
  }
}
