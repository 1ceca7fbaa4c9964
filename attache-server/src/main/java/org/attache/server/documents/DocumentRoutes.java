package org.attache.server.documents;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.server.curation.DocumentPanel;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.curation.Curation;
import org.attache.store.query.documents.DocumentDetail;
import org.attache.store.query.documents.Documents;
import org.attache.store.query.events.EventDetail;
import org.attache.store.query.events.EventSummary;
import org.attache.store.query.events.Events;

/** Documents: the list, full-text search and one document, as JSON and as a page. */
public final class DocumentRoutes {
  private DocumentRoutes() {}

  public static void register(
      Routes routes, Documents documents, Events events, Curation curation, Pages pages) {
    routes.apiGet(
        "/api/documents",
        ctx -> Json.send(ctx, documents.list(Params.limit(ctx), Params.offset(ctx))));
    routes.apiGet(
        "/api/documents/search",
        ctx ->
            Json.send(
                ctx,
                documents.search(
                    Params.required(ctx, "q", "Give a query in 'q'"), Params.limit(ctx))));
    routes.apiGet("/api/documents/{id}", ctx -> Json.send(ctx, one(ctx, documents)));
    routes.pageGet(
        "/documents/{id}",
        ctx -> {
          DocumentDetail document = one(ctx, documents);
          List<EventDetail> told =
              events.details(document.events().stream().map(EventSummary::id).toList());
          DocumentView view =
              DocumentView.of(
                  document, told, Params.oneOf(ctx, "submitted", Set.of("new", "known")));
          pages.send(
              ctx,
              "documents/document.jte",
              document.heading(),
              view,
              Map.entry("curation", DocumentPanel.of(document, told, curation)),
              "/assets/document.js",
              "/assets/review.js");
        });
  }

  private static DocumentDetail one(Context ctx, Documents documents) {
    String id = Params.documentId(ctx.pathParam("id"));
    return documents.one(id).orElseThrow(() -> Refusal.NOT_FOUND.because("No document " + id));
  }
}
