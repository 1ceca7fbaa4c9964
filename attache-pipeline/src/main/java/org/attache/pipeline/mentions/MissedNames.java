package org.attache.pipeline.mentions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.pipeline.analysis.AnnotatedText;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Sentence;
import org.attache.pipeline.analysis.Token;

/**
 * The names the tagger missed or cut: capitalised words right after a title ("Ambassador X Y"),
 * after the office a title names, before a title in apposition ("X Y, the new ambassador"), and a
 * word of a longer name written alone elsewhere. Each looks only at the sentence's titles and at
 * the tokens next to them, so that the whole is linear in the document's length.
 */
final class MissedNames {
  private static final Set<String> QUALIFIER_WORDS = Set.of("of", "to", "the", "and", "for", "in");

  /** Words of a state's institutions, written after its name: "the US Embassy". */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of("embassy", "ministry", "mission", "consulate", "office", "department", "government");

  /** Words that join the words of an office: "General Affairs and Coordination Division". */
  private static final Set<String> PORTFOLIO_JOINERS =
      Set.of("and", "&", ",", "of", "the", "(", ")", "'s", "’s");

  /** Words between the comma of an apposition and its title: ", the new ambassador". */
  private static final Set<String> APPOSITION_MODIFIERS =
      Set.of("the", "a", "an", "new", "newly", "appointed", "acting", "current", "incoming");

  private final NameWords words;

  MissedNames(NameWords words) {
    this.words = words;
  }

  /**
   * "Xi and his Russian counterpart": a word of a name of two words or more ("Xi Jinping"), written
   * alone elsewhere where the tagger did not mark it, is a name too: a proper noun, not opening its
   * sentence unless a verb follows.
   */
  List<Mention> echoes(AnnotatedText text, List<Mention> all, boolean[] taken) {
    Set<String> nameWords = new HashSet<>();
    for (Mention mention : all) {
      if (mention.kind() == MentionKind.PERSON && mention.lastToken() > mention.firstToken()) {
        nameWords.add(text.tokens().get(mention.firstToken()).text());
        nameWords.add(text.tokens().get(mention.lastToken()).text());
      }
    }
    List<Mention> found = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      int first = sentence.firstToken();
      int end = first + sentence.tokens().size();
      for (int at = first; at < end; at++) {
        Token token = sentence.token(at);
        boolean verbNext = at + 1 < end && sentence.token(at + 1).isVerb();
        if (taken[at]
            || !nameWords.contains(token.text())
            || token.text().length() < 2
            || !token.isProperNoun()
            || words.honorific(token.text())
            || (at == first && !verbNext)
            || (at + 1 < end && looksLikeName(sentence.token(at + 1)))
            || (at > first && looksLikeName(sentence.token(at - 1)))) {
          continue;
        }
        List<Mention> one = new ArrayList<>();
        FindMentions.flush(new ArrayList<>(List.of(token)), one);
        for (Mention name : one) {
          FindMentions.mark(taken, name);
          found.add(name);
        }
      }
    }
    return found;
  }

  /**
   * Capitalised words right after a title that the tagger did not mark: "Ambassador X Y".
   *
   * @param titles the sentence's titles, in order
   * @param partyStartingAt the first state, demonym or organisation mention starting at a token
   * @param taken the tokens that a mention covers
   */
  List<Mention> afterTitles(
      Sentence sentence,
      List<Mention> titles,
      Map<Integer, Mention> partyStartingAt,
      boolean[] taken) {
    List<Mention> found = new ArrayList<>();
    int end = sentence.firstToken() + sentence.tokens().size();
    for (Mention title : titles) {
      int at = skipQualifiers(sentence, partyStartingAt, title.lastToken() + 1, end);
      if (at < 0) {
        at = afterPortfolio(sentence, partyStartingAt, taken, title.lastToken() + 1, end);
      }
      if (at < 0) {
        continue;
      }
      while (at < end
          && (words.honorific(sentence.token(at).text())
              || words.style(sentence.token(at).text()))) {
        at++;
      }
      List<Token> run = new ArrayList<>();
      while (at < end
          && !taken[at]
          && looksLikeName(sentence.token(at))
          && !words.headlineVerb(sentence.token(at).text())) {
        run.add(sentence.token(at));
        at++;
      }
      if (run.size() == 1 && closesSentence(sentence, at, end)) {
        // "... in Saudi Arabia Martina Strong.": a capitalised word the tagger did not take for a
        // name, closing the sentence after one it did
        Token last = sentence.token(at);
        if (FindMentions.capitalised(last) && !words.headlineVerb(last.text()) && !taken[at]) {
          run.add(last);
          at++;
        }
      }
      if (run.size() >= 2 || (run.size() == 1 && at < end && sentence.token(at).isVerb())) {
        take(run, taken, found);
      }
    }
    return found;
  }

  /**
   * Capitalised words before a title in apposition that the tagger did not mark: "with Tôn Thị Ngọc
   * Hương, the new ambassador of Vietnam". Two words or more, right before the comma.
   */
  List<Mention> beforeTitles(Sentence sentence, List<Mention> titles, boolean[] taken) {
    List<Mention> found = new ArrayList<>();
    int start = sentence.firstToken();
    for (Mention title : titles) {
      int at = title.firstToken() - 1;
      while (at > start
          && APPOSITION_MODIFIERS.contains(sentence.token(at).text().toLowerCase(Locale.ROOT))) {
        at--;
      }
      if (at <= start || !sentence.token(at).text().equals(",")) {
        continue;
      }
      List<Token> run = new ArrayList<>();
      int before = at - 1;
      while (before >= start
          && !taken[before]
          && looksLikeName(sentence.token(before))
          && !words.headlineVerb(sentence.token(before).text())) {
        run.add(0, sentence.token(before));
        before--;
      }
      boolean opens = before < start || !sentence.token(before).isProperNoun();
      if (run.size() >= 2 && opens) {
        take(run, taken, found);
      }
    }
    return found;
  }

  /** Adds the names of a run of tokens to {@code found} and marks their tokens taken. */
  private static void take(List<Token> run, boolean[] taken, List<Mention> found) {
    List<Mention> names = new ArrayList<>();
    FindMentions.flush(run, names);
    for (Mention name : names) {
      FindMentions.mark(taken, name);
      found.add(name);
    }
  }

  /**
   * Where a name may start after a title's office ("Director of General Affairs and Coordination
   * Division of ACC Ms. Wang Lin"): after the state or organisation that ends it, or after the
   * honorific that closes it; -1 where neither does.
   */
  private int afterPortfolio(
      Sentence sentence,
      Map<Integer, Mention> partyStartingAt,
      boolean[] taken,
      int from,
      int end) {
    int at = from;
    while (at < end
        && QUALIFIER_WORDS.contains(sentence.token(at).text().toLowerCase(Locale.ROOT))) {
      at++;
    }
    for (int i = 0; at < end && i < 16; i++, at++) {
      Token token = sentence.token(at);
      String word = token.text().toLowerCase(Locale.ROOT);
      if (words.opensName(word)) {
        return at;
      }
      int next = at + 1;
      boolean partyNext = next < end && partyStartingAt.containsKey(next);
      if ((word.equals("of") || word.equals("for")) && partyNext) {
        return skipQualifiers(sentence, partyStartingAt, at, end);
      }
      boolean mention = taken[at];
      boolean joiner = PORTFOLIO_JOINERS.contains(word);
      if (mention || !(FindMentions.capitalised(token) || joiner)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Skips what may stand between a title and its holder's name: "of Mongolia to the People's
   * Republic of China", "of the SCO". Returns -1 where the qualifiers end in a word that wants more
   * ("Minister for Latin America", "Director of General Affairs"): what follows is the office, not
   * a name.
   */
  private static int skipQualifiers(
      Sentence sentence, Map<Integer, Mention> partyStartingAt, int from, int end) {
    int at = from;
    boolean dangling = false;
    while (at < end) {
      String word = sentence.token(at).text().toLowerCase(Locale.ROOT);
      if (QUALIFIER_WORDS.contains(word)) {
        dangling = true;
        at++;
        continue;
      }
      Mention party = partyStartingAt.get(at);
      if (party == null) {
        return dangling ? -1 : at;
      }
      dangling = false;
      at = party.lastToken() + 1;
      // "of the US Embassy in Saudi Arabia"
      while (at < end
          && INSTITUTION_WORDS.contains(sentence.token(at).text().toLowerCase(Locale.ROOT))) {
        at++;
      }
    }
    return at;
  }

  /** Whether the token at {@code at} is the last word of the sentence, before its full stop. */
  private static boolean closesSentence(Sentence sentence, int at, int end) {
    return at + 1 < end
        && sentence.token(at + 1).text().equals(".")
        && (at + 2 == end || !Character.isLetter(sentence.token(at + 2).text().codePointAt(0)));
  }

  private static boolean looksLikeName(Token token) {
    String word = token.text();
    return token.isProperNoun()
        && !token.ner().equals("DATE")
        && !CalendarWords.MONTHS_AND_DAYS.contains(word.toLowerCase(Locale.ROOT))
        && Character.isUpperCase(word.codePointAt(0))
        && word.chars().anyMatch(Character::isLowerCase);
  }
}
