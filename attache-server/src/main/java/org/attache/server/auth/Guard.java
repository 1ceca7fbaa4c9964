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
import org.attache.server.http.Refusal;
import org.attache.store.users.SignedIn;
import org.attache.store.users.Users;

/**
 * Who is signed in, and the checks every state-changing request passes: a session, a role that may
 * edit, a request from this site (Origin, Referer and Sec-Fetch-Site), and the session's
 * anti-forgery token in the {@value #CSRF_HEADER} header or the {@value #CSRF_FIELD} form field.
 * Signing in is throttled per account and per address.
 */
public final class Guard {
  public static final String COOKIE = "attache_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "csrf";

  private final Users users;
  private final SignInThrottle throttle;
  private final boolean behindTlsProxy;

  /**
   * @param behindTlsProxy whether the server is reached through a proxy that speaks TLS to the
   *     browsers: cookies are then marked Secure, and a client's address is the last one of the
   *     {@code X-Forwarded-For} header that the proxy adds
   */
  public Guard(Users users, SignInThrottle throttle, boolean behindTlsProxy) {
    this.users = requireNonNull(users, "users is null");
    this.throttle = requireNonNull(throttle, "throttle is null");
    this.behindTlsProxy = behindTlsProxy;
  }

  /**
   * Signs in with a name and password, unless the account or the client's address has failed too
   * often of late, and sets the session cookie.
   *
   * @throws ApiException 401 for a wrong name or password, 429 while throttled
   */
  public SignedIn signIn(Context ctx, String name, String password) {
    String address = clientAddress(ctx);
    throttle.check(name, address);
    Optional<Users.Session> session = users.signIn(name, password);
    if (session.isEmpty()) {
      throttle.failed(name, address);
      throw Refusal.UNAUTHENTICATED.because("Wrong name or password");
    }
    throttle.succeeded(name);
    setCookie(ctx, session.get().token());
    return session.get().signedIn();
  }

  /** Ends the request's session and clears its cookie. */
  public void signOut(Context ctx) {
    signedIn(ctx);
    users.signOut(ctx.cookie(COOKIE));
    clearCookie(ctx);
  }

  /**
   * The address of the client: the connection's, or behind a proxy the last one of {@code
   * X-Forwarded-For}, the one the proxy added.
   */
  public String clientAddress(Context ctx) {
    if (behindTlsProxy) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return ctx.ip();
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
      throw Refusal.FORBIDDEN.because(
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
            .orElseThrow(() -> Refusal.UNAUTHENTICATED.because("Sign in to change the record"));
    String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> formToken(ctx));
    if (sent == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            signedIn.csrf().getBytes(StandardCharsets.UTF_8))) {
      throw Refusal.CSRF.because("The request does not carry this session's anti-forgery token");
    }
    return signedIn;
  }

  /** Refuses a request that a browser says comes from another site. */
  public void sameSite(Context ctx) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && fetchSite.equals("cross-site")) {
      throw Refusal.CSRF.because("Cross-site requests may not change the record");
    }
    String origin = Optional.ofNullable(ctx.header("Origin")).orElse(ctx.header("Referer"));
    if (origin != null && !origin.equals("null")) {
      String host = ctx.header("Host");
      String originHost;
      try {
        originHost = URI.create(origin).getRawAuthority();
      } catch (IllegalArgumentException e) {
        throw Refusal.CSRF.because("The request's origin is not an address: '" + origin + "'");
      }
      if (host == null || !host.equalsIgnoreCase(originHost)) {
        throw Refusal.CSRF.because("Requests from " + origin + " may not change the record");
      }
    } else if (origin != null) {
      throw Refusal.CSRF.because("Requests from an opaque origin may not change the record");
    }
  }

  /** Sets the session cookie: HttpOnly, SameSite=Strict, for the whole site; Secure behind TLS. */
  private void setCookie(Context ctx, String token) {
    ctx.cookie(
        new Cookie(
            COOKIE,
            token,
            "/",
            (int) Users.SESSION_LIFETIME.toSeconds(),
            behindTlsProxy,
            true,
            null,
            SameSite.STRICT));
  }

  private void clearCookie(Context ctx) {
    ctx.cookie(new Cookie(COOKIE, "", "/", 0, behindTlsProxy, true, null, SameSite.STRICT));
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
