package org.attache.pipeline.events.agreement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.model.Agreement;
import org.attache.model.AgreementStatus;
import org.attache.model.Area;
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
final class Mentions {
  private Mentions() {}

  static List<Told> mergeFound(List<Told> found) {
    List<Told> merged = new ArrayList<>();
    for (Told told : found) {
      if (told.refersBack() && referBack(merged, told) || told.agreement().parties().isEmpty()) {
        continue;
      }
      int same = -1;
      for (int i = 0; i < merged.size() && same < 0; i++) {
        if (sameInstrument(merged.get(i).agreement(), told.agreement())) {
          same = i;
        }
      }
      if (same < 0) {
        merged.add(told);
      } else {
        Told earlier = merged.get(same);
        merged.set(
            same,
            new Told(
                join(earlier.agreement(), told.agreement()),
                earlier.count() > 1 ? earlier.count() : told.count(),
                earlier.subjects().isEmpty() ? told.subjects() : earlier.subjects(),
                earlier.refersBack() && told.refersBack()));
      }
    }
    return merged;
  }

  private static boolean referBack(List<Told> merged, Told told) {
    for (int i = merged.size() - 1; i >= 0; i--) {
      Told group = merged.get(i);
      if (group.count() > 1
          && (told.agreement().parties().isEmpty()
              || group.agreement().parties().stream()
                  .anyMatch(told.agreement().parties()::contains))) {
        merged.set(
            i,
            new Told(
                join(group.agreement(), told.agreement()),
                group.count(),
                group.subjects().isEmpty() ? told.subjects() : group.subjects(),
                false));
        return true;
      }
    }
    return false;
  }

  /** Each group as many agreements as it counts, each with the areas of its own subject. */
  static List<Agreement> expand(List<Told> merged) {
    List<Agreement> agreements = new ArrayList<>();
    for (Told told : merged) {
      Agreement a = told.agreement();
      if (told.count() == 1) {
        agreements.add(a);
        continue;
      }
      List<Set<Area>> subjects = told.subjects();
      for (int i = 0; i < told.count(); i++) {
        Set<Area> own = EnumSet.noneOf(Area.class);
        if (subjects.isEmpty()) {
          own.addAll(a.areas());
        } else if (i < subjects.size()) {
          own.addAll(subjects.get(i));
          if (i == told.count() - 1) {
            subjects.subList(i, subjects.size()).forEach(own::addAll);
          }
        }
        SortedMap<String, String> provenance = new TreeMap<>(a.provenance());
        provenance.put(
            "count",
            "one of "
                + told.count()
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

  static List<Agreement> merge(List<Agreement> found) {
    List<Agreement> merged = new ArrayList<>();
    for (Agreement agreement : found) {
      int same = -1;
      for (int i = 0; i < merged.size() && same < 0; i++) {
        if (sameInstrument(merged.get(i), agreement)) {
          same = i;
        }
      }
      if (same < 0) {
        merged.add(agreement);
      } else {
        merged.set(same, join(merged.get(same), agreement));
      }
    }
    return merged;
  }

  private static boolean sameInstrument(Agreement a, Agreement b) {
    if (a.instrument() != b.instrument()) {
      return false;
    }
    if (a.signed().isPresent()
        && b.signed().isPresent()
        && !a.signed().get().substring(0, 4).equals(b.signed().get().substring(0, 4))) {
      return false;
    }
    return a.parties().stream().anyMatch(b.parties()::contains);
  }

  private static Agreement join(Agreement a, Agreement b) {
    Set<String> parties = new LinkedHashSet<>(a.parties());
    parties.addAll(b.parties());
    Set<Area> areas = EnumSet.noneOf(Area.class);
    areas.addAll(a.areas());
    areas.addAll(b.areas());
    Set<Span> evidence = new LinkedHashSet<>(a.evidence());
    evidence.addAll(b.evidence());
    SortedMap<String, String> provenance = new TreeMap<>(b.provenance());
    provenance.putAll(a.provenance());
    Optional<AgreementStatus> status = a.status();
    if (rank(b.status()) > rank(a.status())) {
      status = b.status();
      if (b.provenance().containsKey("status")) {
        provenance.put("status", b.provenance().get("status"));
      }
    }
    if (a.signed().isEmpty() && b.provenance().containsKey("signed")) {
      provenance.put("signed", b.provenance().get("signed"));
    }
    if (a.areas().isEmpty() && !b.areas().isEmpty()) {
      provenance.put("areas", b.provenance().get("areas"));
    } else if (!b.areas().isEmpty()) {
      provenance.put("areas", a.provenance().get("areas") + "; " + b.provenance().get("areas"));
    }
    provenance.put("evidence", "mentions of one instrument joined");
    return new Agreement(
        a.id(),
        a.instrument(),
        a.title(),
        new ArrayList<>(parties),
        a.signed().or(b::signed),
        a.place().or(b::place),
        new ArrayList<>(areas),
        status,
        a.codes(),
        new ArrayList<>(evidence),
        Math.max(a.confidence(), b.confidence()),
        provenance);
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
