package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;
import org.attache.pipeline.analysis.Token;

/**
 * Finds post phrases: a title with the parties written around it. On its left an organisation,
 * state or demonym ("SCO Secretary-General", "Iranian Foreign Minister", "Brunei's foreign
 * minister"); on its right "of A [and B]" and, for envoys, "to C" or "in C".
 */
final class PostPhrases {
  private static final Set<String> LEFT_MODIFIERS =
      Set.of(
          "newly",
          "appointed",
          "new",
          "acting",
          "interim",
          "outgoing",
          "incoming",
          "current",
          "the",
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "top");
  static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

  /**
   * Words that make a title a post held before or after the time of the report ("former", "deposed
   * President", "the next Secretary-General"): such a phrase gives no one a post.
   */
  private static final Set<String> NOT_CURRENT =
      Set.of("former", "then", "late", "last", "deposed", "ousted", "next", "future", "ex");

  private PostPhrases() {}

  static List<PostPhrase> find(SentenceMentions sentence) {
    return find(sentence, true);
  }

  /**
   * The phrases of posts held before or after the report ("the former ambassador to the United
   * Nations"): they give no one a post, but the states and organisations in them are not sides.
   */
  static List<PostPhrase> past(SentenceMentions sentence) {
    return find(sentence, false);
  }

  private static List<PostPhrase> find(SentenceMentions sentence, boolean current) {
    List<PostPhrase> phrases = new ArrayList<>();
    for (Mention mention : sentence.mentions()) {
      if (mention.kind() == MentionKind.TITLE && current(sentence, mention) == current) {
        phrases.add(around(sentence, mention));
      }
    }
    return phrases;
  }

  /** False where a word of {@link #NOT_CURRENT} stands among the title's left modifiers. */
  private static boolean current(SentenceMentions s, Mention title) {
    int left = title.firstToken() - 1;
    while (s.inside(left)) {
      String word = s.lower(left);
      if (NOT_CURRENT.contains(word) || (word.equals("as") && s.lower(left - 1).equals("served"))) {
        return false;
      }
      boolean party = s.partyEndingAt(left).isPresent();
      if (!party && !LEFT_MODIFIERS.contains(word) && !POSSESSIVE.contains(word)) {
        return true;
      }
      left = party ? s.partyEndingAt(left).get().firstToken() - 1 : left - 1;
    }
    return true;
  }

  private static PostPhrase around(SentenceMentions s, Mention title) {
    List<String> of = new ArrayList<>();
    List<Mention> qualifiers = new ArrayList<>();
    int first = title.firstToken();
    int left = title.firstToken() - 1;
    boolean partyOnLeft = false;
    while (s.inside(left)) {
      Optional<Mention> party = s.partyEndingAt(left);
      if (party.isEmpty() && POSSESSIVE.contains(s.lower(left))) {
        party = s.partyEndingAt(left - 1);
      }
      if (party.isEmpty() && !partyOnLeft && s.lower(left).equals(")")) {
        // "ASEAN-China Centre (ACC) Secretary-General"
        party = bracketedParty(s, left);
      }
      if (party.isEmpty() && !partyOnLeft && left == title.firstToken() - 1) {
        int end = Portfolios.partyBeforePortfolio(s, title.firstToken());
        if (end >= 0) {
          party = s.partyEndingAt(end);
        }
      }
      if (party.isPresent() && !partyOnLeft) {
        of.add(0, party.get().value());
        qualifiers.add(party.get());
        partyOnLeft = true;
        left = party.get().firstToken() - 1;
        first = party.get().firstToken();
        continue;
      }
      if (LEFT_MODIFIERS.contains(s.lower(left))) {
        left--;
        continue;
      }
      break;
    }
    Optional<String> to = Optional.empty();
    StringBuilder portfolio = new StringBuilder();
    boolean body = false;
    int last = title.lastToken();
    int right = title.lastToken() + 1;
    while (s.inside(right)) {
      String word = s.lower(right);
      boolean from = word.equals("from") && title.envoy();
      if ((word.equals("of") || word.equals("for") || from) && of.size() < 20) {
        List<Mention> listed = partyList(s, right + 1);
        if (listed.isEmpty()) {
          int end = from ? -1 : Portfolios.endOfPortfolio(s, right + 1);
          if (end < 0) {
            break;
          }
          portfolio.append(portfolio.length() == 0 ? "" : " ").append(words(s, right, end));
          body |= Bodies.nonState(s, right + 1, end);
          last = end;
          right = last + 1;
          // "of Harbin Municipal People's Government": the office ends in the institution's name
          Optional<Mention> institution =
              s.partyStartingAt(right).filter(m -> m.kind() == MentionKind.STATE);
          if (institution.isPresent() && of.isEmpty()) {
            of.add(institution.get().value());
            qualifiers.add(institution.get());
            last = institution.get().lastToken();
            right = last + 1;
          }
          continue;
        }
        last = listed.get(listed.size() - 1).lastToken();
        int named = properNounsAfter(s, last);
        if (listed.size() == 1 && Bodies.nonState(s, last + 1, named)) {
          // "Vice President of China Public Diplomacy Association": a body the knowledge base
          // lacks, whose name opens with a state's, serves no state.
          body = true;
          qualifiers.addAll(listed);
          portfolio.append(portfolio.length() == 0 ? "" : " ").append(words(s, right, named));
          last = named;
          right = last + 1;
          continue;
        }
        listed.forEach(m -> of.add(m.value()));
        qualifiers.addAll(listed);
        last = named;
        int bracket = Portfolios.acronymEnd(s, last + 1);
        last = bracket > 0 ? bracket : last;
        right = last + 1;
        continue;
      }
      if (word.equals("on") && portfolio.length() == 0) {
        int end = Portfolios.endOfPortfolio(s, right + 1);
        if (end < 0) {
          break;
        }
        portfolio.append(words(s, right, end));
        last = end;
        right = last + 1;
        continue;
      }
      if (title.envoy() && to.isEmpty() && (word.equals("to") || word.equals("in"))) {
        Optional<Mention> target = partyAfterArticle(s, right + 1);
        if (target.isEmpty()) {
          target =
              s.at(skipArticle(s, right + 1))
                  .filter(m -> m.kind() == MentionKind.CITY && m.country().isPresent());
        }
        int end = target.map(Mention::lastToken).orElse(-1);
        if (target.isEmpty() && word.equals("to")) {
          // "ambassador of Vietnam to the bloc": the organisation the story named last
          end = s.organisationNounAt(right + 1);
          target = end < 0 ? Optional.empty() : s.organisationBefore(right);
        } else {
          target.ifPresent(qualifiers::add);
        }
        if (target.isEmpty()) {
          break;
        }
        Mention found = target.get();
        to = found.kind() == MentionKind.CITY ? found.country() : Optional.of(found.value());
        last = end;
        right = last + 1;
        continue;
      }
      if ((word.equals("at") || word.equals("in")) && of.isEmpty() && !body) {
        // "Deputy Assistant Secretary in the Bureau of European Affairs at the US Department of
        // State": the ministry or embassy named beside the post tells whose it is.
        Optional<Mention> party = Bodies.stateInstitution(s, right + 1);
        if (party.isPresent()) {
          of.add(party.get().value());
          qualifiers.add(party.get());
          last = properNounsAfter(s, party.get().lastToken());
          right = last + 1;
          continue;
        }
        int end = word.equals("in") ? Portfolios.endOfPortfolio(s, right + 1) : -1;
        if (end >= 0 && s.lower(right + 1).equals("the")) {
          last = end;
          right = last + 1;
          continue;
        }
      }
      break;
    }
    return new PostPhrase(
        title, body ? List.of() : of, to, first, last, qualifiers, portfolio.toString());
  }

  /** The last of the proper nouns that follow the token without a mention ("US Embassy"). */
  private static int properNounsAfter(SentenceMentions s, int token) {
    int last = token;
    while (s.at(last + 1).isEmpty()
        && s.token(last + 1).map(Token::isProperNoun).orElse(false)
        && !Portfolios.beforeName(s.lower(last + 1))) {
      last++;
    }
    return last;
  }

  /** "ASEAN-China Centre (ACC)" or "(ACC)" ending at the closing bracket: the party named. */
  private static Optional<Mention> bracketedParty(SentenceMentions s, int close) {
    Optional<Mention> inside = s.partyEndingAt(close - 1);
    if (inside.isEmpty() || !s.lower(inside.get().firstToken() - 1).equals("(")) {
      return Optional.empty();
    }
    Optional<Mention> before = s.partyEndingAt(inside.get().firstToken() - 2);
    return before.filter(b -> b.value().equals(inside.get().value())).or(() -> inside);
  }

  /** The text of tokens {@code from} to {@code to}, spaced as words ("for Latin America"). */
  private static String words(SentenceMentions s, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i <= to; i++) {
      String word = s.token(i).map(Token::text).orElse("");
      boolean glued =
          word.equals(",") || word.equals(")") || word.startsWith("'") || word.startsWith("’");
      if (text.length() > 0 && !glued && !text.toString().endsWith("(")) {
        text.append(' ');
      }
      text.append(word);
    }
    return text.toString();
  }

  /** "[the] A", "[the] A and [the] B", "A, B and C": the parties listed from the token on. */
  private static List<Mention> partyList(SentenceMentions s, int from) {
    List<Mention> listed = new ArrayList<>();
    int at = from;
    while (true) {
      Optional<Mention> party = partyAfterArticle(s, at);
      if (party.isEmpty()) {
        return listed;
      }
      listed.add(party.get());
      int next = party.get().lastToken() + 1;
      String joint = s.lower(next);
      if (joint.equals(",")) {
        // "A, South Ossetia, B": a proper name the knowledge base lacks does not end the list.
        int after = next + 1;
        while (s.at(after).isEmpty() && s.token(after).map(Token::isProperNoun).orElse(false)) {
          after++;
        }
        String skippedTo = s.lower(after);
        if (after > next + 1 && (skippedTo.equals(",") || skippedTo.equals("and"))) {
          next = after;
          joint = skippedTo;
        }
      }
      if (joint.equals("and") || joint.equals(",")) {
        Optional<Mention> following = partyAfterArticle(s, next + 1);
        if (following.isPresent() && !(joint.equals(",") && followedByName(s, following.get()))) {
          at = next + 1;
          continue;
        }
      }
      return listed;
    }
  }

  private static boolean followedByName(SentenceMentions s, Mention party) {
    return s.startingAt(party.lastToken() + 1, MentionKind.PERSON).isPresent();
  }

  /**
   * A state or organisation named after "of", "to" or "for", with or without "the"; a demonym
   * counts where it opens the name of an institution ("the Russian Foreign Ministry").
   */
  private static Optional<Mention> partyAfterArticle(SentenceMentions s, int at) {
    return s.partyStartingAt(skipArticle(s, at))
        .filter(m -> m.kind() != MentionKind.DEMONYM || opensInstitution(s, m));
  }

  private static boolean opensInstitution(SentenceMentions s, Mention demonym) {
    return s.token(demonym.lastToken() + 1).map(t -> t.isProperNoun()).orElse(false);
  }

  /** Skips "the" and a seat before the name: "the Cairo-based Arab League". */
  private static int skipArticle(SentenceMentions s, int at) {
    int next = s.lower(at).equals("the") && s.at(at).isEmpty() ? at + 1 : at;
    return s.lower(next).endsWith("-based") ? next + 1 : next;
  }
}
