package org.attache.server.search;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.server.page.Paging;
import org.attache.store.query.actors.ActorName;
import org.attache.store.query.actors.Actors;
import org.attache.store.query.documents.DocumentHit;
import org.attache.store.query.documents.DocumentSummary;
import org.attache.store.query.documents.Documents;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.Events;
import org.attache.store.query.overview.Counts;
import org.attache.store.query.overview.Overview;

/**
 * The home page: search across actors, documents and events; without a query, the start page of the
 * day's work.
 */
public final class SearchRoutes {
  private static final int SHOWN = 30;

  /** Documents on a page of the start page's list. */
  private static final int DOCUMENTS = 20;

  /** How many days ahead the start page looks for items of joint plans, and how many it lists. */
  private static final int COMING_DAYS = 60;

  private static final int COMING = 8;

  /** The latest meetings, agreements and other documents the start page shows. */
  private static final int LATEST = 5;

  private SearchRoutes() {}

  public static void register(
      Routes routes,
      Actors actors,
      Documents documents,
      Events events,
      Overview overview,
      Pages pages) {
    routes.pageGet("/", ctx -> search(ctx, actors, documents, events, overview, pages));
  }

  private static void search(
      Context ctx,
      Actors actors,
      Documents documents,
      Events events,
      Overview overview,
      Pages pages) {
    Optional<String> q = Params.text(ctx, "q");
    if (q.isEmpty()) {
      start(ctx, documents, events, overview, pages);
      return;
    }
    List<ActorName> found = actors.search(q.get(), SHOWN);
    SearchView view =
        new SearchView(
            q,
            found,
            documents.search(q.get(), SHOWN).stream().map(d -> hit(d, q.get())).toList(),
            eventsOf(found, events));
    pages.send(ctx, "search/search.jte", "Search", view, "/assets/suggest.js");
  }

  private static void start(
      Context ctx, Documents documents, Events events, Overview overview, Pages pages) {
    int offset = Params.offset(ctx);
    // The counts give how many diplomatic documents there are; the lists are not counted again.
    Counts counts = overview.counts();
    List<DocumentSummary> page = documents.latest(true, DOCUMENTS, offset);
    Paging paging =
        Paging.of(
            "/", "", offset, DOCUMENTS, page.size(), counts.documents() - counts.notDiplomatic());
    Map<String, List<EventDetail>> latest =
        events.latestOfEach(List.of("meeting", "agreement"), LATEST);
    StartView view =
        new StartView(
            counts,
            overview.comingUp(LocalDate.now(ZoneOffset.UTC), COMING_DAYS, COMING),
            latest.get("meeting"),
            latest.get("agreement"),
            page.stream().map(SearchRoutes::link).toList(),
            paging.range(),
            paging.newer(),
            paging.older(),
            documents.latest(false, LATEST, 0).stream().map(SearchRoutes::link).toList());
    pages.send(ctx, "search/start.jte", "Attaché", view, "/assets/suggest.js");
  }

  private static DocumentLink link(DocumentSummary d) {
    return new DocumentLink(d.id(), d.heading(), d.published());
  }

  private static SearchHit hit(DocumentHit d, String query) {
    return new SearchHit(
        d.id(),
        d.heading(),
        d.published(),
        d.sentence().map(s -> Highlights.of(s, query)).orElse(List.of()));
  }

  /** The latest events of the first five actors found, newest first. */
  private static List<EventDetail> eventsOf(List<ActorName> found, Events events) {
    List<EventDetail> all = new ArrayList<>();
    for (ActorName actor : found.subList(0, Math.min(5, found.size()))) {
      all.addAll(events.latest(Events.Filter.all().withActors(List.of(actor.actor())), 50));
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
