package org.attache.store.query.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.query.events.EventSource;
import org.attache.store.query.events.Party;

/** An agreement of the registry, with its derived status, its parties and its areas. */
public record Agreement(
    long id,
    Optional<String> signed,
    Optional<String> instrument,
    Optional<String> title,
    Optional<String> inForceFrom,
    Optional<String> expires,
    Optional<String> status,
    long sources,
    List<Party> parties,
    List<EventSource> documents,
    List<String> areas) {
  public Agreement {
    requireNonNull(signed, "signed is null");
    requireNonNull(instrument, "instrument is null");
    requireNonNull(title, "title is null");
    requireNonNull(inForceFrom, "inForceFrom is null");
    requireNonNull(expires, "expires is null");
    requireNonNull(status, "status is null");
    parties = List.copyOf(parties);
    documents = List.copyOf(documents);
    areas = List.copyOf(areas);
  }
}
