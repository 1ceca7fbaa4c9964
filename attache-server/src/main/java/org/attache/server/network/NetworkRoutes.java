package org.attache.server.network;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.attache.server.http.Feature;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.server.page.Links;
import org.attache.server.page.Pages;
import org.attache.store.query.events.Events;
import org.attache.store.query.network.Network;
import org.attache.store.query.network.NetworkGraph;

/** The contact network of a period, as JSON for the chart and as a page with its pairs. */
public final class NetworkRoutes implements Feature {
  private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

  private final Network network;
  private final Pages pages;

  public NetworkRoutes(Network network, Pages pages) {
    this.network = requireNonNull(network, "network is null");
    this.pages = requireNonNull(pages, "pages is null");
  }

  @Override
  public void register(Routes routes) {
    routes.apiGet("/api/network", this::api);
    routes.pageGet("/network", this::page);
  }

  private void api(Context ctx) {
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

  private void page(Context ctx) {
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
    pages.send(ctx, "network/network.jte", "Contact network", view, ECHARTS, "/assets/charts.js");
  }
}
