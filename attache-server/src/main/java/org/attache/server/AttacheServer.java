package org.attache.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attache.pipeline.Extractor;
import org.attache.server.auth.Guard;
import org.attache.server.auth.Users;
import org.attache.server.download.Downloads;
import org.attache.server.http.ApiException;
import org.attache.server.http.Json;
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
import org.attache.server.submit.Submission;
import org.attache.store.Database;
import org.attache.store.StoreException;
import org.attache.store.export.Exporter;
import org.attache.store.review.Review;

/**
 * The HTTP server: the JSON API under {@code /api} and the pages. Reading is open; reviewing and
 * submitting need a signed-in editor.
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

  private AttacheServer(Javalin app, Api api) {
    this.app = app;
    this.api = api;
  }

  /**
   * Starts a server on a port (0 for any free one) of the loopback address or all addresses.
   *
   * @param extractor makes the extractor for submitted documents, on the first submission
   */
  public static AttacheServer start(
      Database database, Supplier<Extractor> extractor, String host, int port) {
    requireNonNull(database, "database is null");
    Sql sql = new Sql(database);
    Events events = new Events(sql);
    Registry registry = new Registry(sql, events);
    Users users = new Users(database);
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
            new Guard(users),
            new Submission(database, extractor),
            new Downloads(new Exporter(database)));
    Api api = new Api(services);
    Pages pages = new Pages(services);
    SubmitPage submit = new SubmitPage(services);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.maxRequestSize = 25L * 1024 * 1024;
              config.staticFiles.enableWebjars();
              config.staticFiles.add("/org/attache/server/public", Location.CLASSPATH);
              config.routes.before(
                  ctx -> {
                    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Referrer-Policy", "same-origin");
                  });
              api.register(config.routes);
              pages.register(config.routes);
              submit.register(config.routes);
              config.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e));
              config.routes.exception(
                  IllegalArgumentException.class,
                  (e, ctx) -> fail(ctx, ApiException.badRequest(e.getMessage())));
              config.routes.exception(
                  StoreException.class,
                  (e, ctx) -> {
                    LOG.log(Level.WARNING, "store failure on " + ctx.path(), e);
                    fail(
                        ctx, new ApiException(503, "store", "The store failed: " + e.getMessage()));
                  });
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.log(Level.SEVERE, "failure on " + ctx.path(), e);
                    fail(ctx, new ApiException(500, "internal", "The server failed: " + e));
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.attribute(FAILED) == null) {
                      fail(ctx, ApiException.notFound("Nothing at " + ctx.path()));
                    }
                  });
            });
    app.start(host, port);
    return new AttacheServer(app, api);
  }

  private static void fail(Context ctx, ApiException error) {
    ctx.attribute(FAILED, Boolean.TRUE);
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

  @Override
  public void close() {
    app.stop();
  }
}
