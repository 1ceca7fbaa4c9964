package org.attache.server.pairs;

import io.javalin.http.Context;
import org.attache.server.actors.Named;
import org.attache.server.http.Json;
import org.attache.server.http.Routes;
import org.attache.server.page.Links;
import org.attache.server.page.Pages;
import org.attache.store.query.pairs.PairDashboard;
import org.attache.store.query.pairs.Pairs;

/** What two actors did together, as JSON and as the pair dashboard. */
public final class PairRoutes {
  private PairRoutes() {}

  public static void register(Routes routes, Named named, Pairs pairs, Pages pages) {
    routes.apiGet("/api/pairs", ctx -> Json.send(ctx, dashboard(ctx, named, pairs)));
    routes.pageGet(
        "/pair",
        ctx -> {
          PairDashboard d = dashboard(ctx, named, pairs);
          String query = "&actor=" + Links.url(d.a().actor()) + "&with=" + Links.url(d.b().actor());
          pages.send(
              ctx,
              "pairs/pair.jte",
              d.a().label() + " and " + d.b().label(),
              new PairView(d, query));
        });
  }

  private static PairDashboard dashboard(Context ctx, Named named, Pairs pairs) {
    return pairs.dashboard(named.required(ctx, "a"), named.required(ctx, "b"));
  }
}
