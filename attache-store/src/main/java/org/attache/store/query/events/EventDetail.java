package org.attache.store.query.events;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An event as the API shows it: type, date, how many documents report it, every current field by
 * name (sorted; a field may have no value), its areas (sorted), its parties with their names, parts
 * and posts, the documents that report it (the newest {@value EventParties#SOURCES_LISTED}), and
 * the names of the states whose codes its fields hold ({@code IDN}: Indonesia) where the store has
 * them.
 */
public record EventDetail(
    long id,
    String type,
    Optional<String> date,
    long sources,
    Map<String, Optional<String>> fields,
    List<String> areas,
    List<Party> parties,
    List<EventSource> documents,
    Map<String, String> names) {
  public EventDetail {
    requireNonNull(type, "type is null");
    requireNonNull(date, "date is null");
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    areas = List.copyOf(areas);
    parties = List.copyOf(parties);
    documents = List.copyOf(documents);
    names = Map.copyOf(names);
  }

  /** The current value of a field, if the event has it. */
  public Optional<String> field(String name) {
    return fields.getOrDefault(name, Optional.empty());
  }

  /** The names of the parties, in order, joined by commas. */
  public String partyNames() {
    return String.join(", ", parties.stream().map(p -> p.name().orElse("null")).toList());
  }

  /** Where the event took place, its city or else its country, if the store has either. */
  public Optional<String> place() {
    return field("place.city").or(() -> field("place.country").map(c -> names.getOrDefault(c, c)));
  }
}
