package org.attache.pipeline.actors;

import java.util.Optional;
import java.util.Set;
import org.attache.pipeline.analysis.Mention;
import org.attache.pipeline.analysis.MentionKind;

/**
 * Bodies named with a post. A state's ministry, department or embassy serves the state ("a
 * Secretary at the US Department of State" serves the United States); a body whose name opens with
 * a state's but is an association, institute, university, company or party serves none ("Vice
 * President of China Public Diplomacy Association"), as ANNOTATION.md settles ({@code of} is a code
 * or null).
 */
final class Bodies {
  private static final Set<String> NON_STATE_NOUNS =
      Set.of(
          "association",
          "institute",
          "institution",
          "university",
          "college",
          "academy",
          "society",
          "foundation",
          "company",
          "corporation",
          "group",
          "party",
          "bank",
          "chamber",
          "federation",
          "club",
          "centre",
          "center",
          "fund",
          "forum",
          "network",
          "school",
          "museum",
          "studies");

  private static final Set<String> STATE_NOUNS =
      Set.of(
          "ministry",
          "department",
          "embassy",
          "mission",
          "consulate",
          "government",
          "office",
          "foreign",
          "presidency",
          "cabinet");

  private Bodies() {}

  /** Whether a title as written names a body that is not a state's ("... Association"). */
  static boolean nonState(String title) {
    for (String word : title.toLowerCase(java.util.Locale.ROOT).split("[\\s,()]+")) {
      if (NON_STATE_NOUNS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the tokens {@code from} to {@code to} name a body that is not a state's. */
  static boolean nonState(SentenceMentions s, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (NON_STATE_NOUNS.contains(s.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The state whose ministry, department or embassy is named at the token: "the US Department of
   * State", "the Embassy of Japan", "the Ministry of Foreign Affairs of Azerbaijan".
   */
  static Optional<Mention> stateInstitution(SentenceMentions s, int at) {
    int from = s.lower(at).equals("the") && s.at(at).isEmpty() ? at + 1 : at;
    Optional<Mention> party =
        s.partyStartingAt(from)
            .filter(m -> m.kind() == MentionKind.STATE || m.kind() == MentionKind.DEMONYM);
    if (party.isPresent()) {
      int next = party.get().lastToken() + 1;
      boolean institution =
          STATE_NOUNS.contains(s.lower(next))
              || s.at(next)
                  .filter(m -> m.kind() == MentionKind.STATE)
                  .filter(m -> m.value().equals(party.get().value()))
                  .isPresent();
      return institution ? party : Optional.empty();
    }
    if (!STATE_NOUNS.contains(s.lower(from))) {
      return Optional.empty();
    }
    int end = Portfolios.endOfPortfolio(s, from);
    int of = end < 0 ? from + 1 : end + 1;
    if (!s.lower(of).equals("of")) {
      return Optional.empty();
    }
    int state = s.lower(of + 1).equals("the") && s.at(of + 1).isEmpty() ? of + 2 : of + 1;
    return s.partyStartingAt(state).filter(m -> m.kind() == MentionKind.STATE);
  }
}
