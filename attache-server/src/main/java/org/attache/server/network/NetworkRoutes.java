package org.attache.server.network;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.server.page.Links;
import org.attache.server.page.Pages;
import org.attache.store.query.events.Events;
import org.attache.store.query.network.Network;
import org.attache.store.query.network.NetworkGraph;

/** The contact network of a period, as JSON for the chart and as a page with its pairs. */
public final class NetworkRoutes {
  private NetworkRoutes() {}

  public static void register(Routes routes, Network network, Pages pages) {
    routes.apiGet("/api/network", ctx -> api(ctx, network));
    routes.pageGet("/network", ctx -> page(ctx, network, pages));
  }

  private static void api(Context ctx, Network network) {
    Optional<String> year = Params.date(ctx, "year");
    Json.send(
        ctx,
        network.of(
            type(ctx),
            Params.text(ctx, "area"),
            Params.date(ctx, "from").or(() -> year),
            Params.date(ctx, "to").or(() -> year)));
  }

  private static String type(Context ctx) {
    return Params.oneOf(ctx, "type", Events.TYPES).orElse("meeting");
  }

  private static void page(Context ctx, Network network, Pages pages) {
    Optional<String> from = Params.date(ctx, "from");
    Optional<String> to = Params.date(ctx, "to");
    Optional<String> area = Params.text(ctx, "area");
    String type = type(ctx);
    NetworkGraph graph = network.of(type, area, from, to);
    StringBuilder query = new StringBuilder("type=" + Links.url(type));
    from.ifPresent(f -> query.append("&from=").append(Links.url(f)));
    to.ifPresent(t -> query.append("&to=").append(Links.url(t)));
    area.ifPresent(x -> query.append("&area=").append(Links.url(x)));
    NetworkView view =
        new NetworkView(graph, List.copyOf(new TreeSet<>(Events.TYPES)), query.toString());
    pages.send(
        ctx, "network/network.jte", "Contact network", view, Pages.ECHARTS, "/assets/charts.js");
  }
}
