package org.attache.server.pairs;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.attache.server.actors.Named;
import org.attache.server.http.Feature;
import org.attache.server.http.Json;
import org.attache.server.http.Routes;
import org.attache.server.page.Links;
import org.attache.server.page.Pages;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.pairs.PairDashboard;
import org.attache.store.query.pairs.Pairs;

/** What two actors did together, as JSON and as the pair dashboard. */
public final class PairRoutes implements Feature {
  private final Named named;
  private final Pairs pairs;
  private final Pages pages;

  public PairRoutes(Named named, Pairs pairs, Pages pages) {
    this.named = requireNonNull(named, "named is null");
    this.pairs = requireNonNull(pairs, "pairs is null");
    this.pages = requireNonNull(pages, "pages is null");
  }

  @Override
  public void register(Routes routes) {
    routes.apiGet("/api/pairs", ctx -> Json.send(ctx, dashboard(ctx)));
    routes.pageGet("/pair", this::page);
  }

  private PairDashboard dashboard(Context ctx) {
    return pairs.dashboard(named.required(ctx, "a"), named.required(ctx, "b"));
  }

  private void page(Context ctx) {
    PairDashboard d = dashboard(ctx);
    ActorName a = d.a();
    ActorName b = d.b();
    String query = "&actor=" + Links.url(a.actor()) + "&with=" + Links.url(b.actor());
    pages.send(ctx, "pairs/pair.jte", a.label() + " and " + b.label(), new PairView(d, query));
  }
}
