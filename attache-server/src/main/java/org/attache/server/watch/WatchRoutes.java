package org.attache.server.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.attache.server.auth.Guard;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.users.SignedIn;
import org.attache.store.watch.DigestQueue;
import org.attache.store.watch.DigestSetting;
import org.attache.store.watch.Watch;
import org.attache.store.watch.WatchKind;
import org.attache.store.watch.Watchlists;

/**
 * What a signed-in user follows: following and stopping, as JSON and on the Following page; what
 * arrived since their last visit, as JSON and on the What's new page; each watch's Atom feed behind
 * the user's token; their digest e-mail.
 */
public final class WatchRoutes {
  /** How many arrivals the What's new page shows of each watch at a time. */
  static final int NEWS_PAGE = 50;

  private WatchRoutes() {}

  public static void register(
      Routes routes, Watchlists watchlists, DigestQueue digests, Guard guard, Pages pages) {
    routes.apiGet("/api/watches", ctx -> Json.send(ctx, watchlists.list(reader(ctx, guard))));
    routes.apiPost(
        "/api/watches",
        ctx -> {
          SignedIn signedIn = guard.signedIn(ctx);
          JsonNode body = Json.body(ctx);
          Watch watch =
              watchlists.follow(
                  signedIn.user().name(),
                  WatchKind.parse(
                      Json.text(body, "kind")
                          .orElseThrow(() -> Refusal.BAD_REQUEST.because("Give a 'kind'"))),
                  Json.text(body, "subject")
                      .orElseThrow(() -> Refusal.BAD_REQUEST.because("Give a 'subject'")));
          Json.send(ctx, watch);
        });
    routes.apiDelete(
        "/api/watches/{id}",
        ctx -> {
          watchlists.unfollow(guard.signedIn(ctx).user().name(), id(ctx));
          ctx.status(204);
        });
    routes.apiGet("/api/whats-new", ctx -> Json.send(ctx, watchlists.whatsNew(reader(ctx, guard))));

    routes.pageGet(
        "/following",
        ctx -> {
          Optional<SignedIn> user = pages.user(ctx);
          if (user.isEmpty()) {
            ctx.redirect("/login");
            return;
          }
          following(ctx, watchlists, digests, pages, user.get(), Optional.empty());
        });
    routes.pagePost(
        "/following",
        ctx -> {
          SignedIn signedIn = guard.signedIn(ctx);
          watchlists.follow(
              signedIn.user().name(),
              WatchKind.parse(Params.form(ctx, "kind").orElse("")),
              Params.form(ctx, "subject")
                  .orElseThrow(() -> Refusal.BAD_REQUEST.because("Say what to follow")));
          ctx.redirect("/following");
        });
    routes.pagePost(
        "/following/{id}/stop",
        ctx -> {
          watchlists.unfollow(guard.signedIn(ctx).user().name(), id(ctx));
          ctx.redirect("/following");
        });
    routes.pagePost(
        "/following/token",
        ctx -> {
          SignedIn signedIn = guard.signedIn(ctx);
          String token = watchlists.issueFeedToken(signedIn.user().name());
          following(ctx, watchlists, digests, pages, signedIn, Optional.of(token));
        });
    routes.pagePost(
        "/following/digest",
        ctx -> {
          SignedIn signedIn = guard.signedIn(ctx);
          Optional<String> email = Params.form(ctx, "email");
          Optional<DigestSetting> setting =
              email.map(e -> new DigestSetting(e, hours(Params.form(ctx, "hours").orElse(""))));
          digests.setDigest(signedIn.user().name(), setting);
          ctx.redirect("/following");
        });

    routes.pageGet(
        "/whats-new",
        ctx -> {
          Optional<SignedIn> user = pages.user(ctx);
          if (user.isEmpty()) {
            ctx.redirect("/login");
            return;
          }
          whatsNew(ctx, watchlists, pages, user.get().user().name());
        });
    routes.pagePost(
        "/whats-new/seen",
        ctx -> {
          SignedIn signedIn = guard.signedIn(ctx);
          watchlists.seen(signedIn.user().name(), instant(Params.form(ctx, "until").orElse("")));
          ctx.redirect("/whats-new");
        });

    routes.pageGet(
        "/feeds/{id}",
        ctx -> {
          // A feed reader sends no cookie: the token is the key. A wrong token and a watch of
          // someone else's are alike not found, so that neither is told from the other.
          Optional<String> user = watchlists.userOfFeedToken(ctx.queryParam("token"));
          long id = id(ctx);
          Watch watch =
              user.flatMap(u -> watchlists.find(u, id))
                  .orElseThrow(
                      () -> Refusal.NOT_FOUND.because("No feed " + id + " for this token"));
          String site = ctx.scheme() + "://" + ctx.host();
          ctx.contentType("application/atom+xml; charset=utf-8")
              .result(WatchFeed.atom(watchlists.news(watch, watch.created(), Instant.now()), site));
        });
  }

  /**
   * The What's new page: the first {@value #NEWS_PAGE} arrivals of each watch; with {@code watch},
   * {@code offset} and {@code until} (the "more" link of a watch), the next ones of that watch.
   */
  private static void whatsNew(Context ctx, Watchlists watchlists, Pages pages, String user) {
    Optional<String> watch = Params.text(ctx, "watch");
    WhatsNewView view;
    if (watch.isEmpty()) {
      view = new WhatsNewView(watchlists.whatsNew(user, NEWS_PAGE), 0, NEWS_PAGE, false);
    } else {
      int offset = Params.offset(ctx);
      String until = Params.text(ctx, "until").orElse("");
      view =
          new WhatsNewView(
              watchlists.whatsNew(user, id(watch.get()), instant(until), offset, NEWS_PAGE),
              offset,
              NEWS_PAGE,
              true);
    }
    pages.send(ctx, "watch/whatsNew.jte", "What's new", view);
  }

  private static Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw Refusal.BAD_REQUEST.because("'until' is not a time: '" + value + "'");
    }
  }

  private static String reader(Context ctx, Guard guard) {
    return guard
        .current(ctx)
        .orElseThrow(() -> Refusal.UNAUTHENTICATED.because("Sign in to see what you follow"))
        .user()
        .name();
  }

  private static void following(
      Context ctx,
      Watchlists watchlists,
      DigestQueue digests,
      Pages pages,
      SignedIn signedIn,
      Optional<String> token) {
    String user = signedIn.user().name();
    pages.send(
        ctx,
        "watch/following.jte",
        "Following",
        new FollowingView(watchlists.list(user), digests.digest(user), token));
  }

  private static long id(Context ctx) {
    return id(ctx.pathParam("id"));
  }

  private static long id(String id) {
    if (!id.matches("\\d{1,18}")) {
      throw Refusal.BAD_REQUEST.because("A watch is named by its number, not '" + id + "'");
    }
    return Long.parseLong(id);
  }

  private static int hours(String value) {
    if (!value.matches("\\d{1,4}")) {
      throw Refusal.BAD_REQUEST.because("Say every how many hours, not '" + value + "'");
    }
    return Integer.parseInt(value);
  }
}
