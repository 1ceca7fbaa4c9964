package org.attache.store.export;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.attache.model.error.AttacheException;
import org.attache.store.merge.IsoDates;

/**
 * Which events an export holds.
 *
 * @param from events whose date reaches this ISO date or later; undated events are then left out
 * @param to events whose date starts on or before this ISO date; undated events are then left out
 * @param actor events with an actor of this name or code (case ignored), or with a person acting on
 *     behalf of it
 * @param types event types ({@code meeting}, {@code statement}, ...); empty for all
 * @param parties actors that must all be parties of an event, by the key the pages and the API give
 *     them ({@code person:12}, {@code organisation:3}): one for an actor's events, two for a
 *     pair's, as the events page filters
 * @param area events in this area (its code), as the events page filters
 */
public record ExportFilter(
    Optional<String> from,
    Optional<String> to,
    Optional<String> actor,
    Set<String> types,
    List<String> parties,
    Optional<String> area) {
  /** The event types of the store, as records name them. */
  public static final List<String> TYPES =
      List.of("meeting", "statement", "agreement", "plan", "priorities", "establishment");

  private static final Pattern ACTOR_KEY = Pattern.compile("(person|organisation):\\d{1,18}");

  public ExportFilter {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    requireNonNull(actor, "actor is null");
    from.ifPresent(d -> checkDate("from", d));
    to.ifPresent(d -> checkDate("to", d));
    actor = actor.map(String::strip).filter(a -> !a.isEmpty());
    for (String type : requireNonNull(types, "types is null")) {
      if (!TYPES.contains(type)) {
        throw AttacheException.badInput(
            "Not an event type: '" + type + "'; one of " + String.join(", ", TYPES));
      }
    }
    types = Set.copyOf(new TreeSet<>(types));
    for (String party : requireNonNull(parties, "parties is null")) {
      if (!ACTOR_KEY.matcher(party).matches()) {
        throw AttacheException.badInput(
            "Not an actor (person:ID or organisation:ID): '" + party + "'");
      }
    }
    parties = List.copyOf(parties);
    area = requireNonNull(area, "area is null").map(String::strip).filter(a -> !a.isEmpty());
  }

  /** A filter by dates, actor name or code, and types. */
  public ExportFilter(
      Optional<String> from, Optional<String> to, Optional<String> actor, Set<String> types) {
    this(from, to, actor, types, List.of(), Optional.empty());
  }

  /** Every event. */
  public static ExportFilter all() {
    return new ExportFilter(Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
  }

  /** Whether this filter keeps every event. */
  public boolean keepsAll() {
    return from.isEmpty()
        && to.isEmpty()
        && actor.isEmpty()
        && types.isEmpty()
        && parties.isEmpty()
        && area.isEmpty();
  }

  private static void checkDate(String name, String date) {
    if (!IsoDates.isValid(date)) {
      throw AttacheException.badInput(
          "Not an ISO date for --" + name + ": '" + date + "' (2021, 2021-02 or 2021-02-08)");
    }
  }
}
