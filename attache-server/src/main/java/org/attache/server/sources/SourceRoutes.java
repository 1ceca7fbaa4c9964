package org.attache.server.sources;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import org.attache.server.auth.Guard;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.sources.NewSource;
import org.attache.store.sources.SourceKind;
import org.attache.store.sources.Sources;
import org.attache.store.users.SignedIn;
import org.attache.store.users.UserRole;

/**
 * The sources page, for admins: each source with its last success, last error and next poll; adding
 * and removing, as {@code attache sources add|remove} do.
 */
public final class SourceRoutes {
  private SourceRoutes() {}

  public static void register(Routes routes, Sources sources, Guard guard, Pages pages) {
    routes.pageGet(
        "/sources",
        ctx -> {
          Optional<SignedIn> user = pages.user(ctx);
          if (user.isEmpty()) {
            ctx.redirect("/login");
            return;
          }
          admin(user.get());
          pages.send(ctx, "sources/sources.jte", "Sources", sources.list());
        });
    routes.pagePost(
        "/sources",
        ctx -> {
          admin(guard.signedIn(ctx));
          sources.add(
              new NewSource(
                  required(ctx, "url"),
                  SourceKind.parse(required(ctx, "kind")),
                  required(ctx, "publisher"),
                  required(ctx, "language"),
                  Duration.ofMinutes(minutes(required(ctx, "minutes"))),
                  Params.form(ctx, "pattern")));
          ctx.redirect("/sources");
        });
    routes.pagePost(
        "/sources/{id}/remove",
        ctx -> {
          admin(guard.signedIn(ctx));
          sources.remove(ctx.pathParam("id"));
          ctx.redirect("/sources");
        });
  }

  private static void admin(SignedIn signedIn) {
    if (signedIn.user().role() != UserRole.ADMIN) {
      throw Refusal.FORBIDDEN.because(
          "User '" + signedIn.user().name() + "' is not an admin: the sources are an admin's");
    }
  }

  private static String required(Context ctx, String field) {
    return Params.form(ctx, field)
        .orElseThrow(() -> Refusal.BAD_REQUEST.because("Give the source's " + field));
  }

  private static long minutes(String value) {
    if (!value.matches("\\d{1,6}") || Long.parseLong(value) == 0) {
      throw Refusal.BAD_REQUEST.because(
          "A source is polled every 1 to 999999 minutes, not every '" + value + "'");
    }
    return Long.parseLong(value);
  }
}
