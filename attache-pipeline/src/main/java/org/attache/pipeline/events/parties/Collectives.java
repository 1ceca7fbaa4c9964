package org.attache.pipeline.events.parties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.knowledge.KnowledgeBase;
import org.attache.model.Actor;
import org.attache.model.Meeting;
import org.attache.model.Participant;
import org.attache.pipeline.analysis.ActorTable;
import org.attache.pipeline.analysis.WordLists;

/**
 * Subjects that stand for every side at once: "the two sides", "both countries", "the parties",
 * "they", "the two ministers". Read from {@code collective-words.tsv}: heads that name the sides
 * ("sides", "ministers") or their states ("countries", "governments"), the words that make a head
 * collective ("the", "both", "two") and pronouns that are collective alone ("they").
 *
 * <p>The sides are those of the meeting the sentence tells of: the last meeting whose evidence
 * starts before the sentence ends, else the document's first meeting. More than two sides that
 * mostly belong to one organisation named in the document speak as that organisation.
 */
public final class Collectives {
  /** What a collective subject stands for. */
  public enum Kind {
    /** The people or bodies that met ("the two sides", "the ministers"). */
    SIDES,
    /** The states or organisations they serve ("both countries"). */
    STATES
  }

  /**
   * A collective subject found before a word.
   *
   * @param firstToken its first token
   * @param kind what it stands for
   * @param words the subject as written, for provenance
   */
  public record Found(int firstToken, Kind kind, String words) {}

  private static final int REACH = 5;

  private final Map<String, Kind> heads = new HashMap<>();
  private final Map<String, Kind> pronouns = new HashMap<>();
  private final Set<String> markers = new LinkedHashSet<>();

  public Collectives() {
    for (List<String> row : WordLists.table("collective-words.tsv")) {
      String word = row.get(0).toLowerCase(java.util.Locale.ROOT);
      String role = row.size() > 1 ? row.get(1) : "";
      switch (role) {
        case "head-sides" -> heads.put(word, Kind.SIDES);
        case "head-states" -> heads.put(word, Kind.STATES);
        case "pronoun" -> pronouns.put(word, Kind.SIDES);
        case "marker" -> markers.add(word);
        default ->
            throw new IllegalStateException(
                "collective-words.tsv: unknown role '" + role + "' for '" + word + "'");
      }
    }
  }

  /**
   * The collective subject whose head is the token, if it is one: a pronoun, or a head with a
   * marker among the few words before it ("the nations' foreign and defence ministers").
   */
  public Optional<Found> endingAt(SentenceView view, int head) {
    String word = view.lower(head);
    Kind pronoun = pronouns.get(word);
    if (pronoun != null) {
      return Optional.of(new Found(head, pronoun, view.token(head).text()));
    }
    Kind kind = heads.get(word);
    if (kind == null || view.inReference(head)) {
      return Optional.empty();
    }
    for (int i = head - 1; i >= Math.max(view.first(), head - REACH); i--) {
      if (markers.contains(view.lower(i))) {
        return Optional.of(new Found(i, kind, view.text(i, head)));
      }
      if (view.pos(i).startsWith("VB") || view.lower(i).equals(",")) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The first collective subject of the sentence and the states of the meeting it stands for
   * ({@link #sides} of {@link Kind#STATES}); empty where the sentence has none or they stand for no
   * one.
   */
  public Optional<Subject> firstStates(
      SentenceView view, MeetingsTold meetings, ActorTable actors, KnowledgeBase knowledge) {
    for (int i = view.first(); i <= view.last(); i++) {
      Optional<Found> collective = endingAt(view, i);
      if (collective.isPresent()) {
        List<String> states = sides(Kind.STATES, view, meetings, actors, knowledge);
        return states.isEmpty()
            ? Optional.empty()
            : Optional.of(new Subject(collective.get(), states));
      }
    }
    return Optional.empty();
  }

  /**
   * A collective subject with the actors it stands for.
   *
   * @param subject the subject as found
   * @param actors the ids of the actors, in order of the meeting
   */
  public record Subject(Found subject, List<String> actors) {}

  /** What a head word stands for, if it is one ("sides", "countries"). */
  public Optional<Kind> head(String lowerWord) {
    return Optional.ofNullable(heads.get(lowerWord));
  }

  /** The actors a collective subject in the sentence stands for, in order of the meeting. */
  public static List<String> sides(
      Kind kind,
      SentenceView view,
      MeetingsTold meetings,
      ActorTable actors,
      KnowledgeBase knowledge) {
    int end = view.sentence().span().end();
    Meeting meeting = meetings.lastStartingBefore(end, false).or(meetings::first).orElse(null);
    if (meeting == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (Participant participant : meeting.participants()) {
      ids.add(participant.actor());
    }
    List<String> parties = Parties.of(actors, ids);
    if (parties.size() > 2) {
      Optional<String> body = organisationOf(parties, actors, knowledge);
      if (body.isPresent()) {
        return List.of(body.get());
      }
    }
    return kind == Kind.STATES ? parties : ids;
  }

  /**
   * The organisation named in the document that most of the parties belong to: many members
   * speaking together speak as their organisation ("the ministers of the bloc").
   */
  private static Optional<String> organisationOf(
      List<String> parties, ActorTable actors, KnowledgeBase knowledge) {
    String best = null;
    int bestCount = 0;
    for (Actor actor : actors.organisations()) {
      List<String> members =
          knowledge.organisation(actor.code().get()).map(o -> o.members()).orElse(List.of());
      int count = 0;
      for (String party : parties) {
        if (actors.code(party).map(members::contains).orElse(false)) {
          count++;
        }
      }
      if (count > bestCount) {
        best = actor.id();
        bestCount = count;
      }
    }
    return bestCount * 2 >= parties.size() ? Optional.ofNullable(best) : Optional.empty();
  }
}
