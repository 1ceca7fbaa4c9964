package org.attache.store.coordination;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.model.PlanItemKind;
import org.attache.model.error.AttacheException;

/**
 * What an item of a joint plan is, as its partners write it: one joint event, with who holds it,
 * who is responsible, when and where it is planned, where it stands and notes. The columns of the
 * spreadsheets are these fields, in this order.
 *
 * @param parties the parties that hold or take part in it, by code; empty: the plan's parties
 * @param responsible the organisation or person responsible, as written
 * @param plannedFrom when it is planned, or the start of the period it is planned in
 * @param plannedTo the end of that period, when it is one
 * @throws AttacheException (bad input) naming the field and value that is wrong
 */
public record ItemDraft(
    String title,
    PlanItemKind kind,
    List<String> parties,
    Optional<String> responsible,
    Optional<String> plannedFrom,
    Optional<String> plannedTo,
    Optional<String> place,
    ItemStatus status,
    Optional<String> notes) {
  public ItemDraft {
    title = Checks.text("item's title", title, 300);
    requireNonNull(kind, "kind is null");
    parties = Checks.parties("item's parties", requireNonNull(parties, "parties is null"));
    responsible =
        Checks.optionalText("responsible", requireNonNull(responsible, "responsible"), 300);
    plannedFrom = Checks.optionalDate("planned date", requireNonNull(plannedFrom, "plannedFrom"));
    plannedTo = Checks.optionalDate("planned end", requireNonNull(plannedTo, "plannedTo"));
    if (plannedTo.isPresent()) {
      if (plannedFrom.isEmpty()) {
        throw AttacheException.badInput("A planned end needs a planned date to start from");
      }
      Checks.period("item's planned period", plannedFrom.get(), plannedTo.get());
    }
    place = Checks.optionalText("place", requireNonNull(place, "place is null"), 300);
    requireNonNull(status, "status is null");
    notes = Checks.optionalText("notes", requireNonNull(notes, "notes is null"), 4000);
  }

  /** Whether this draft says what the same event is as another: all but status and notes agree. */
  boolean sameEventAs(ItemDraft other) {
    return title.equals(other.title)
        && kind == other.kind
        && parties.equals(other.parties)
        && responsible.equals(other.responsible)
        && plannedFrom.equals(other.plannedFrom)
        && plannedTo.equals(other.plannedTo)
        && place.equals(other.place);
  }
}
