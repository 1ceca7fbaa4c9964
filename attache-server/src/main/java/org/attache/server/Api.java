package org.attache.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;
import org.attache.server.auth.SignedIn;
import org.attache.server.http.ApiException;
import org.attache.server.http.Json;
import org.attache.server.http.Params;
import org.attache.server.http.Route;
import org.attache.server.query.Events;
import org.attache.server.review.Decisions;
import org.attache.server.submit.JobState;
import org.attache.store.review.ReviewItem;

/** The JSON API under {@code /api}, described by {@code /api/openapi.json}. */
final class Api {
  private final Services services;
  private final List<Route> routes = new ArrayList<>();

  Api(Services services) {
    this.services = requireNonNull(services, "services is null");
  }

  /** The routes registered, for the check against the OpenAPI document. */
  List<Route> routes() {
    return List.copyOf(routes);
  }

  void register(RoutesConfig config) {
    get(config, "/api/openapi.json", this::openApi);
    get(config, "/api/documents", this::documents);
    post(config, "/api/documents", this::submit);
    get(config, "/api/documents/search", this::searchDocuments);
    get(config, "/api/documents/{id}", this::document);
    get(config, "/api/actors", this::searchActors);
    get(config, "/api/actors/{kind}/{id}", this::actor);
    get(config, "/api/events", this::events);
    get(config, "/api/pairs", this::pair);
    get(config, "/api/network", this::network);
    get(config, "/api/export", services.downloads()::send);
    get(
        config,
        "/api/agreements",
        ctx -> Json.send(ctx, services.registry().agreements(Optional.empty())));
    get(config, "/api/plans", ctx -> Json.send(ctx, services.registry().plans(Optional.empty())));
    get(config, "/api/review", this::queue);
    get(config, "/api/review/{id}", this::reviewItem);
    post(config, "/api/review/{id}/confirm", ctx -> decide(ctx, "confirm"));
    post(config, "/api/review/{id}/correct", ctx -> decide(ctx, "correct"));
    post(config, "/api/review/{id}/reject", ctx -> decide(ctx, "reject"));
    get(config, "/api/jobs/{id}", this::job);
    delete(config, "/api/jobs/{id}", this::cancel);
    post(config, "/api/jobs/{id}/cancel", this::cancel);
    get(config, "/api/session", this::session);
    post(config, "/api/session", this::signIn);
    delete(config, "/api/session", this::signOut);
  }

  private void get(RoutesConfig config, String path, Handler handler) {
    routes.add(new Route("get", path));
    config.get(path, handler);
  }

  private void post(RoutesConfig config, String path, Handler handler) {
    routes.add(new Route("post", path));
    config.post(path, handler);
  }

  private void delete(RoutesConfig config, String path, Handler handler) {
    routes.add(new Route("delete", path));
    config.delete(path, handler);
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server's resources");
      }
      ctx.contentType("application/json; charset=utf-8")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private void documents(Context ctx) {
    Json.send(
        ctx,
        services
            .documents()
            .list(
                Params.integer(ctx, "limit", 50, 1, 500),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE)));
  }

  private void searchDocuments(Context ctx) {
    String q =
        Params.text(ctx, "q").orElseThrow(() -> ApiException.badRequest("Give a query in 'q'"));
    Json.send(ctx, services.documents().search(q, Params.integer(ctx, "limit", 50, 1, 500)));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{64}")) {
      throw ApiException.badRequest("A document id is 64 hex digits: '" + id + "'");
    }
    Json.send(
        ctx,
        services.documents().one(id).orElseThrow(() -> ApiException.notFound("No document " + id)));
  }

  private void submit(Context ctx) {
    SignedIn user = services.guard().editor(ctx);
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    SourceDocument document;
    if (type.startsWith("multipart/form-data")) {
      UploadedFile file = ctx.uploadedFile("file");
      if (file == null) {
        throw ApiException.badRequest("A multipart submission needs a 'file' part");
      }
      try (InputStream content = file.content()) {
        document = services.intake().file(file.filename(), file.size(), content);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the upload", e);
      }
    } else {
      JsonNode body = Json.body(ctx);
      String text =
          Json.text(body, "text").orElseThrow(() -> ApiException.badRequest("Give the 'text'"));
      Optional<LocalDate> published;
      try {
        published = Json.text(body, "published").map(LocalDate::parse);
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest(
            "'published' is not a date like 2025-03-04: " + e.getParsedString());
      }
      document =
          services
              .intake()
              .text(
                  "submitted by " + user.user().name(), Json.text(body, "title"), published, text);
    }
    JobState job = services.submissions().submit(document, user.user().name());
    ctx.status(202).header("Location", jobUrl(job));
    Json.send(ctx, job(job));
  }

  private void job(Context ctx) {
    SignedIn user =
        services
            .guard()
            .current(ctx)
            .orElseThrow(() -> ApiException.unauthenticated("Sign in to follow a submission"));
    Json.send(ctx, job(ownJob(user, ctx.pathParam("id"))));
  }

  private void cancel(Context ctx) {
    SignedIn user = services.guard().editor(ctx);
    ownJob(user, ctx.pathParam("id"));
    Json.send(ctx, job(services.submissions().cancel(ctx.pathParam("id"))));
  }

  /** A job that the user submitted, or any job for an admin; 404 for one of someone else. */
  private JobState ownJob(SignedIn user, String id) {
    return services
        .submissions()
        .find(id, user.user())
        .orElseThrow(() -> ApiException.notFound("No job " + id));
  }

  private static String jobUrl(JobState job) {
    return "/api/jobs/" + job.id();
  }

  /** A job as the API gives it. */
  static Map<String, Object> job(JobState job) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", job.id());
    map.put("url", jobUrl(job));
    map.put("page", "/submit/jobs/" + job.id());
    map.put("status", job.status().code());
    map.put("stage", job.stage());
    map.put("progress", Math.round(job.progress() * 1000) / 1000.0);
    map.put("stages_done", job.stagesDone());
    map.put("stages_total", job.stagesTotal());
    map.put("waiting_before", job.waitingBefore().orElse(null));
    map.put("cancel_requested", job.cancelRequested());
    map.put("size", job.size());
    map.put("title", job.title().orElse(null));
    map.put("submitted_at", job.submittedAt().toString());
    map.put("finished_at", job.finishedAt().map(Object::toString).orElse(null));
    map.put("document_id", job.documentId().orElse(null));
    map.put("document_url", job.documentId().map(id -> "/api/documents/" + id).orElse(null));
    map.put(
        "document_page",
        job.documentId()
            .map(id -> "/documents/" + id + "?submitted=" + (job.known() ? "known" : "new"))
            .orElse(null));
    map.put("error", job.message().orElse(null));
    return map;
  }

  private void searchActors(Context ctx) {
    String q =
        Params.text(ctx, "q").orElseThrow(() -> ApiException.badRequest("Give a name in 'q'"));
    Json.send(ctx, services.actors().search(q, Params.integer(ctx, "limit", 50, 1, 500)));
  }

  private void actor(Context ctx) {
    String actor = Params.checkActor(ctx.pathParam("kind") + ":" + ctx.pathParam("id"));
    Json.send(
        ctx,
        services.actors().one(actor).orElseThrow(() -> ApiException.notFound("No actor " + actor)));
  }

  private void events(Context ctx) {
    List<String> actors = new ArrayList<>();
    Params.actor(ctx, "actor").ifPresent(actors::add);
    Params.actor(ctx, "with").ifPresent(actors::add);
    Events.Filter filter =
        new Events.Filter(
            Params.oneOf(ctx, "type", Events.TYPES),
            actors,
            Params.text(ctx, "area"),
            Params.date(ctx, "from"),
            Params.date(ctx, "to"));
    Json.send(
        ctx,
        services
            .events()
            .page(
                filter,
                Params.integer(ctx, "limit", 50, 1, 500),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE)));
  }

  private void pair(Context ctx) {
    Json.send(ctx, services.pairs().dashboard(named(ctx, "a"), named(ctx, "b")));
  }

  private Map<String, Object> named(Context ctx, String param) {
    String actor =
        Params.actor(ctx, param)
            .orElseThrow(() -> ApiException.badRequest("Give an actor in '" + param + "'"));
    return services
        .actors()
        .name(actor)
        .orElseThrow(() -> ApiException.notFound("No actor " + actor));
  }

  private void network(Context ctx) {
    Optional<String> year = Params.date(ctx, "year");
    Json.send(
        ctx,
        services
            .network()
            .of(
                Params.oneOf(ctx, "type", Events.TYPES).orElse("meeting"),
                Params.text(ctx, "area"),
                Params.date(ctx, "from").or(() -> year),
                Params.date(ctx, "to").or(() -> year)));
  }

  private void queue(Context ctx) {
    Json.send(
        ctx,
        services.review().queue(Params.integer(ctx, "limit", 50, 1, 500)).stream()
            .map(Api::item)
            .toList());
  }

  private void reviewItem(Context ctx) {
    Json.send(ctx, item(Decisions.item(services.review(), Decisions.id(ctx.pathParam("id")))));
  }

  private void decide(Context ctx, String action) {
    SignedIn user = services.guard().editor(ctx);
    JsonNode body = Json.optionalBody(ctx);
    Json.send(
        ctx,
        item(
            Decisions.decide(
                services.review(),
                Decisions.id(ctx.pathParam("id")),
                action,
                Json.text(body, "value"),
                user.user().name(),
                Json.text(body, "reason"))));
  }

  static Map<String, Object> item(ReviewItem item) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", item.id());
    map.put("document_id", item.documentId());
    map.put("subject_kind", item.subjectKind());
    map.put("subject_id", item.subjectId());
    map.put("field", item.field());
    map.put("value", item.value().orElse(null));
    map.put("machine_value", item.machineValue().orElse(null));
    map.put("span_start", item.span().map(s -> s.start()).orElse(null));
    map.put("span_end", item.span().map(s -> s.end()).orElse(null));
    map.put("quote", item.quote().orElse(null));
    map.put("confidence", item.confidence());
    map.put("state", item.state().code());
    return map;
  }

  private void session(Context ctx) {
    SignedIn signedIn =
        services
            .guard()
            .current(ctx)
            .orElseThrow(() -> ApiException.unauthenticated("Not signed in"));
    Json.send(ctx, describe(signedIn));
  }

  private void signIn(Context ctx) {
    services.guard().sameSite(ctx);
    JsonNode body = Json.body(ctx);
    String name =
        Json.text(body, "name").orElseThrow(() -> ApiException.badRequest("Give a 'name'"));
    String password =
        Json.text(body, "password").orElseThrow(() -> ApiException.badRequest("Give a 'password'"));
    Json.send(ctx, describe(services.guard().signIn(ctx, name, password)));
  }

  private void signOut(Context ctx) {
    services.guard().signOut(ctx);
    ctx.status(204);
  }

  static Map<String, Object> describe(SignedIn signedIn) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", signedIn.user().name());
    map.put("role", signedIn.user().role().code());
    map.put("csrf", signedIn.csrf());
    return map;
  }
}
