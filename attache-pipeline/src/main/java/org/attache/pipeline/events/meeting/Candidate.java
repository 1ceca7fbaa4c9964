package org.attache.pipeline.events.meeting;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attache.model.MeetingFormat;
import org.attache.model.Place;
import org.attache.model.Span;
import org.attache.pipeline.analysis.ActorTable;

/**
 * A meeting as read from one or more sentences, before it becomes a record.
 *
 * @param evidence the spans of the sentences it was read from
 * @param participants the actor ids taking part, in order
 * @param hosts those of them who received or hosted
 * @param date the date the text gives it
 * @param place where the text says it was
 * @param format in person, by phone or video, where the text says
 * @param cameo the CAMEO code of the event
 * @param provenance the rule behind each field
 * @param told whether the sentence reports a meeting of its own, refers to one told before ("During
 *     the talks, ..."), or names one side only
 */
record Candidate(
    List<Span> evidence,
    List<String> participants,
    Set<String> hosts,
    Optional<String> date,
    Optional<Place> place,
    Optional<MeetingFormat> format,
    String cameo,
    Map<String, String> provenance,
    Told told) {
  /** How a sentence tells of its meeting. */
  enum Told {
    /** A meeting with its sides. */
    REPORTED,
    /** The meeting told before: "During the talks, A and B ...", which adds to it. */
    REFERS_BACK,
    /**
     * One side only ("Envoys of four states presented their credentials to President A at a
     * ceremony in B"): no meeting of its own, but its date and place go to the meeting of that
     * side.
     */
    ONE_SIDE
  }

  Candidate {
    requireNonNull(told, "told is null");
    evidence = List.copyOf(evidence);
    participants = List.copyOf(participants);
    hosts = Collections.unmodifiableSet(new LinkedHashSet<>(hosts));
    provenance = Collections.unmodifiableSortedMap(new TreeMap<>(provenance));
  }

  /**
   * Whether the two report the same meeting: every side of the one with fewer sides is among the
   * other's, a state or organisation standing for the person who serves it.
   */
  boolean sameSides(Candidate other, ActorTable actors) {
    List<String> fewer =
        participants.size() <= other.participants.size() ? participants : other.participants;
    List<String> more = fewer == participants ? other.participants : participants;
    for (String id : fewer) {
      boolean found = false;
      for (String candidate : more) {
        found = found || sameSide(id, candidate, actors);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the people of one are all among the other's, and are two or more: one traveller named
   * in two meetings ("was received by the president and held talks with the minister") is not
   * enough to make them one.
   */
  boolean samePeople(Candidate other, ActorTable actors) {
    Set<String> mine = new LinkedHashSet<>(participants.stream().filter(actors::isPerson).toList());
    Set<String> theirs =
        new LinkedHashSet<>(other.participants.stream().filter(actors::isPerson).toList());
    if (mine.isEmpty() || theirs.isEmpty()) {
      return false;
    }
    if (mine.equals(theirs)) {
      return true;
    }
    return (mine.size() >= 2 && theirs.containsAll(mine))
        || (theirs.size() >= 2 && mine.containsAll(theirs));
  }

  /** Where two people or more take part, the states and organisations named beside them go. */
  Candidate peopleOnly(ActorTable actors) {
    List<String> people = participants.stream().filter(actors::isPerson).toList();
    if (people.size() < 2 || people.size() == participants.size()) {
      return this;
    }
    Set<String> peopleHosts = new LinkedHashSet<>(hosts);
    peopleHosts.retainAll(people);
    return new Candidate(
        evidence, people, peopleHosts, date, place, format, cameo, provenance, told);
  }

  private static boolean sameSide(String a, String b, ActorTable actors) {
    if (a.equals(b)) {
      return true;
    }
    Optional<String> codeA = actors.code(a);
    Optional<String> codeB = actors.code(b);
    return (codeA.isPresent() && actors.affiliation(b).equals(codeA))
        || (codeB.isPresent() && actors.affiliation(a).equals(codeB));
  }

  private static Optional<Place> betterPlace(Optional<Place> a, Optional<Place> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isPresent() && a.get().city().isEmpty() && b.get().city().isPresent()) {
      return b;
    }
    return a;
  }

  /**
   * The same meeting with the date and place of the session it took part in, where its own sentence
   * gives none.
   */
  Candidate heldAt(EarlierSession.Session session) {
    Map<String, String> moved = new TreeMap<>(provenance);
    Optional<String> when = date;
    if (when.isEmpty() && session.date().isPresent()) {
      when = Optional.of(session.date().get().value());
      moved.put("date", "date.earlier_session");
    }
    Optional<Place> where = place;
    if (where.isEmpty() && session.place().isPresent()) {
      where = session.place();
      moved.put("place", "place.earlier_session");
    }
    return new Candidate(evidence, participants, hosts, when, where, format, cameo, moved, told);
  }

  /** The same meeting told by all the given sentences. */
  Candidate withEvidence(List<Span> all) {
    return new Candidate(all, participants, hosts, date, place, format, cameo, provenance, told);
  }

  /** The same meeting placed where a sentence of its own says, with the rule that said it. */
  Candidate placed(Optional<Place> where, String rule) {
    if (where.isEmpty()) {
      return this;
    }
    Map<String, String> moved = new TreeMap<>(provenance);
    moved.put("place", rule);
    return new Candidate(evidence, participants, hosts, date, where, format, cameo, moved, told);
  }

  /**
   * This meeting with what a later sentence that refers back to it adds: the people it names, and
   * its date and place where this one has none. The evidence stays this one's, gathered by {@link
   * MergeCandidates}.
   */
  Candidate absorb(Candidate later, ActorTable actors) {
    List<String> all = new ArrayList<>(participants);
    later.participants.stream()
        .filter(id -> actors.isPerson(id) && !all.contains(id))
        .forEach(all::add);
    Map<String, String> merged = new TreeMap<>(provenance);
    Optional<String> bestDate = date;
    if (date.isEmpty() && later.date.isPresent()) {
      bestDate = later.date;
      merged.put("date", later.provenance.getOrDefault("date", "date.in_sentence"));
    }
    Optional<Place> bestPlace = betterPlace(place, later.place);
    if (!bestPlace.equals(place)) {
      merged.put("place", later.provenance.getOrDefault("place", "place.in_sentence"));
    }
    return new Candidate(
        evidence,
        all,
        hosts,
        bestDate,
        bestPlace,
        format.or(() -> later.format),
        cameo,
        merged,
        told);
  }

  /**
   * One meeting of this and a later candidate that reports the same one. The evidence stays this
   * one's, gathered by {@link MergeCandidates}.
   */
  Candidate merge(Candidate later) {
    List<String> all = new ArrayList<>(participants);
    later.participants.stream().filter(id -> !all.contains(id)).forEach(all::add);
    Set<String> allHosts = new LinkedHashSet<>(hosts);
    allHosts.addAll(later.hosts);
    Optional<String> bestDate =
        date.isEmpty()
                || (later.date.isPresent() && later.date.get().length() > date.get().length())
            ? later.date
            : date;
    Map<String, String> merged = new TreeMap<>(later.provenance);
    merged.putAll(provenance);
    if (bestDate.equals(later.date) && later.provenance.containsKey("date")) {
      merged.put("date", later.provenance.get("date"));
    }
    return new Candidate(
        evidence,
        all,
        allHosts,
        bestDate,
        betterPlace(place, later.place),
        format.or(() -> later.format),
        cameo.equals("040") ? later.cameo : cameo,
        merged,
        told == later.told ? told : Told.REPORTED);
  }
}
