package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.model.PlanItemKind;

/**
 * An item of a joint plan as stored, with what follows from it: the parties' latest answers on its
 * current revision, the evidence confirmed for it, and whether it is overdue (its planned date has
 * passed, it is neither held nor cancelled).
 *
 * @param parties the parties that hold it; empty: the plan's parties
 * @param heldOn when it was held, from the evidence confirmed
 * @param proposedBy the party whose user proposed it
 */
public record JointItem(
    long id,
    long planId,
    int position,
    String title,
    PlanItemKind kind,
    List<String> parties,
    Optional<String> responsible,
    Optional<String> plannedFrom,
    Optional<String> plannedTo,
    Optional<String> place,
    ItemStatus status,
    Optional<String> notes,
    Optional<String> heldOn,
    String proposedBy,
    int revision,
    boolean overdue,
    List<Response> responses,
    List<Evidence> evidence) {
  public JointItem {
    requireNonNull(title, "title is null");
    requireNonNull(kind, "kind is null");
    parties = List.copyOf(parties);
    requireNonNull(responsible, "responsible is null");
    requireNonNull(plannedFrom, "plannedFrom is null");
    requireNonNull(plannedTo, "plannedTo is null");
    requireNonNull(place, "place is null");
    requireNonNull(status, "status is null");
    requireNonNull(notes, "notes is null");
    requireNonNull(heldOn, "heldOn is null");
    requireNonNull(proposedBy, "proposedBy is null");
    responses = List.copyOf(responses);
    evidence = List.copyOf(evidence);
  }

  /** The item as its partners wrote it: the columns of the spreadsheets. */
  public ItemDraft draft() {
    return new ItemDraft(
        title, kind, parties, responsible, plannedFrom, plannedTo, place, status, notes);
  }

  /** The planned date or period in words of ISO dates: "2021-02" or "2021-06 to 2021-09". */
  public Optional<String> planned() {
    return plannedFrom.map(
        f -> plannedTo.filter(t -> !t.equals(f)).map(t -> f + " to " + t).orElse(f));
  }

  /** The first day the item is planned for. */
  public Optional<LocalDate> plannedStart() {
    return plannedFrom.map(Checks::first);
  }

  /** The last day the item is planned for. */
  public Optional<LocalDate> plannedEnd() {
    return plannedTo.or(() -> plannedFrom).map(Checks::last);
  }

  /** The answer of one party, if it gave one on the current revision. */
  public Optional<Response> responseOf(String party) {
    return responses.stream().filter(r -> r.party().equals(party)).findFirst();
  }
}
