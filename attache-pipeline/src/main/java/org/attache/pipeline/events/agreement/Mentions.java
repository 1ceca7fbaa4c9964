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
 */
final class Mentions {
  private Mentions() {}

  /**
   * The mentions joined, in the order of their first mention. A mention is compared only with the
   * agreements of its kind that name one of its parties, and each agreement's fields are gathered
   * as it is joined rather than copied at each mention.
   */
  static List<Agreement> merge(List<Agreement> found) {
    List<Joined> merged = new ArrayList<>();
    Map<String, SortedSet<Integer>> byParty = new HashMap<>();
    for (Agreement agreement : found) {
      int same = -1;
      for (int i : sharingAParty(byParty, agreement)) {
        if (merged.get(i).sameInstrument(agreement)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        merged.add(new Joined(agreement));
        index(byParty, agreement.instrument(), agreement.parties(), merged.size() - 1);
      } else {
        List<String> added = merged.get(same).join(agreement);
        index(byParty, agreement.instrument(), added, same);
      }
    }
    List<Agreement> agreements = new ArrayList<>();
    for (Joined agreement : merged) {
      agreements.add(agreement.agreement());
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
