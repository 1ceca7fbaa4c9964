package org.attache.pipeline.lang.zh;

import java.util.List;
import java.util.Optional;
import org.attache.knowledge.ChineseLexicon;
import org.attache.model.ActorKind;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.model.Post;
import org.attache.pipeline.analysis.ActorTable;

/**
 * Subjects that stand for several sides of the meeting told of, as "the sides" and "the ministers"
 * do in English: a collective of all its sides (双方, 各方, 与会各方, 两国领导人), of the heads of its
 * delegations (各代表团团长: the first person named of each state), or of those of its people who hold
 * one post, the title made plural (外长们, 各国外长, 大使们, 使节们). The meeting is the last one told before
 * the clause, or else the first of the text; its people speak, or, where it names none, its states
 * and organisations.
 */
final class ChineseCollectives {
  /** Collectives of every side, longest first. */
  private static final List<String> EVERY_SIDE =
      List.of("与会各方", "与会代表", "与会领导人", "各国领导人", "两国领导人", "双方领导人", "领导人们", "与会者", "双方", "各方", "两国");

  /** Words of the heads of delegations, who are the first named person of each state. */
  private static final List<String> HEADS = List.of("各代表团团长", "代表团团长们", "各国代表团团长");

  /** Words of envoys, who are the people of the meeting accredited somewhere. */
  private static final List<String> ENVOYS = List.of("使节们", "各国使节", "使节", "大使们", "各国大使", "各位大使");

  /** How far into its clause a collective may stand ("会上双方", "此外，各方"). */
  private static final int WITHIN = 3;

  private ChineseCollectives() {}

  /**
   * The speakers a clause's collective subject stands for, if the clause opens with one followed by
   * a verb of saying or a cue of stance.
   */
  static Optional<List<String>> speakers(
      Reading reading, ActorTable actors, List<Meeting> meetings, int clauseStart, String piece) {
    Optional<Meeting> meeting = meetingBefore(meetings, clauseStart);
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    for (int at = 0; at <= WITHIN && at < piece.length(); at++) {
      for (String word : EVERY_SIDE) {
        if (piece.startsWith(word, at) && saying(piece, at + word.length())) {
          return nonEmpty(everySide(actors, meeting.get()));
        }
      }
      for (String word : HEADS) {
        if (piece.startsWith(word, at) && saying(piece, at + word.length())) {
          return nonEmpty(heads(actors, meeting.get()));
        }
      }
      for (String word : ENVOYS) {
        if (piece.startsWith(word, at) && saying(piece, at + word.length())) {
          return nonEmpty(holders(actors, meeting.get(), null));
        }
      }
      Optional<String> title = pluralTitle(reading, clauseStart + at, piece, at);
      if (title.isPresent()) {
        return nonEmpty(holders(actors, meeting.get(), title.get()));
      }
    }
    return Optional.empty();
  }

  private static boolean saying(String piece, int after) {
    return ChineseStances.opens(piece.substring(Math.min(after, piece.length())), 5);
  }

  /**
   * The English title of a post made plural at this offset ("外长们", "各国外长"), followed by a verb of
   * saying.
   */
  private static Optional<String> pluralTitle(Reading reading, int offset, String piece, int at) {
    int skip = piece.startsWith("各国", at) ? 2 : piece.startsWith("各", at) ? 1 : 0;
    Optional<ChineseLexicon.Match> match = reading.nameStartingAt(offset + skip);
    if (match.isEmpty() || !(match.get().entry() instanceof ChineseLexicon.Title title)) {
      return Optional.empty();
    }
    int end = at + skip + match.get().end() - match.get().start();
    boolean plural = piece.startsWith("们", end);
    if (!plural && skip == 0) {
      return Optional.empty();
    }
    return saying(piece, plural ? end + 1 : end)
        ? Optional.of(title.post().title())
        : Optional.empty();
  }

  /** The meeting told last before an offset, or else the text's first. */
  private static Optional<Meeting> meetingBefore(List<Meeting> meetings, int offset) {
    Meeting found = null;
    for (Meeting meeting : meetings) {
      if (!meeting.evidence().isEmpty() && meeting.evidence().get(0).start() < offset) {
        found = meeting;
      }
    }
    return Optional.ofNullable(found).or(() -> meetings.stream().findFirst());
  }

  /** The meeting's people, or its states and organisations where it names no one. */
  private static List<String> everySide(ActorTable actors, Meeting meeting) {
    List<String> sides = meeting.participants().stream().map(Participant::actor).toList();
    List<String> people = sides.stream().filter(actors::isPerson).toList();
    return people.isEmpty() ? sides : people;
  }

  /**
   * The first named person of each state at the meeting: a delegation is named from its head down.
   * A person of an organisation heads no state's delegation.
   */
  private static List<String> heads(ActorTable actors, Meeting meeting) {
    java.util.Set<String> states = new java.util.HashSet<>();
    List<String> heads = new java.util.ArrayList<>();
    for (Participant participant : meeting.participants()) {
      Optional<String> state =
          actors.actor(participant.actor()).stream()
              .flatMap(a -> a.posts().stream())
              .flatMap(post -> post.of().stream())
              .filter(of -> actors.actor(of).map(a -> a.kind() == ActorKind.STATE).orElse(false))
              .findFirst();
      if (state.isPresent() && states.add(state.get())) {
        heads.add(participant.actor());
      }
    }
    return heads;
  }

  /** The meeting's people who hold a post of this title, or who are envoys when it is null. */
  private static List<String> holders(ActorTable actors, Meeting meeting, String title) {
    return meeting.participants().stream()
        .map(Participant::actor)
        .filter(
            id ->
                actors.actor(id).stream()
                    .flatMap(a -> a.posts().stream())
                    .anyMatch(post -> title == null ? envoy(post) : post.title().equals(title)))
        .toList();
  }

  private static boolean envoy(Post post) {
    return post.to().isPresent() || post.title().contains("Ambassador");
  }

  private static Optional<List<String>> nonEmpty(List<String> speakers) {
    return speakers.isEmpty() ? Optional.empty() : Optional.of(speakers);
  }
}
