package org.attache.server.events;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.attache.server.actors.Named;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.server.page.Links;
import org.attache.server.page.Pages;
import org.attache.server.page.Paging;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.events.EventPage;
import org.attache.store.query.events.Events;

/** Every event matching a filter, newest first, a page at a time: as JSON and as a page. */
public final class EventRoutes {
  private EventRoutes() {}

  public static void register(Routes routes, Events events, Named named, Pages pages) {
    routes.apiGet("/api/events", ctx -> api(ctx, events));
    routes.pageGet("/events", ctx -> page(ctx, events, named, pages));
  }

  private static void api(Context ctx, Events events) {
    List<String> actors = new ArrayList<>();
    Params.actor(ctx, "actor").ifPresent(actors::add);
    Params.actor(ctx, "with").ifPresent(actors::add);
    Json.send(ctx, events.page(filter(ctx, actors), Params.limit(ctx), Params.offset(ctx)));
  }

  private static Events.Filter filter(Context ctx, List<String> actors) {
    return new Events.Filter(
        Params.oneOf(ctx, "type", Events.TYPES),
        actors,
        Params.text(ctx, "area"),
        Params.date(ctx, "from"),
        Params.date(ctx, "to"));
  }

  private static void page(Context ctx, Events events, Named named, Pages pages) {
    List<ActorName> actors = new ArrayList<>();
    named.optional(ctx, "actor").ifPresent(actors::add);
    named.optional(ctx, "with").ifPresent(actors::add);
    Events.Filter filter = filter(ctx, actors.stream().map(ActorName::actor).toList());
    int offset = Params.offset(ctx);
    // A page of the events page holds 20 events unless asked for more; the API's default is 50.
    int limit = Params.integer(ctx, "limit", 20, 1, 500);
    EventPage page = events.page(filter, limit, offset);
    StringBuilder filters = new StringBuilder();
    filter.type().ifPresent(t -> filters.append("&type=").append(Links.url(t)));
    for (int i = 0; i < actors.size(); i++) {
      filters.append(i == 0 ? "&actor=" : "&with=").append(Links.url(actors.get(i).actor()));
    }
    filter.area().ifPresent(x -> filters.append("&area=").append(Links.url(x)));
    filter.from().ifPresent(x -> filters.append("&from=").append(Links.url(x)));
    filter.to().ifPresent(x -> filters.append("&to=").append(Links.url(x)));
    String query = "&limit=" + limit + filters;
    StringBuilder heading =
        new StringBuilder(Links.capitalised(filter.type().map(t -> t + "s").orElse("Events")));
    for (int i = 0; i < actors.size(); i++) {
      heading.append(i == 0 ? " of " : " with ").append(actors.get(i).label());
    }
    filter.area().ifPresent(x -> heading.append(" in ").append(x));
    filter.from().ifPresent(x -> heading.append(" from ").append(x));
    filter.to().ifPresent(x -> heading.append(" to ").append(x));
    Paging paging = Paging.of("/events", query, offset, limit, page.items().size(), page.total());
    EventsView view =
        new EventsView(
            heading.toString(),
            paging.range(),
            page.items(),
            paging.newer(),
            paging.older(),
            filters.toString(),
            new EventsForm(
                filter.type(),
                actors.stream().findFirst().map(ActorName::label),
                actors.stream().skip(1).findFirst().map(ActorName::label),
                filter.area(),
                filter.from(),
                filter.to(),
                Events.TYPES.stream().sorted().toList(),
                events.areasInUse()));
    pages.send(ctx, "events/events.jte", view.heading(), view, "/assets/suggest.js");
  }
}
