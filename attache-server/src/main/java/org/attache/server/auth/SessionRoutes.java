package org.attache.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.attache.server.http.ApiException;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;

/** Signing in and out: the session API, the sign-in page and its form. */
public final class SessionRoutes {
  private SessionRoutes() {}

  public static void register(Routes routes, Guard guard, Pages pages) {
    routes.apiGet(
        "/api/session",
        ctx ->
            Json.send(
                ctx,
                SessionBody.of(
                    guard
                        .current(ctx)
                        .orElseThrow(() -> Refusal.UNAUTHENTICATED.because("Not signed in")))));
    routes.apiPost("/api/session", ctx -> signIn(ctx, guard));
    routes.apiDelete(
        "/api/session",
        ctx -> {
          guard.signOut(ctx);
          ctx.status(204);
        });
    routes.pageGet(
        "/login",
        ctx ->
            pages.send(ctx, "auth/login.jte", "Sign in", Params.text(ctx, "failed").isPresent()));
    routes.pagePost("/login", ctx -> signInOnPage(ctx, guard));
    routes.pagePost(
        "/logout",
        ctx -> {
          guard.signOut(ctx);
          ctx.redirect("/");
        });
  }

  private static void signIn(Context ctx, Guard guard) {
    guard.sameSite(ctx);
    JsonNode body = Json.body(ctx);
    String name =
        Json.text(body, "name").orElseThrow(() -> Refusal.BAD_REQUEST.because("Give a 'name'"));
    String password =
        Json.text(body, "password")
            .orElseThrow(() -> Refusal.BAD_REQUEST.because("Give a 'password'"));
    Json.send(ctx, SessionBody.of(guard.signIn(ctx, name, password)));
  }

  private static void signInOnPage(Context ctx, Guard guard) {
    guard.sameSite(ctx);
    try {
      guard.signIn(
          ctx,
          Params.form(ctx, "name").orElse(""),
          Optional.ofNullable(ctx.formParam("password"))
              .map(p -> Params.checkText("password", p))
              .orElse(""));
    } catch (ApiException e) {
      if (e.status() != 401) {
        throw e;
      }
      ctx.redirect("/login?failed=1");
      return;
    }
    ctx.redirect("/review");
  }
}
