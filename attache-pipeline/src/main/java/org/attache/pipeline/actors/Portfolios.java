package org.attache.pipeline.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Token;
import org.attache.pipeline.analysis.WordLists;

/**
 * The office a title names beside it when the knowledge base holds only the title's head: "Minister
 * for Latin America", "Secretary of Social Welfare and Development", "Assistant Secretary of State
 * for European and Eurasian Affairs", "Director General of the Foreign Affairs Office of Harbin
 * Municipal People's Government", "Director of General Affairs and Coordination Division (GACD)";
 * and on the left, "Zimbabwe's Education, Sports and Culture Minister". A portfolio is a run of
 * capitalised words, joined by "and", "&", commas and inner "of"/"the", that names no state or
 * organisation; it ends before a name, a title, or an "of" that names a state or organisation.
 */
final class Portfolios {
  private static final int LONGEST = 16;
  private static final Set<String> BEFORE_NAMES = loadBeforeNames();
  private static final Set<String> JOINERS = Set.of("and", "&", ",", "of", "the", "'s", "’s", "-");

  private Portfolios() {}

  private static Set<String> loadBeforeNames() {
    Set<String> words = new HashSet<>(WordLists.load("honorifics.txt"));
    words.addAll(WordLists.load("name-styles.txt"));
    return Set.copyOf(words);
  }

  /**
   * The last token of the portfolio that starts at {@code from} (after "of", "for" or "on"), or -1
   * where none does. An inner "of" or "for" followed by a state or organisation ends it, so that
   * "of Social Welfare and Development of the Republic of the Philippines" stops before the state.
   */
  static int endOfPortfolio(SentenceMentions s, int from) {
    int at = from;
    if (s.lower(at).equals("the") && s.at(at).isEmpty()) {
      at++;
    }
    int last = -1;
    for (int i = 0; s.inside(at) && i < LONGEST; i++) {
      String word = s.lower(at);
      Optional<Mention> mention = s.at(at);
      if (mention.isPresent() && mention.get().kind() != MentionKind.CITY) {
        break;
      }
      if ((word.equals("of") || word.equals("for")) && namesParty(s, at + 1)) {
        break;
      }
      if (word.equals("(")) {
        int close = acronymEnd(s, at);
        if (close < 0) {
          break;
        }
        last = close;
        at = close + 1;
        continue;
      }
      if (beforeName(word)) {
        break;
      }
      if (capitalised(s, at)) {
        last = at;
      } else if (!JOINERS.contains(word)) {
        break;
      } else if (word.equals(",") && !capitalised(s, at + 1)) {
        break;
      }
      at++;
    }
    return last;
  }

  /**
   * The first token of the portfolio written before a title that ends at {@code titleFirst - 1},
   * where a state or organisation stands before it ("Zimbabwe's Education, Sports and Culture
   * Minister"): the returned token is where that party's mention ends, or -1 where there is none.
   */
  static int partyBeforePortfolio(SentenceMentions s, int titleFirst) {
    int at = titleFirst - 1;
    int words = 0;
    int firstWord = -1;
    for (int i = 0; s.inside(at) && i < LONGEST; i++) {
      String word = s.lower(at);
      if (s.at(at).isPresent()) {
        break;
      }
      if (capitalised(s, at)) {
        words++;
        firstWord = at;
      } else if (!word.equals(",") && !word.equals("and") && !word.equals("&")) {
        break;
      }
      at--;
    }
    if (words == 0 || firstWord != at + 1) {
      return -1;
    }
    int end = at;
    if (PostPhrases.POSSESSIVE.contains(s.lower(end))) {
      end--;
    }
    return s.partyEndingAt(end).isPresent() ? end : -1;
  }

  /** An honorific or style ("Ms.", "H.E.", "Dato"), which opens a name and ends an office. */
  static boolean beforeName(String word) {
    return (BEFORE_NAMES.contains(word) && !word.equals("general"))
        || (word.endsWith(".") && word.length() <= 4);
  }

  /** "( GACD )", "(OSCE)": the closing bracket of a bracketed acronym, or -1. */
  static int acronymEnd(SentenceMentions s, int open) {
    if (!s.lower(open).equals("(")) {
      return -1;
    }
    int at = open + 1;
    Optional<Mention> mention = s.at(at);
    if (mention.isPresent() && mention.get().firstToken() == at) {
      at = mention.get().lastToken() + 1;
    } else if (s.token(at).map(Portfolios::acronym).orElse(false)) {
      at++;
    } else {
      return -1;
    }
    return s.lower(at).equals(")") ? at : -1;
  }

  private static boolean acronym(Token token) {
    String text = token.text();
    return text.length() >= 2
        && text.length() <= 10
        && text.codePoints().anyMatch(Character::isUpperCase)
        && text.codePoints().noneMatch(Character::isLowerCase);
  }

  private static boolean namesParty(SentenceMentions s, int at) {
    int from = s.lower(at).equals("the") && s.at(at).isEmpty() ? at + 1 : at;
    return s.partyStartingAt(from).filter(m -> m.kind() != MentionKind.DEMONYM).isPresent();
  }

  private static boolean capitalised(SentenceMentions s, int at) {
    return s.token(at)
        .map(Token::text)
        .filter(t -> !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)))
        .filter(t -> !t.toUpperCase(Locale.ROOT).equals(t) || t.length() > 1)
        .isPresent();
  }
}
