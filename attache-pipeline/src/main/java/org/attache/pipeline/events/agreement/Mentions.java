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
 */
final class Mentions {
  private Mentions() {}

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
