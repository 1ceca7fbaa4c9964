package org.attache.server.curation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.attache.store.curation.Act;

/** An act of the curation log as the API gives it. */
public record ActBody(
    long id,
    String kind,
    String summary,
    String curator,
    Optional<String> reason,
    String at,
    Optional<String> undoneAt,
    Optional<String> undoneBy,
    List<String> documents,
    List<String> actors) {
  public ActBody {
    requireNonNull(kind, "kind is null");
    requireNonNull(summary, "summary is null");
    requireNonNull(curator, "curator is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(at, "at is null");
    requireNonNull(undoneAt, "undoneAt is null");
    requireNonNull(undoneBy, "undoneBy is null");
    documents = List.copyOf(documents);
    actors = List.copyOf(actors);
  }

  static ActBody of(Act act) {
    return new ActBody(
        act.id(),
        act.kind(),
        act.summary(),
        act.curator(),
        act.reason(),
        act.at().toString(),
        act.undoneAt().map(Object::toString),
        act.undoneBy(),
        act.documents(),
        act.actors());
  }
}
