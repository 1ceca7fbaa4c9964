package org.attache.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Span;

/**
 * Reads several titles joined before or after one name as posts of that name: "State Councilor and
 * Foreign Minister Wang Yi", "Deputy Prime Minister of Kazakhstan – Foreign Minister Mukhtar
 * Tleuberdi", "High Representative for Foreign Affairs/Vice-President of the Commission, Josep
 * Borrell", "X, the new ambassador and permanent representative of Vietnam". A title that names no
 * state or organisation takes that of the title it is joined to.
 */
final class TitleChains {
  private static final Set<String> JOINTS = Set.of("and", "&", "-", "–", "—", "/", ",");

  private TitleChains() {}

  static List<PostLink> link(SentenceMentions s, List<PostLink> links) {
    List<PostLink> result = new ArrayList<>(links);
    boolean changed = true;
    for (int round = 0; changed && round < 4; round++) {
      changed = false;
      for (int i = 0; i < result.size(); i++) {
        PostLink description = result.get(i);
        if (description.name().isPresent() || plural(s, description)) {
          continue;
        }
        Optional<PostLink> holder = joined(s, description, result);
        if (holder.isEmpty()) {
          continue;
        }
        PostLink named = holder.get();
        Optional<String> of = description.of().or(named::of);
        Span span =
            NameLinker.spanOf(
                s, description.phrase().firstToken(), description.phrase().lastToken());
        result.set(
            i,
            new PostLink(
                description.phrase(),
                named.name(),
                of,
                description.to(),
                span,
                "post.title_chain"));
        if (named.of().isEmpty() && description.of().isPresent()) {
          result.set(result.indexOf(named), named.withOf(description.of().get(), named.rule()));
        }
        changed = true;
      }
    }
    return result;
  }

  /**
   * The linked post joined to the description: the next title when the description stands before it
   * ("State Councilor and Foreign Minister Wang Yi"), or the previous one when its name stands
   * before both ("X, Deputy Prime Minister and Foreign Minister").
   */
  private static Optional<PostLink> joined(
      SentenceMentions s, PostLink description, List<PostLink> links) {
    for (PostLink link : links) {
      if (link.name().isEmpty() || link.equals(description)) {
        continue;
      }
      int titleStart = link.phrase().firstToken();
      if (titleStart > description.phrase().lastToken()
          && joint(s, description.phrase().lastToken() + 1, titleStart - 1)
          && !twoPeople(s, description, titleStart)) {
        return Optional.of(link);
      }
      boolean nameFirst = link.name().get().lastToken() < link.phrase().firstToken();
      if (nameFirst
          && link.phrase().lastToken() < description.phrase().firstToken()
          && joint(s, link.phrase().lastToken() + 1, description.phrase().firstToken() - 1)) {
        return Optional.of(link);
      }
    }
    return Optional.empty();
  }

  /**
   * "The Secretary General and Prime Minister Mitsotakis" names two people: a title with an article
   * and no state before it, joined by "and", describes someone else.
   */
  private static boolean twoPeople(SentenceMentions s, PostLink description, int next) {
    boolean and = s.lower(next - 1).equals("and") || s.lower(next - 1).equals("&");
    String before = s.lower(description.phrase().firstToken() - 1);
    return and
        && description.phrase().qualifiers().isEmpty()
        && (before.equals("the") || before.equals("a") || before.equals("an"));
  }

  /** Whether the tokens from {@code from} to {@code to} are one or two joining words. */
  private static boolean joint(SentenceMentions s, int from, int to) {
    if (to < from || to - from > 1) {
      return false;
    }
    for (int i = from; i <= to; i++) {
      if (!JOINTS.contains(s.lower(i)) || s.at(i).isPresent()) {
        return false;
      }
    }
    return true;
  }

  private static boolean plural(SentenceMentions s, PostLink description) {
    return s.token(description.phrase().title().lastToken())
        .map(t -> t.pos().equals("NNS") || t.pos().equals("NNPS"))
        .orElse(false);
  }
}
