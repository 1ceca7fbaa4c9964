package org.attache.server.actors;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.attache.server.http.ApiException;
import org.attache.server.http.Feature;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.query.actors.ActorDetail;
import org.attache.store.query.actors.Actors;

/** People, states and organisations: search by name, and one actor, as JSON and as a page. */
public final class ActorRoutes implements Feature {
  private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

  private final Actors actors;
  private final Pages pages;

  public ActorRoutes(Actors actors, Pages pages) {
    this.actors = requireNonNull(actors, "actors is null");
    this.pages = requireNonNull(pages, "pages is null");
  }

  @Override
  public void register(Routes routes) {
    routes.apiGet("/api/actors", this::search);
    routes.apiGet("/api/actors/{kind}/{id}", ctx -> Json.send(ctx, one(ctx)));
    routes.pageGet("/actors/{kind}/{id}", this::page);
  }

  private void search(Context ctx) {
    String q = Params.required(ctx, "q", "Give a name in 'q'");
    Json.send(ctx, actors.search(q, Params.limit(ctx)));
  }

  private ActorDetail one(Context ctx) {
    String actor = Params.checkActor(ctx.pathParam("kind") + ":" + ctx.pathParam("id"));
    return actors.one(actor).orElseThrow(() -> ApiException.notFound("No actor " + actor));
  }

  private void page(Context ctx) {
    ActorDetail actor = one(ctx);
    pages.send(
        ctx, "actors/actor.jte", actor.name().orElse(""), actor, ECHARTS, "/assets/charts.js");
  }
}
