package org.attache.server.auth;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.attache.server.http.ApiException;

/**
 * Who is signed in, and the checks every state-changing request passes: a session, a role that may
 * edit, a request from this site (Origin, Referer and Sec-Fetch-Site), and the session's
 * anti-forgery token in the {@value #CSRF_HEADER} header or the {@value #CSRF_FIELD} form field.
 */
public final class Guard {
  public static final String COOKIE = "attache_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "csrf";

  private final Users users;

  public Guard(Users users) {
    this.users = requireNonNull(users, "users is null");
  }

  /** The signed-in user of a request, if any. */
  public Optional<SignedIn> current(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return users.session(token);
  }

  /**
   * The user of a state-changing request, after every check.
   *
   * @throws ApiException 401 without a session, 403 for a viewer or a forged request
   */
  public SignedIn editor(Context ctx) {
    SignedIn signedIn = signedIn(ctx);
    if (!signedIn.user().role().mayEdit()) {
      throw ApiException.forbidden(
          "User '" + signedIn.user().name() + "' is a viewer: reviewing needs an editor");
    }
    return signedIn;
  }

  /**
   * The user of a state-changing request that any signed-in user may make (signing out).
   *
   * @throws ApiException 401 without a session, 403 for a forged request
   */
  public SignedIn signedIn(Context ctx) {
    sameSite(ctx);
    SignedIn signedIn =
        current(ctx)
            .orElseThrow(() -> ApiException.unauthenticated("Sign in to change the record"));
    String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> formToken(ctx));
    if (sent == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            signedIn.csrf().getBytes(StandardCharsets.UTF_8))) {
      throw ApiException.csrf("The request does not carry this session's anti-forgery token");
    }
    return signedIn;
  }

  /** Refuses a request that a browser says comes from another site. */
  public void sameSite(Context ctx) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && fetchSite.equals("cross-site")) {
      throw ApiException.csrf("Cross-site requests may not change the record");
    }
    String origin = Optional.ofNullable(ctx.header("Origin")).orElse(ctx.header("Referer"));
    if (origin != null && !origin.equals("null")) {
      String host = ctx.header("Host");
      String originHost;
      try {
        originHost = URI.create(origin).getRawAuthority();
      } catch (IllegalArgumentException e) {
        throw ApiException.csrf("The request's origin is not an address: '" + origin + "'");
      }
      if (host == null || !host.equalsIgnoreCase(originHost)) {
        throw ApiException.csrf("Requests from " + origin + " may not change the record");
      }
    } else if (origin != null) {
      throw ApiException.csrf("Requests from an opaque origin may not change the record");
    }
  }

  /** Sets the session cookie: HttpOnly, SameSite=Strict, for the whole site. */
  public static void setCookie(Context ctx, String token) {
    Cookie cookie =
        new Cookie(
            COOKIE,
            token,
            "/",
            (int) Users.SESSION_LIFETIME.toSeconds(),
            false,
            true,
            null,
            SameSite.STRICT);
    ctx.cookie(cookie);
  }

  public static void clearCookie(Context ctx) {
    ctx.cookie(new Cookie(COOKIE, "", "/", 0, false, true, null, SameSite.STRICT));
  }

  private static String formToken(Context ctx) {
    String type = ctx.contentType();
    if (type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"))) {
      return ctx.formParam(CSRF_FIELD);
    }
    return null;
  }
}
