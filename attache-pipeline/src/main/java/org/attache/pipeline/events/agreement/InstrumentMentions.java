package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
import org.attache.model.Instrument;
import org.attache.model.Place;
import org.attache.model.Span;

/**
 * Joins the mentions of one instrument in a document: the same kind of instrument, years that do
 * not differ, and shared parties (or none named in one mention). The first mention's fields win
 * where both give one; parties, areas and evidence are the union; a signing or a status in force
 * outranks a negotiation.
 *
 * <p>Mentions of several instruments at once ({@link Told#count()} above one) join in the same way,
 * keeping the first count told; a plural with the definite article ("the MoUs") tells the subjects
 * of the latest such group that shares a party (or any, naming none); naming no party and no group
 * before it, it is no agreement. Once joined, a group is as many agreements as it counts, each with
 * its own subject's areas.
 */
final class InstrumentMentions {
  private InstrumentMentions() {}

  /**
   * The mentions joined, in the order of their first mention, each group of several instruments
   * then as many agreements as it counts (see {@link #expand}). A mention is compared only with the
   * agreements of its kind that name one of its parties, and each agreement's fields are gathered
   * as it is joined rather than copied at each mention; a plural told again finds its group through
   * the latest group of each party.
   */
  static List<Agreement> merge(List<Agreement> found) {
    List<Told> told = new ArrayList<>();
    for (Agreement agreement : found) {
      told.add(new Told(agreement, 1, List.of(), false));
    }
    return joinAll(told);
  }

  /**
   * The mentions joined as {@link #merge}, where a mention may tell of several instruments at once.
   */
  static List<Agreement> joinAll(List<Told> found) {
    List<Group> merged = new ArrayList<>();
    Map<String, SortedSet<Integer>> byParty = new HashMap<>();
    Map<String, Integer> latestGroupOf = new HashMap<>();
    int latestGroup = -1;
    for (Told told : found) {
      Agreement agreement = told.agreement();
      if (told.refersBack()) {
        int group =
            agreement.parties().isEmpty() ? latestGroup : latestGroup(latestGroupOf, agreement);
        if (group >= 0) {
          Group joined = merged.get(group);
          List<String> added = joined.join(told);
          index(byParty, joined.agreement.instrument(), added, group);
          added.forEach(party -> latestGroupOf.merge(party, group, Math::max));
          continue;
        }
      }
      if (told.refersBack() && agreement.parties().isEmpty()) {
        continue;
      }
      int same = -1;
      for (int i : sharingAParty(byParty, agreement)) {
        if (merged.get(i).agreement.sameInstrument(agreement)) {
          same = i;
          break;
        }
      }
      List<String> added;
      if (same < 0) {
        same = merged.size();
        merged.add(new Group(told));
        added = agreement.parties();
      } else {
        added = merged.get(same).join(told);
      }
      index(byParty, agreement.instrument(), added, same);
      Group group = merged.get(same);
      if (group.count > 1) {
        int at = same;
        latestGroup = Math.max(latestGroup, at);
        group.agreement.parties.forEach(party -> latestGroupOf.merge(party, at, Math::max));
      }
    }
    return expand(merged);
  }

  /** The latest group of several instruments that names one of the mention's parties, or -1. */
  private static int latestGroup(Map<String, Integer> latestGroupOf, Agreement agreement) {
    int latest = -1;
    for (String party : agreement.parties()) {
      latest = Math.max(latest, latestGroupOf.getOrDefault(party, -1));
    }
    return latest;
  }

  /** Mentions joined, with the count and subjects of the first mention that tells them. */
  private static final class Group {
    private final Joined agreement;
    private int count;
    private List<Set<Area>> subjects;

    Group(Told first) {
      this.agreement = new Joined(first.agreement());
      this.count = first.count();
      this.subjects = first.subjects();
    }

    List<String> join(Told told) {
      count = count > 1 ? count : told.count();
      subjects = subjects.isEmpty() ? told.subjects() : subjects;
      return agreement.join(told.agreement());
    }
  }

  /** Each group as many agreements as it counts, each with the areas of its own subject. */
  private static List<Agreement> expand(List<Group> merged) {
    List<Agreement> agreements = new ArrayList<>();
    for (Group group : merged) {
      Agreement a = group.agreement.agreement();
      if (group.count == 1) {
        agreements.add(a);
        continue;
      }
      List<Set<Area>> subjects = group.subjects;
      for (int i = 0; i < group.count; i++) {
        Set<Area> own = EnumSet.noneOf(Area.class);
        if (subjects.isEmpty()) {
          own.addAll(a.areas());
        } else if (i < subjects.size()) {
          own.addAll(subjects.get(i));
          if (i == group.count - 1) {
            subjects.subList(i, subjects.size()).forEach(own::addAll);
          }
        }
        SortedMap<String, String> provenance = new TreeMap<>(a.provenance());
        provenance.put(
            "count",
            "one of "
                + group.count
                + " instruments told at once"
                + (subjects.isEmpty() ? "" : ", with the areas of its own subject"));
        agreements.add(
            new Agreement(
                a.id(),
                a.instrument(),
                a.title().map(t -> t + " (" + (agreements.size() + 1) + ")"),
                a.parties(),
                a.signed(),
                a.place(),
                new ArrayList<>(own),
                a.status(),
                a.codes(),
                a.evidence(),
                a.confidence(),
                provenance));
      }
    }
    return agreements;
  }

  private static String key(Instrument instrument, String party) {
    return instrument.name() + "|" + party;
  }

  private static void index(
      Map<String, SortedSet<Integer>> byParty,
      Instrument instrument,
      List<String> parties,
      int at) {
    for (String party : parties) {
      byParty.computeIfAbsent(key(instrument, party), k -> new TreeSet<>()).add(at);
    }
  }

  /** The agreements, by their order, of the mention's kind that name one of its parties. */
  private static SortedSet<Integer> sharingAParty(
      Map<String, SortedSet<Integer>> byParty, Agreement agreement) {
    SortedSet<Integer> found = new TreeSet<>();
    for (String party : agreement.parties()) {
      SortedSet<Integer> positions = byParty.get(key(agreement.instrument(), party));
      if (positions != null) {
        found.addAll(positions);
      }
    }
    return found;
  }

  /**
   * An agreement and the mentions joined to it: the first mention's fields win where both give one;
   * parties, areas and evidence are the union; a signing or a status in force outranks a
   * negotiation. The provenance of the areas lists each mention's, as joined.
   */
  private static final class Joined {
    private final Agreement first;
    private final Set<String> parties;
    private final Set<Area> areas = EnumSet.noneOf(Area.class);
    private final Set<Span> evidence;
    private final SortedMap<String, String> provenance;

    /** The provenance of the areas, one part per mention, or null where there is none. */
    private List<String> areaNotes;

    private Optional<String> signed;
    private Optional<Place> place;
    private Optional<AgreementStatus> status;
    private double confidence;
    private boolean joined;

    Joined(Agreement first) {
      this.first = first;
      this.parties = new LinkedHashSet<>(first.parties());
      this.areas.addAll(first.areas());
      this.evidence = new LinkedHashSet<>(first.evidence());
      this.provenance = new TreeMap<>(first.provenance());
      String notes = provenance.remove("areas");
      this.areaNotes = first.provenance().containsKey("areas") ? notes(notes) : null;
      this.signed = first.signed();
      this.place = first.place();
      this.status = first.status();
      this.confidence = first.confidence();
    }

    private static List<String> notes(String note) {
      List<String> notes = new ArrayList<>();
      notes.add(note);
      return notes;
    }

    Instrument instrument() {
      return first.instrument();
    }

    boolean sameInstrument(Agreement b) {
      if (first.instrument() != b.instrument()) {
        return false;
      }
      if (signed.isPresent()
          && b.signed().isPresent()
          && !signed.get().substring(0, 4).equals(b.signed().get().substring(0, 4))) {
        return false;
      }
      return parties.stream().anyMatch(b.parties()::contains);
    }

    /** Joins a later mention; returns the parties it adds. */
    List<String> join(Agreement b) {
      joined = true;
      List<String> added = new ArrayList<>();
      for (String party : b.parties()) {
        if (parties.add(party)) {
          added.add(party);
        }
      }
      boolean hadAreas = !areas.isEmpty();
      areas.addAll(b.areas());
      evidence.addAll(b.evidence());
      b.provenance()
          .forEach(
              (key, value) -> {
                if (!key.equals("areas")) {
                  provenance.putIfAbsent(key, value);
                }
              });
      if (rank(b.status()) > rank(status)) {
        status = b.status();
        if (b.provenance().containsKey("status")) {
          provenance.put("status", b.provenance().get("status"));
        }
      }
      if (signed.isEmpty() && b.provenance().containsKey("signed")) {
        provenance.put("signed", b.provenance().get("signed"));
      }
      String bNotes = b.provenance().get("areas");
      if (!hadAreas && !b.areas().isEmpty()) {
        areaNotes = notes(bNotes);
      } else if (!b.areas().isEmpty()) {
        if (areaNotes == null) {
          areaNotes = notes(null);
        }
        areaNotes.add(bNotes);
      } else if (areaNotes == null && b.provenance().containsKey("areas")) {
        areaNotes = notes(bNotes);
      }
      provenance.put("evidence", "mentions of one instrument joined");
      signed = signed.or(b::signed);
      place = place.or(b::place);
      confidence = Math.max(confidence, b.confidence());
      return added;
    }

    Agreement agreement() {
      if (!joined) {
        return first;
      }
      SortedMap<String, String> all = new TreeMap<>(provenance);
      if (areaNotes != null) {
        List<String> parts = new ArrayList<>();
        areaNotes.forEach(note -> parts.add(String.valueOf(note)));
        all.put("areas", String.join("; ", parts));
      }
      return new Agreement(
          first.id(),
          first.instrument(),
          first.title(),
          new ArrayList<>(parties),
          signed,
          place,
          new ArrayList<>(areas),
          status,
          first.codes(),
          new ArrayList<>(evidence),
          confidence,
          all);
    }
  }

  private static int rank(Optional<AgreementStatus> status) {
    return status
        .map(
            s ->
                switch (s) {
                  case SIGNED -> 3;
                  case IN_FORCE -> 2;
                  case EXPIRED -> 1;
                  case NEGOTIATING -> 0;
                })
        .orElse(-1);
  }
}
