package org.attache.server.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.attache.server.auth.Guard;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Routes;
import org.attache.server.page.Links;
import org.attache.server.page.Pages;
import org.attache.store.review.Review;
import org.attache.store.users.SignedIn;

/**
 * The review queue: fields of low confidence first, which an editor confirms, corrects or rejects,
 * through the API or the review page.
 */
public final class ReviewRoutes {
  private ReviewRoutes() {}

  public static void register(Routes routes, Review review, Guard guard, Pages pages) {
    routes.apiGet(
        "/api/review",
        ctx ->
            Json.send(ctx, review.queue(Params.limit(ctx)).stream().map(ReviewBody::of).toList()));
    routes.apiGet(
        "/api/review/{id}",
        ctx ->
            Json.send(
                ctx, ReviewBody.of(Decisions.item(review, Decisions.id(ctx.pathParam("id"))))));
    for (String action : new String[] {"confirm", "correct", "reject"}) {
      routes.apiPost("/api/review/{id}/" + action, ctx -> decide(ctx, action, review, guard));
    }
    routes.pageGet("/review", ctx -> page(ctx, review, pages));
    routes.pagePost("/review/{id}", ctx -> decideOnPage(ctx, review, guard));
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

  private static void page(Context ctx, Review review, Pages pages) {
    ReviewView view =
        new ReviewView(
            Params.text(ctx, "done"), review.queue(Params.integer(ctx, "limit", 100, 1, 1000)));
    pages.send(ctx, "review/review.jte", "Review", view);
  }

  private static void decideOnPage(Context ctx, Review review, Guard guard) {
    SignedIn signedIn = guard.editor(ctx);
    long id = Decisions.id(ctx.pathParam("id"));
    String action = Params.form(ctx, "action").orElse("");
    Decisions.decide(
        review,
        id,
        action,
        Optional.of(
            Params.checkText("value", Optional.ofNullable(ctx.formParam("value")).orElse(""))),
        signedIn.user().name(),
        Optional.empty());
    ctx.redirect("/review?done=" + Links.url("Field " + id + ": " + action + " done"));
  }
}
