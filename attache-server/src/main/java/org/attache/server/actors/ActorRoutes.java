package org.attache.server.actors;

import io.javalin.http.Context;
import java.util.Map;
import org.attache.server.curation.ActorPanel;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.curation.Curation;
import org.attache.store.query.actors.ActorDetail;
import org.attache.store.query.actors.Actors;

/** People, states and organisations: search by name, and one actor, as JSON and as a page. */
public final class ActorRoutes {
  private ActorRoutes() {}

  public static void register(Routes routes, Actors actors, Curation curation, Pages pages) {
    routes.apiGet(
        "/api/actors",
        ctx ->
            Json.send(
                ctx,
                actors.search(Params.required(ctx, "q", "Give a name in 'q'"), Params.limit(ctx))));
    routes.apiGet("/api/actors/{kind}/{id}", ctx -> Json.send(ctx, one(ctx, actors)));
    routes.pageGet(
        "/actors/{kind}/{id}",
        ctx -> {
          ActorDetail actor = one(ctx, actors);
          boolean editor = pages.user(ctx).map(s -> s.user().role().mayEdit()).orElse(false);
          pages.send(
              ctx,
              "actors/actor.jte",
              actor.name().orElse(""),
              actor,
              Map.entry("curation", ActorPanel.of(actor, curation, editor)),
              Pages.ECHARTS,
              "/assets/charts.js");
        });
  }

  private static ActorDetail one(Context ctx, Actors actors) {
    String actor = Params.checkActor(ctx.pathParam("kind") + ":" + ctx.pathParam("id"));
    return actors.one(actor).orElseThrow(() -> Refusal.NOT_FOUND.because("No actor " + actor));
  }
}
