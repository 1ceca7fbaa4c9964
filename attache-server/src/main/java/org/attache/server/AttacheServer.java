package org.attache.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.attache.knowledge.KnowledgeBase;
import org.attache.pipeline.Extractor;
import org.attache.server.actors.ActorRoutes;
import org.attache.server.actors.Named;
import org.attache.server.auth.Guard;
import org.attache.server.auth.SessionRoutes;
import org.attache.server.auth.SignInThrottle;
import org.attache.server.coordination.BriefRoutes;
import org.attache.server.coordination.CalendarRoutes;
import org.attache.server.coordination.CoordinationApi;
import org.attache.server.coordination.CoordinationPages;
import org.attache.server.coordination.SheetRoutes;
import org.attache.server.coordination.Workspace;
import org.attache.server.curation.CurationRoutes;
import org.attache.server.curation.Vocabularies;
import org.attache.server.documents.DocumentRoutes;
import org.attache.server.downloads.Downloads;
import org.attache.server.events.EventRoutes;
import org.attache.server.http.Failures;
import org.attache.server.http.Feature;
import org.attache.server.http.HostCheck;
import org.attache.server.http.ProtocolErrors;
import org.attache.server.http.Route;
import org.attache.server.http.Routes;
import org.attache.server.network.NetworkRoutes;
import org.attache.server.page.Pages;
import org.attache.server.pairs.PairRoutes;
import org.attache.server.plans.PlanRoutes;
import org.attache.server.review.ReviewRoutes;
import org.attache.server.search.SearchRoutes;
import org.attache.server.sources.SourceRoutes;
import org.attache.server.stories.StoryRoutes;
import org.attache.server.submit.Intake;
import org.attache.server.submit.Submission;
import org.attache.server.submit.SubmissionQueue;
import org.attache.server.submit.SubmitApi;
import org.attache.server.submit.SubmitPage;
import org.attache.server.submit.Submitting;
import org.attache.server.watch.WatchRoutes;
import org.attache.store.Database;
import org.attache.store.curation.Curation;
import org.attache.store.export.Exporter;
import org.attache.store.query.Sql;
import org.attache.store.query.actors.Actors;
import org.attache.store.query.documents.Documents;
import org.attache.store.query.events.Events;
import org.attache.store.query.network.Network;
import org.attache.store.query.overview.Overview;
import org.attache.store.query.pairs.Pairs;
import org.attache.store.query.registry.Registry;
import org.attache.store.review.Review;
import org.attache.store.review.ReviewQueue;
import org.attache.store.sources.Sources;
import org.attache.store.stories.Stories;
import org.attache.store.users.Users;
import org.attache.store.watch.DigestQueue;
import org.attache.store.watch.Watchlists;

/**
 * The HTTP server: the JSON API under {@code /api} and the pages. Reading is open; reviewing and
 * submitting need a signed-in editor. Every error is {@code { "code", "message" }} under {@code
 * /api} and an error page elsewhere; a failure of the server itself is logged with an id, and the
 * answer gives only that id.
 */
public final class AttacheServer implements AutoCloseable {
  /** Scripts and styles come from this site only: no inline script ever runs. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'";

  private final Javalin app;
  private final List<Route> apiRoutes;
  private final SubmissionQueue submissions;

  private AttacheServer(Javalin app, List<Route> apiRoutes, SubmissionQueue submissions) {
    this.app = app;
    this.apiRoutes = List.copyOf(apiRoutes);
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
   * @throws AttacheException (bad input) naming an allowed host that is not a host name
   */
  public static AttacheServer start(
      Database database, Supplier<Extractor> extractor, ServerSettings settings) {
    return start(database, extractor, settings, List.of());
  }

  /**
   * Starts a server with routes of the caller's besides its own: a test's route that fails on
   * purpose, an embedder's page. They are registered after the server's, under the same error
   * handling.
   *
   * @param extractor makes the extractor for submitted documents, on the first submission
   */
  public static AttacheServer start(
      Database database,
      Supplier<Extractor> extractor,
      ServerSettings settings,
      List<Feature> more) {
    requireNonNull(database, "database is null");
    requireNonNull(settings, "settings is null");
    HostCheck hosts = new HostCheck(settings.allowedHosts());
    // One pool of connections for every read of the pages, the sessions of signed-in users too.
    Sql sql = new Sql(database);
    Users users = new Users(database, sql);
    Guard guard = new Guard(users, SignInThrottle.standard(), settings.behindTlsProxy());
    Intake intake = new Intake(settings.submit());
    SubmissionQueue submissions =
        new SubmissionQueue(
            new Submission(database, extractor), settings.submit(), Clock.systemUTC());
    Pages pages = new Pages(guard);
    List<Feature> features =
        new ArrayList<>(features(database, sql, guard, intake, submissions, pages));
    features.addAll(more);
    Routes[] registered = new Routes[1];
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
              Routes routes = new Routes(config.routes);
              routes.apiGet("/api/openapi.json", AttacheServer::openApi);
              features.forEach(f -> f.register(routes));
              registered[0] = routes;
              new Failures(pages).register(config.routes);
            });
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      submissions.close();
      throw e;
    }
    return new AttacheServer(app, registered[0].api(), submissions);
  }

  /** Every part of the server, each given only what it needs: the one place they are composed. */
  private static List<Feature> features(
      Database database,
      Sql sql,
      Guard guard,
      Intake intake,
      SubmissionQueue submissions,
      Pages pages) {
    Events events = new Events(sql);
    Registry registry = new Registry(sql, events);
    Actors actors = new Actors(sql, events);
    Documents documents = new Documents(sql);
    Named named = new Named(actors);
    Submitting submitting = new Submitting(guard, intake, submissions);
    Curation curation = new Curation(database, sql, Vocabularies.standard());
    Workspace workspace = Workspace.of(sql, guard, KnowledgeBase.standard(), Clock.systemUTC());
    return List.of(
        routes ->
            SearchRoutes.register(routes, actors, documents, events, new Overview(sql), pages),
        routes -> DocumentRoutes.register(routes, documents, events, curation, pages),
        routes -> ActorRoutes.register(routes, actors, curation, pages),
        routes -> CurationRoutes.register(routes, curation, actors, guard),
        routes -> EventRoutes.register(routes, events, named, pages),
        routes -> PairRoutes.register(routes, named, new Pairs(events, registry), pages),
        routes -> NetworkRoutes.register(routes, new Network(sql), pages),
        routes -> PlanRoutes.register(routes, registry, pages),
        routes -> CoordinationApi.register(routes, workspace),
        routes -> SheetRoutes.register(routes, workspace),
        routes -> CalendarRoutes.register(routes, workspace),
        routes -> CoordinationPages.register(routes, workspace, pages),
        routes ->
            BriefRoutes.register(routes, workspace, actors, new Pairs(events, registry), pages),
        routes ->
            ReviewRoutes.register(
                routes, new Review(database), new ReviewQueue(sql), named, guard, pages),
        routes -> SessionRoutes.register(routes, guard, pages),
        routes -> SourceRoutes.register(routes, new Sources(database), guard, pages),
        routes -> StoryRoutes.register(routes, new Stories(sql), pages),
        routes ->
            WatchRoutes.register(routes, new Watchlists(sql), new DigestQueue(sql), guard, pages),
        routes -> SubmitApi.register(routes, submitting),
        routes -> SubmitPage.register(routes, submitting, pages),
        routes -> Downloads.register(routes, new Exporter(database)));
  }

  private static void openApi(io.javalin.http.Context ctx) throws IOException {
    try (InputStream in = AttacheServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server's resources");
      }
      ctx.contentType("application/json; charset=utf-8")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The routes of the JSON API, as the OpenAPI document should describe them. */
  public List<Route> apiRoutes() {
    return apiRoutes;
  }

  /** Stops serving, then cancels the submissions that wait and lets those running stop. */
  @Override
  public void close() {
    app.stop();
    submissions.close();
  }
}
