package org.attache.server.submit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;
import org.attache.server.http.Json;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.store.users.SignedIn;

/**
 * Submitting through the API: {@code POST /api/documents} (JSON or a multipart file) answers 202
 * with the job, which {@code /api/jobs/{id}} follows and cancels.
 */
public final class SubmitApi {
  private SubmitApi() {}

  public static void register(Routes routes, Submitting s) {
    routes.apiPost("/api/documents", ctx -> submit(ctx, s));
    routes.apiGet(
        "/api/jobs/{id}",
        ctx -> Json.send(ctx, JobBody.of(s.ownJob(s.follower(ctx), ctx.pathParam("id")))));
    routes.apiDelete("/api/jobs/{id}", ctx -> cancel(ctx, s));
    routes.apiPost("/api/jobs/{id}/cancel", ctx -> cancel(ctx, s));
  }

  private static void submit(Context ctx, Submitting s) {
    SignedIn user = s.guard().editor(ctx);
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    SourceDocument document;
    if (type.startsWith("multipart/form-data")) {
      UploadedFile file = ctx.uploadedFile("file");
      if (file == null) {
        throw Refusal.BAD_REQUEST.because("A multipart submission needs a 'file' part");
      }
      document = s.upload(file);
    } else {
      JsonNode body = Json.body(ctx);
      String text =
          Json.text(body, "text").orElseThrow(() -> Refusal.BAD_REQUEST.because("Give the 'text'"));
      Optional<LocalDate> published;
      try {
        published = Json.text(body, "published").map(LocalDate::parse);
      } catch (DateTimeParseException e) {
        throw Refusal.BAD_REQUEST.because(
            "'published' is not a date like 2025-03-04: " + e.getParsedString());
      }
      document =
          s.intake()
              .text(
                  "submitted by " + user.user().name(), Json.text(body, "title"), published, text);
    }
    JobState job = s.queue().submit(document, user.user().name());
    ctx.status(202).header("Location", JobBody.url(job));
    Json.send(ctx, JobBody.of(job));
  }

  private static void cancel(Context ctx, Submitting s) {
    SignedIn user = s.guard().editor(ctx);
    s.ownJob(user, ctx.pathParam("id"));
    Json.send(ctx, JobBody.of(s.queue().cancel(ctx.pathParam("id"))));
  }
}
