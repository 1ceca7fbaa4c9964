package org.attache.server.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.actors.Actors;
import org.attache.store.query.documents.Documents;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.Events;

/** The home page: search across actors, documents and events, or the latest documents. */
public final class SearchRoutes {
  private static final int SHOWN = 30;

  private SearchRoutes() {}

  public static void register(
      Routes routes, Actors actors, Documents documents, Events events, Pages pages) {
    routes.pageGet("/", ctx -> search(ctx, actors, documents, events, pages));
  }

  private static void search(
      Context ctx, Actors actors, Documents documents, Events events, Pages pages) {
    Optional<String> q = Params.text(ctx, "q");
    SearchView view;
    if (q.isPresent()) {
      List<ActorName> found = actors.search(q.get(), SHOWN);
      view =
          new SearchView(
              q,
              found,
              documents.search(q.get(), SHOWN).stream()
                  .map(d -> new DocumentLink(d.id(), d.heading(), d.published()))
                  .toList(),
              eventsOf(found, events));
    } else {
      view =
          new SearchView(
              q,
              List.of(),
              documents.list(SHOWN, 0).items().stream()
                  .map(d -> new DocumentLink(d.id(), d.heading(), d.published()))
                  .toList(),
              List.of());
    }
    pages.send(ctx, "search/search.jte", "Search", view);
  }

  /** The latest events of the first five actors found, newest first. */
  private static List<EventDetail> eventsOf(List<ActorName> found, Events events) {
    List<EventDetail> all = new ArrayList<>();
    for (ActorName actor : found.subList(0, Math.min(5, found.size()))) {
      all.addAll(
          events.page(Events.Filter.all().withActors(List.of(actor.actor())), 50, 0).items());
    }
    return all.stream()
        .distinct()
        .sorted(
            Comparator.comparing(
                (EventDetail e) -> e.date().orElse("null"), Comparator.reverseOrder()))
        .limit(50)
        .toList();
  }
}
