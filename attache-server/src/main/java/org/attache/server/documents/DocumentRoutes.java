package org.attache.server.documents;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.Set;
import org.attache.server.http.ApiException;
import org.attache.server.http.Feature;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.query.documents.DocumentDetail;
import org.attache.store.query.documents.Documents;

/** Documents: the list, full-text search and one document, as JSON and as a page. */
public final class DocumentRoutes implements Feature {
  private final Documents documents;
  private final Pages pages;

  public DocumentRoutes(Documents documents, Pages pages) {
    this.documents = requireNonNull(documents, "documents is null");
    this.pages = requireNonNull(pages, "pages is null");
  }

  @Override
  public void register(Routes routes) {
    routes.apiGet("/api/documents", this::list);
    routes.apiGet("/api/documents/search", this::search);
    routes.apiGet("/api/documents/{id}", ctx -> Json.send(ctx, one(ctx)));
    routes.pageGet("/documents/{id}", this::page);
  }

  private void list(Context ctx) {
    Json.send(ctx, documents.list(Params.limit(ctx), Params.offset(ctx)));
  }

  private void search(Context ctx) {
    String q = Params.required(ctx, "q", "Give a query in 'q'");
    Json.send(ctx, documents.search(q, Params.limit(ctx)));
  }

  private DocumentDetail one(Context ctx) {
    String id = Params.documentId(ctx.pathParam("id"));
    return documents.one(id).orElseThrow(() -> ApiException.notFound("No document " + id));
  }

  private void page(Context ctx) {
    DocumentDetail document = one(ctx);
    DocumentView view =
        DocumentView.of(document, Params.oneOf(ctx, "submitted", Set.of("new", "known")));
    pages.send(ctx, "documents/document.jte", document.heading(), view, "/assets/document.js");
  }
}
