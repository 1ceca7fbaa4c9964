package org.attache.server.http;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attache.model.error.AttacheException;
import org.attache.model.error.ErrorCode;
import org.attache.server.page.Pages;
import org.attache.store.StoreException;
import org.eclipse.jetty.http.HttpException;

/**
 * Turns every failure of a request into its answer: {@code { "code", "message" }} under {@code
 * /api} and an error page elsewhere. An {@link AttacheException}'s code gives the status (bad input
 * 400, not found 404, conflict 409, unauthorised 403, unavailable 503, internal 500); anything else
 * that escapes a handler is a bug, a 500. A 500 or 503 is logged with an id, and the answer gives
 * only that id, never the failure's own message.
 */
public final class Failures {
  /** The server's log: operators and tests look for failures under this name. */
  private static final Logger LOG = Logger.getLogger("org.attache.server.AttacheServer");

  /** Marks a request whose error answer is written already. */
  private static final String FAILED = "attache.failed";

  private final Pages pages;

  public Failures(Pages pages) {
    this.pages = requireNonNull(pages, "pages is null");
  }

  public void register(RoutesConfig config) {
    config.exception(AttacheException.class, (e, ctx) -> fail(ctx, answer(ctx, e)));
    config.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, answer(ctx, e)));
    config.exception(
        Exception.class,
        (e, ctx) -> {
          if (e.getCause() instanceof HttpException bad && bad.getCode() < 500) {
            // A form or upload that Jetty cannot parse.
            fail(
                ctx,
                bad.getCode() == 400
                    ? Refusal.BAD_REQUEST.because(
                        "The request's body cannot be read as "
                            + Optional.ofNullable(ctx.contentType())
                                .map(t -> t.split(";", 2)[0].strip())
                                .orElse("a form"))
                    : ProtocolErrors.of(bad.getCode()));
            return;
          }
          fail(ctx, internal(ctx, 500, e));
        });
    config.error(
        404,
        ctx -> {
          if (ctx.attribute(FAILED) == null) {
            fail(ctx, Refusal.NOT_FOUND.because("Nothing at " + ctx.path()));
          }
        });
  }

  /** The answer for a failure with a code of the model. */
  private static ApiException answer(Context ctx, AttacheException e) {
    if (e instanceof ApiException api) {
      return api;
    }
    if (e instanceof StoreException) {
      return ApiException.logged(
          ErrorCode.UNAVAILABLE,
          503,
          "store",
          "The store failed; the error is logged as " + log(ctx, Level.WARNING, e));
    }
    return switch (e.code()) {
      case UNAVAILABLE ->
          ApiException.logged(
              ErrorCode.UNAVAILABLE,
              503,
              "unavailable",
              "The server cannot answer now; the error is logged as " + log(ctx, Level.WARNING, e));
      case INTERNAL -> internal(ctx, 500, e);
      default -> ApiException.of(e);
    };
  }

  /** Javalin's own refusals (a wrong method, a body too large) in this server's words. */
  private static ApiException answer(Context ctx, HttpResponseException e) {
    return switch (e.getStatus()) {
      case 405 -> {
        String allowed = String.join(", ", e.getDetails().values());
        if (!allowed.isEmpty()) {
          ctx.header("Allow", allowed);
        }
        yield Refusal.METHOD_NOT_ALLOWED.because(
            ctx.method().name()
                + " is not a method of "
                + ctx.path()
                + (allowed.isEmpty() ? "" : "; it takes " + allowed));
      }
      case 400 -> Refusal.BAD_REQUEST.because("The request is malformed");
      case 404 -> Refusal.NOT_FOUND.because("Nothing at " + ctx.path());
      case 413 -> Refusal.TOO_LARGE.because("The request body is larger than the server takes");
      default ->
          e.getStatus() >= 500
              ? internal(ctx, e.getStatus(), e)
              : ApiException.http(
                  e.getStatus(),
                  "http_" + e.getStatus(),
                  "The request cannot be answered (HTTP " + e.getStatus() + ")");
    };
  }

  private static ApiException internal(Context ctx, int status, Throwable e) {
    return ApiException.logged(
        ErrorCode.INTERNAL,
        status,
        "internal",
        "The server failed; the error is logged as " + log(ctx, Level.SEVERE, e));
  }

  private static String log(Context ctx, Level level, Throwable e) {
    return ErrorLog.log(LOG, level, ctx.method().name() + " " + ctx.path(), e);
  }

  private void fail(Context ctx, ApiException error) {
    ctx.attribute(FAILED, true);
    error
        .retryAfter()
        .ifPresent(d -> ctx.header("Retry-After", String.valueOf(Math.max(1, d.toSeconds()))));
    if (ctx.path().startsWith("/api/")) {
      Json.error(ctx, error);
    } else {
      ctx.status(error.status()).html(pages.error(error.status(), error.getMessage()));
    }
  }
}
