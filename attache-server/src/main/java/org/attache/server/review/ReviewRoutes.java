package org.attache.server.review;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.attache.server.auth.Guard;
import org.attache.server.http.Feature;
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
public final class ReviewRoutes implements Feature {
  private final Review review;
  private final Guard guard;
  private final Pages pages;

  public ReviewRoutes(Review review, Guard guard, Pages pages) {
    this.review = requireNonNull(review, "review is null");
    this.guard = requireNonNull(guard, "guard is null");
    this.pages = requireNonNull(pages, "pages is null");
  }

  @Override
  public void register(Routes routes) {
    routes.apiGet("/api/review", this::queue);
    routes.apiGet(
        "/api/review/{id}",
        ctx ->
            Json.send(
                ctx, ReviewBody.of(Decisions.item(review, Decisions.id(ctx.pathParam("id"))))));
    for (String action : new String[] {"confirm", "correct", "reject"}) {
      routes.apiPost("/api/review/{id}/" + action, ctx -> decide(ctx, action));
    }
    routes.pageGet("/review", this::page);
    routes.pagePost("/review/{id}", this::decideOnPage);
  }

  private void queue(Context ctx) {
    Json.send(ctx, review.queue(Params.limit(ctx)).stream().map(ReviewBody::of).toList());
  }

  private void decide(Context ctx, String action) {
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

  private void page(Context ctx) {
    ReviewView view =
        new ReviewView(
            Params.text(ctx, "done"), review.queue(Params.integer(ctx, "limit", 100, 1, 1000)));
    pages.send(ctx, "review/review.jte", "Review", view);
  }

  private void decideOnPage(Context ctx) {
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
