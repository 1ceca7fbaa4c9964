package org.attache.pipeline.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Place;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Mentions;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.read.SourceDocument;

/**
 * Finds a news dateline: a city that opens one of the first sentences of the body, followed by a
 * comma, a parenthesis, a dash, a slash or a full stop, a date, or the end of its line ("TEHRAN,
 * Oct. 09 (MNA) –", "Jakarta (ANTARA) -", "Ulaanbaatar /MONTSAME/.", "NUR-SULTAN. KAZINFORM –",
 * "Addis Ababa February 6/2021 (ENA)", "Cairo" on a line of its own); the city may come after the
 * publisher's name in parentheses ("(MENAFN- Trend News Agency) BAKU, Azerbaijan, December 1.").
 * Else a sign-off, a last line of a city and a date ("St. Petersburg, 17 June 2016").
 */
public final class Datelines {
  private static final Set<String> AFTER_CITY =
      Set.of(",", "(", "-LRB-", "-", "–", "—", ":", "/", ".", "--");
  private static final int FIRST_SENTENCES = 4;

  /** The most tokens a sign-off's date takes ("17 June 2016", "June 17, 2016."). */
  private static final int SIGN_OFF_DATE = 5;

  private Datelines() {}

  /** The dateline of a text whose first sentence may be its title. */
  public static Optional<Place> find(AnnotatedText text, Mentions mentions) {
    return find(text, mentions, 0);
  }

  /** The dateline of a document's text: its title is no dateline. */
  public static Optional<Place> of(Analysis analysis) {
    int bodyStart =
        analysis
            .document()
            .title()
            .map(t -> t.length() + SourceDocument.TITLE_SEPARATOR.length())
            .orElse(0);
    return find(analysis.annotatedText(), analysis.mentionList(), bodyStart);
  }

  /**
   * The dateline of a text whose body starts at {@code bodyStart} (the title before it is no
   * dateline).
   */
  public static Optional<Place> find(AnnotatedText text, Mentions mentions, int bodyStart) {
    List<Sentence> sentences = text.sentences();
    int seen = 0;
    for (int i = 0; i < sentences.size() && seen < FIRST_SENTENCES; i++) {
      Sentence sentence = sentences.get(i);
      if (sentence.span().start() < bodyStart || sentence.tokens().isEmpty()) {
        continue;
      }
      seen++;
      List<Mention> in = mentions.in(sentence);
      Optional<Mention> city = in.stream().filter(m -> m.kind() == MentionKind.CITY).findFirst();
      if (city.isPresent() && opens(sentence, city.get()) && followed(text, sentence, city.get())) {
        Mention first = city.get();
        return Optional.of(
            new Place(
                Optional.empty(), Optional.of(CityNames.of(first, text.text())), first.country()));
      }
    }
    return signOff(text, mentions);
  }

  /** Whether the city opens the sentence, or follows only a parenthesis ("(Agency) BAKU"). */
  private static boolean opens(Sentence sentence, Mention city) {
    if (city.firstToken() == sentence.firstToken()) {
      return true;
    }
    String first = sentence.token(sentence.firstToken()).text();
    if (!first.equals("(") && !first.equals("-LRB-")) {
      return false;
    }
    for (int i = sentence.firstToken() + 1; i < city.firstToken(); i++) {
      String word = sentence.token(i).text();
      if (word.equals(")") || word.equals("-RRB-")) {
        return i == city.firstToken() - 1;
      }
    }
    return false;
  }

  /** Whether what follows the city makes it a dateline. */
  private static boolean followed(AnnotatedText text, Sentence sentence, Mention city) {
    int next = city.lastToken() + 1;
    int end = sentence.firstToken() + sentence.tokens().size();
    if (next >= end) {
      return true;
    }
    String word = sentence.token(next).text();
    if (AFTER_CITY.contains(word) || CalendarWords.MONTHS.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String between = text.text().substring(city.span().end(), sentence.token(next).start());
    return between.contains("\n");
  }

  /**
   * A closing line of a city and a date and nothing more ("St. Petersburg, 17 June 2016"), as
   * readouts and joint statements end.
   */
  private static Optional<Place> signOff(AnnotatedText text, Mentions mentions) {
    List<Sentence> sentences = text.sentences();
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
        return Optional.of(
            new Place(
                Optional.empty(), Optional.of(CityNames.of(city, text.text())), city.country()));
      }
    }
    return Optional.empty();
  }
}
