package org.attache.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attache.pipeline.Extractor;
import org.attache.server.auth.Guard;
import org.attache.server.auth.SignInThrottle;
import org.attache.server.auth.Users;
import org.attache.server.download.Downloads;
import org.attache.server.http.ApiException;
import org.attache.server.http.ErrorLog;
import org.attache.server.http.HostCheck;
import org.attache.server.http.Json;
import org.attache.server.http.ProtocolErrors;
import org.attache.server.http.Route;
import org.attache.server.page.Html;
import org.attache.server.page.Pages;
import org.attache.server.page.SubmitPage;
import org.attache.server.query.Actors;
import org.attache.server.query.Documents;
import org.attache.server.query.Events;
import org.attache.server.query.Network;
import org.attache.server.query.Pairs;
import org.attache.server.query.Registry;
import org.attache.server.query.Sql;
import org.attache.server.submit.Intake;
import org.attache.server.submit.Submission;
import org.attache.server.submit.SubmissionQueue;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.attache.store.export.Exporter;
import org.attache.store.review.Review;
import org.eclipse.jetty.http.HttpException;

/**
 * The HTTP server: the JSON API under {@code /api} and the pages. Reading is open; reviewing and
 * submitting need a signed-in editor. Every error is {@code { "code", "message" }} under {@code
 * /api} and an error page elsewhere; a failure of the server itself is logged with an id, and the
 * answer gives only that id.
 */
public final class AttacheServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AttacheServer.class.getName());

  /** Scripts and styles come from this site only: no inline script ever runs. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'";

  /** Marks a request whose error answer is written already. */
  private static final String FAILED = "attache.failed";

  private final Javalin app;
  private final Api api;
  private final SubmissionQueue submissions;

  private AttacheServer(Javalin app, Api api, SubmissionQueue submissions) {
    this.app = app;
    this.api = api;
    this.submissions = submissions;
  }

  /**
   * Starts a server on a port (0 for any free one) of an address, with the standard settings.
   *
   * @param extractor makes the extractor for submitted documents, on the first submission
   */
  public static AttacheServer start(
      Database database, Supplier<Extractor> extractor, String host, int port) {
    return start(database, extractor, ServerSettings.of(host, port));
  }

  /**
   * Starts a server. The caller tells the operator {@link ServerSettings#warning()}, if any.
   *
   * @param extractor makes the extractor for submitted documents, on the first submission
   * @throws IllegalArgumentException naming an allowed host that is not a host name
   */
  public static AttacheServer start(
      Database database, Supplier<Extractor> extractor, ServerSettings settings) {
    requireNonNull(database, "database is null");
    requireNonNull(settings, "settings is null");
    HostCheck hosts = new HostCheck(settings.allowedHosts());
    Sql sql = new Sql(database);
    Events events = new Events(sql);
    Registry registry = new Registry(sql, events);
    Users users = new Users(database);
    Intake intake = new Intake(settings.submit());
    SubmissionQueue submissions =
        new SubmissionQueue(
            new Submission(database, extractor), settings.submit(), Clock.systemUTC());
    Services services =
        new Services(
            new Documents(sql),
            new Actors(sql, events),
            events,
            new Pairs(events, registry),
            new Network(sql),
            registry,
            new Review(database),
            users,
            new Guard(users, SignInThrottle.standard(), settings.behindTlsProxy()),
            intake,
            submissions,
            new Downloads(new Exporter(database)));
    Api api = new Api(services);
    Pages pages = new Pages(services);
    SubmitPage submit = new SubmitPage(services);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.maxRequestSize = settings.submit().maxRequestBytes();
              config.http.prefer405over404 = true;
              config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors()));
              // Jetty's default of 200,000 bytes for a form would refuse a paste the limits allow.
              config.jetty.modifyServletContextHandler(
                  context ->
                      context.setMaxFormContentSize(
                          (int) Math.min(Integer.MAX_VALUE, settings.submit().maxRequestBytes())));
              config.staticFiles.enableWebjars();
              config.staticFiles.add("/org/attache/server/public", Location.CLASSPATH);
              config.routes.before(
                  ctx -> {
                    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Referrer-Policy", "same-origin");
                    hosts.check(ctx.header("Host"));
                  });
              for (String path : List.of("/api/documents", "/submit")) {
                config.routes.before(
                    path,
                    ctx -> {
                      if (ctx.method().name().equals("POST")) {
                        intake.checkRequestLength(ctx.contentLength());
                      }
                    });
              }
              api.register(config.routes);
              pages.register(config.routes);
              submit.register(config.routes);
              config.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e));
              config.routes.exception(
                  HttpResponseException.class, (e, ctx) -> fail(ctx, answer(ctx, e)));
              config.routes.exception(
                  StoreException.class,
                  (e, ctx) ->
                      fail(
                          ctx,
                          new ApiException(
                              503,
                              "store",
                              "The store failed; the error is logged as "
                                  + ErrorLog.log(LOG, Level.WARNING, request(ctx), e))));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    if (e.getCause() instanceof HttpException bad && bad.getCode() < 500) {
                      // A form or upload that Jetty cannot parse.
                      fail(
                          ctx,
                          bad.getCode() == 400
                              ? ApiException.badRequest(
                                  "The request's body cannot be read as "
                                      + Optional.ofNullable(ctx.contentType())
                                          .map(t -> t.split(";", 2)[0].strip())
                                          .orElse("a form"))
                              : ProtocolErrors.of(bad.getCode()));
                      return;
                    }
                    fail(
                        ctx,
                        new ApiException(
                            500,
                            "internal",
                            "The server failed; the error is logged as "
                                + ErrorLog.log(LOG, Level.SEVERE, request(ctx), e)));
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.attribute(FAILED) == null) {
                      fail(ctx, ApiException.notFound("Nothing at " + ctx.path()));
                    }
                  });
            });
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      submissions.close();
      throw e;
    }
    return new AttacheServer(app, api, submissions);
  }

  /** Javalin's own refusals (a wrong method, a body too large) in this server's words. */
  private static ApiException answer(Context ctx, HttpResponseException e) {
    return switch (e.getStatus()) {
      case 405 -> {
        String allowed = String.join(", ", e.getDetails().values());
        if (!allowed.isEmpty()) {
          ctx.header("Allow", allowed);
        }
        yield ApiException.methodNotAllowed(
            ctx.method().name()
                + " is not a method of "
                + ctx.path()
                + (allowed.isEmpty() ? "" : "; it takes " + allowed));
      }
      case 400 -> ApiException.badRequest("The request is malformed");
      case 404 -> ApiException.notFound("Nothing at " + ctx.path());
      case 413 -> ApiException.tooLarge("The request body is larger than the server takes");
      default -> {
        if (e.getStatus() >= 500) {
          yield new ApiException(
              e.getStatus(),
              "internal",
              "The server failed; the error is logged as "
                  + ErrorLog.log(LOG, Level.SEVERE, request(ctx), e));
        }
        yield new ApiException(
            e.getStatus(),
            "http_" + e.getStatus(),
            "The request cannot be answered (HTTP " + e.getStatus() + ")");
      }
    };
  }

  private static String request(Context ctx) {
    return ctx.method().name() + " " + ctx.path();
  }

  private static void fail(Context ctx, ApiException error) {
    ctx.attribute(FAILED, true);
    error
        .retryAfter()
        .ifPresent(d -> ctx.header("Retry-After", String.valueOf(Math.max(1, d.toSeconds()))));
    if (ctx.path().startsWith("/api/")) {
      Json.error(ctx, error);
    } else {
      ctx.status(error.status()).html(Html.errorPage(error.status(), error.getMessage()));
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The routes of the JSON API, as the OpenAPI document should describe them. */
  public List<Route> apiRoutes() {
    return api.routes();
  }

  /** Stops serving, then cancels the submissions that wait and lets those running stop. */
  @Override
  public void close() {
    app.stop();
    submissions.close();
  }
}
