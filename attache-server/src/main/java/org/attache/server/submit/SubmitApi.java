package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;
import org.attache.server.auth.Guard;
import org.attache.server.http.ApiException;
import org.attache.server.http.Feature;
import org.attache.server.http.Json;
import org.attache.server.http.Routes;
import org.attache.store.users.SignedIn;

/**
 * Submitting through the API: {@code POST /api/documents} (JSON or a multipart file) answers 202
 * with the job, which {@code /api/jobs/{id}} follows and cancels.
 */
public final class SubmitApi implements Feature {
  private final Guard guard;
  private final Intake intake;
  private final SubmissionQueue submissions;

  public SubmitApi(Guard guard, Intake intake, SubmissionQueue submissions) {
    this.guard = requireNonNull(guard, "guard is null");
    this.intake = requireNonNull(intake, "intake is null");
    this.submissions = requireNonNull(submissions, "submissions is null");
  }

  @Override
  public void register(Routes routes) {
    routes.apiPost("/api/documents", this::submit);
    routes.apiGet("/api/jobs/{id}", this::job);
    routes.apiDelete("/api/jobs/{id}", this::cancel);
    routes.apiPost("/api/jobs/{id}/cancel", this::cancel);
  }

  private void submit(Context ctx) {
    SignedIn user = guard.editor(ctx);
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    SourceDocument document;
    if (type.startsWith("multipart/form-data")) {
      UploadedFile file = ctx.uploadedFile("file");
      if (file == null) {
        throw ApiException.badRequest("A multipart submission needs a 'file' part");
      }
      document = upload(intake, file);
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
          intake.text(
              "submitted by " + user.user().name(), Json.text(body, "title"), published, text);
    }
    JobState job = submissions.submit(document, user.user().name());
    ctx.status(202).header("Location", JobBody.url(job));
    Json.send(ctx, JobBody.of(job));
  }

  /** An uploaded file as a document, or the reason it is refused. */
  static SourceDocument upload(Intake intake, UploadedFile file) {
    try (InputStream content = file.content()) {
      return intake.file(file.filename(), file.size(), content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the upload", e);
    }
  }

  private void job(Context ctx) {
    SignedIn user =
        guard
            .current(ctx)
            .orElseThrow(() -> ApiException.unauthenticated("Sign in to follow a submission"));
    Json.send(ctx, JobBody.of(ownJob(submissions, user, ctx.pathParam("id"))));
  }

  private void cancel(Context ctx) {
    SignedIn user = guard.editor(ctx);
    ownJob(submissions, user, ctx.pathParam("id"));
    Json.send(ctx, JobBody.of(submissions.cancel(ctx.pathParam("id"))));
  }

  /** A job that the user submitted, or any job for an admin; 404 for one of someone else. */
  static JobState ownJob(SubmissionQueue submissions, SignedIn user, String id) {
    return submissions
        .find(id, user.user())
        .orElseThrow(() -> ApiException.notFound("No job " + id));
  }
}
