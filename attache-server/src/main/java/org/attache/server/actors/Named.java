package org.attache.server.actors;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.Optional;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.actors.Actors;

/**
 * Reads an actor named in a query parameter, by key ({@code person:12}) or by name as a person
 * types it: 400 when a key is malformed, 404 when no actor has the key or the name.
 */
public final class Named {
  private final Actors actors;

  public Named(Actors actors) {
    this.actors = requireNonNull(actors, "actors is null");
  }

  /** The actor of a parameter that must be there. */
  public ActorName required(Context ctx, String param) {
    return find(Params.requiredActor(ctx, param));
  }

  /** The actor of a parameter, if given: a key or a name. */
  public Optional<ActorName> optional(Context ctx, String param) {
    Optional<String> value = Params.text(ctx, param).map(String::strip).filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (Params.isActorKey(value.get())) {
      return Optional.of(find(value.get()));
    }
    return Optional.of(
        actors
            .named(value.get())
            .orElseThrow(
                () -> Refusal.NOT_FOUND.because("No actor is named '" + value.get() + "'")));
  }

  private ActorName find(String actor) {
    return actors.name(actor).orElseThrow(() -> Refusal.NOT_FOUND.because("No actor " + actor));
  }
}
