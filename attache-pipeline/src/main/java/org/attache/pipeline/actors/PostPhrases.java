package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.mentions.Mention;
import org.attache.pipeline.mentions.MentionKind;

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
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

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
    int last = title.lastToken();
    int right = title.lastToken() + 1;
    while (s.inside(right)) {
      String word = s.lower(right);
      if ((word.equals("of") || word.equals("for")) && of.size() < 8) {
        List<Mention> listed = partyList(s, right + 1);
        if (listed.isEmpty()) {
          break;
        }
        listed.forEach(m -> of.add(m.value()));
        qualifiers.addAll(listed);
        last = listed.get(listed.size() - 1).lastToken();
        while (s.at(last + 1).isEmpty()
            && s.token(last + 1).map(t -> t.isProperNoun()).orElse(false)) {
          last++;
        }
        right = last + 1;
        continue;
      }
      if (title.envoy() && to.isEmpty() && (word.equals("to") || word.equals("in"))) {
        Optional<Mention> target = partyAfterArticle(s, right + 1);
        if (target.isEmpty() && word.equals("in")) {
          target =
              s.at(skipArticle(s, right + 1))
                  .filter(m -> m.kind() == MentionKind.CITY && m.country().isPresent());
        }
        if (target.isEmpty()) {
          break;
        }
        Mention found = target.get();
        to = found.kind() == MentionKind.CITY ? found.country() : Optional.of(found.value());
        qualifiers.add(found);
        last = found.lastToken();
        right = last + 1;
        continue;
      }
      break;
    }
    return new PostPhrase(title, of, to, first, last, qualifiers);
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
