package org.attache.server.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.server.actors.Named;
import org.attache.server.auth.Guard;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Links;
import org.attache.server.page.Pages;
import org.attache.server.page.Paging;
import org.attache.store.query.actors.ActorName;
import org.attache.store.review.QueueFilter;
import org.attache.store.review.QueuePage;
import org.attache.store.review.Review;
import org.attache.store.review.ReviewQueue;
import org.attache.store.users.SignedIn;

/**
 * The review queue: what is most likely wrong and matters most first, grouped by document, paged
 * and filtered; an editor confirms, corrects or rejects each field through the API, the review page
 * or the document page.
 */
public final class ReviewRoutes {
  /** Where a decision made on a page may lead back to: the queue, or a document at a field. */
  private static final Pattern BACK =
      Pattern.compile("/review(\\?[^#\\s]*)?|/documents/[0-9a-f]{64}(#field-\\d{1,18})?");

  private ReviewRoutes() {}

  public static void register(
      Routes routes, Review review, ReviewQueue queue, Named named, Guard guard, Pages pages) {
    routes.apiGet(
        "/api/review",
        ctx ->
            Json.send(ctx, review.queue(Params.limit(ctx)).stream().map(ReviewBody::of).toList()));
    routes.apiGet(
        "/api/review/documents",
        ctx -> {
          QueueFilter filter = filter(ctx, named.optional(ctx, "actor"));
          Json.send(ctx, queue.page(filter, documents(ctx), Params.offset(ctx)));
        });
    routes.apiGet(
        "/api/review/{id}",
        ctx ->
            Json.send(
                ctx, ReviewBody.of(Decisions.item(review, Decisions.id(ctx.pathParam("id"))))));
    for (String action : new String[] {"confirm", "correct", "reject"}) {
      routes.apiPost("/api/review/{id}/" + action, ctx -> decide(ctx, action, review, guard));
    }
    routes.pageGet("/review", ctx -> page(ctx, queue, named, pages));
    routes.pagePost("/review/{id}", ctx -> decideOnPage(ctx, review, guard));
  }

  /** How many documents a page of the queue holds: {@code limit}, 1 to 100, 10 when absent. */
  private static int documents(Context ctx) {
    return Params.integer(ctx, "limit", 10, 1, 100);
  }

  private static QueueFilter filter(Context ctx, Optional<ActorName> actor) {
    return new QueueFilter(
        Params.oneOf(ctx, "record", QueueFilter.RECORDS),
        actor.map(ActorName::actor),
        Params.date(ctx, "from"),
        Params.date(ctx, "to"));
  }

  private static void decide(Context ctx, String action, Review review, Guard guard) {
    SignedIn user = guard.editor(ctx);
    JsonNode body = Json.optionalBody(ctx);
    Json.send(
        ctx,
        ReviewBody.of(
            Decisions.decide(
                review,
                Decisions.id(ctx.pathParam("id")),
                action,
                Json.text(body, "value"),
                user.user().name(),
                Json.text(body, "reason"))));
  }

  private static void page(Context ctx, ReviewQueue queue, Named named, Pages pages) {
    Optional<ActorName> actor = named.optional(ctx, "actor");
    QueueFilter filter = filter(ctx, actor);
    int offset = Params.offset(ctx);
    int limit = documents(ctx);
    QueuePage page = queue.page(filter, limit, offset);
    StringBuilder query = new StringBuilder("&limit=").append(limit);
    filter.record().ifPresent(r -> query.append("&record=").append(Links.url(r)));
    filter.actor().ifPresent(a -> query.append("&actor=").append(Links.url(a)));
    filter.from().ifPresent(d -> query.append("&from=").append(Links.url(d)));
    filter.to().ifPresent(d -> query.append("&to=").append(Links.url(d)));
    Paging paging =
        Paging.of(
            "/review",
            query.toString(),
            offset,
            limit,
            page.items().size(),
            page.documents(),
            "most pressing first");
    ReviewView view =
        new ReviewView(
            Params.text(ctx, "done"),
            new QueueForm(
                filter.record(),
                actor.map(ActorName::label),
                filter.from(),
                filter.to(),
                QueueFilter.RECORDS.stream().sorted().toList()),
            page,
            paging,
            "/review?offset=" + offset + query);
    pages.send(ctx, "review/review.jte", "Review", view, "/assets/suggest.js");
  }

  private static void decideOnPage(Context ctx, Review review, Guard guard) {
    SignedIn signedIn = guard.editor(ctx);
    long id = Decisions.id(ctx.pathParam("id"));
    String action = Params.form(ctx, "action").orElse("");
    String back = Params.form(ctx, "then").orElse("/review");
    if (!BACK.matcher(back).matches()) {
      throw Refusal.BAD_REQUEST.because(
          "A decision leads back to the review queue or a document, not to '" + back + "'");
    }
    Decisions.decide(
        review,
        id,
        action,
        Optional.of(
            Params.checkText("value", Optional.ofNullable(ctx.formParam("value")).orElse(""))),
        signedIn.user().name(),
        Optional.empty());
    if (back.startsWith("/review")) {
      String done = "done=" + Links.url("Field " + id + ": " + action + " done");
      ctx.redirect(back + (back.contains("?") ? "&" : "?") + done);
    } else {
      ctx.redirect(back);
    }
  }
}
