package org.attache.server.plans;

import java.util.Optional;
import org.attache.server.http.Json;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.query.registry.Registry;

/** The agreements registry and the plans tracker, as JSON and as pages. */
public final class PlanRoutes {
  private PlanRoutes() {}

  public static void register(Routes routes, Registry registry, Pages pages) {
    routes.apiGet("/api/agreements", ctx -> Json.send(ctx, registry.agreements(Optional.empty())));
    routes.apiGet("/api/plans", ctx -> Json.send(ctx, registry.plans(Optional.empty())));
    routes.pageGet(
        "/agreements",
        ctx ->
            pages.send(
                ctx, "plans/agreements.jte", "Agreements", registry.agreements(Optional.empty())));
    routes.pageGet(
        "/plans",
        ctx -> pages.send(ctx, "plans/plans.jte", "Plans", registry.plans(Optional.empty())));
  }
}
