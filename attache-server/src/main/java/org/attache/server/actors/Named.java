package org.attache.server.actors;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.Optional;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.actors.Actors;

/** Reads an actor named in a query parameter: 400 when it is not an actor, 404 when unknown. */
public final class Named {
  private final Actors actors;

  public Named(Actors actors) {
    this.actors = requireNonNull(actors, "actors is null");
  }

  /** The actor of a parameter that must be there. */
  public ActorName required(Context ctx, String param) {
    return find(Params.requiredActor(ctx, param));
  }

  /** The actor of a parameter, if given. */
  public Optional<ActorName> optional(Context ctx, String param) {
    return Params.actor(ctx, param).map(this::find);
  }

  private ActorName find(String actor) {
    return actors.name(actor).orElseThrow(() -> Refusal.NOT_FOUND.because("No actor " + actor));
  }
}
