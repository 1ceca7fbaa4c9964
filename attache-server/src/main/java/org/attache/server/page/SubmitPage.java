package org.attache.server.page;

import static java.util.Objects.requireNonNull;
import static org.attache.server.page.Html.text;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;
import org.attache.server.Services;
import org.attache.server.auth.SignedIn;
import org.attache.server.http.ApiException;
import org.attache.server.http.Params;
import org.attache.server.submit.JobState;
import org.attache.server.submit.JobStatus;

/**
 * The page where an editor submits a document, pasted or as a file, for extraction. The submission
 * joins the queue at once; its job's page follows it and, when the document is stored, leads to the
 * document's page with its records.
 */
public final class SubmitPage {
  private final Services services;

  public SubmitPage(Services services) {
    this.services = requireNonNull(services, "services is null");
  }

  public void register(RoutesConfig config) {
    config.get("/submit", this::form);
    config.post("/submit", this::submit);
    config.get("/submit/jobs/{id}", this::job);
    config.post("/submit/jobs/{id}/cancel", this::cancel);
  }

  private void form(Context ctx) {
    Optional<SignedIn> signedIn = services.guard().current(ctx);
    ctx.html(Html.page("Submit a document", signedIn, form(signedIn, Optional.empty())));
  }

  private void submit(Context ctx) {
    SignedIn editor = services.guard().editor(ctx);
    JobState job;
    try {
      SourceDocument document;
      UploadedFile file = ctx.uploadedFile("file");
      if (file != null && file.size() > 0) {
        try (InputStream content = file.content()) {
          document = services.intake().file(file.filename(), file.size(), content);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the upload", e);
        }
      } else {
        document =
            services
                .intake()
                .text(
                    "submitted by " + editor.user().name(),
                    Params.form(ctx, "title"),
                    published(Params.form(ctx, "published")),
                    Optional.ofNullable(ctx.formParam("text")).orElse(""));
      }
      job = services.submissions().submit(document, editor.user().name());
    } catch (ApiException e) {
      if (e.status() != 400 && e.status() != 413) {
        throw e;
      }
      ctx.status(e.status());
      ctx.html(
          Html.page(
              "Submit a document",
              Optional.of(editor),
              form(Optional.of(editor), Optional.of(e.getMessage()))));
      return;
    }
    ctx.redirect("/submit/jobs/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void job(Context ctx) {
    SignedIn signedIn =
        services
            .guard()
            .current(ctx)
            .orElseThrow(() -> ApiException.unauthenticated("Sign in to follow a submission"));
    JobState job = ownJob(signedIn, ctx.pathParam("id"));
    if (job.status() == JobStatus.DONE) {
      ctx.redirect(documentPage(job));
      return;
    }
    ctx.html(
        Html.page(
            "Submission " + job.status().code(),
            Optional.of(signedIn),
            jobMain(job, signedIn),
            "/assets/job.js"));
  }

  private void cancel(Context ctx) {
    SignedIn editor = services.guard().editor(ctx);
    String id = ownJob(editor, ctx.pathParam("id")).id();
    services.submissions().cancel(id);
    ctx.redirect("/submit/jobs/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** A job that the user submitted, or any job for an admin; 404 for one of someone else. */
  private JobState ownJob(SignedIn user, String id) {
    return services
        .submissions()
        .find(id, user.user())
        .orElseThrow(() -> ApiException.notFound("No job " + id));
  }

  private static String documentPage(JobState job) {
    return "/documents/"
        + job.documentId().orElseThrow()
        + "?submitted="
        + (job.known() ? "known" : "new");
  }

  /** The job as it stands; the script follows it from there. */
  private static String jobMain(JobState job, SignedIn signedIn) {
    StringBuilder main = new StringBuilder("<h1>Submission</h1>");
    main.append("<div id=\"job\" data-api=\"/api/jobs/")
        .append(text(job.id()))
        .append("\" data-status=\"")
        .append(text(job.status().code()))
        .append("\"><p class=\"meta\">")
        .append(text(job.title().orElse("A document without a title")))
        .append(" · ")
        .append(text(String.format(Locale.ROOT, "%,d bytes", job.size())))
        .append("</p><p id=\"job-status\">")
        .append(text(describe(job)))
        .append("</p><progress id=\"job-progress\" max=\"1\" value=\"")
        .append(String.format(Locale.ROOT, "%.3f", job.progress()))
        .append("\"></progress>");
    job.message()
        .ifPresent(
            m ->
                main.append("<p class=\"error\" id=\"job-error\">").append(text(m)).append("</p>"));
    if (!job.status().finished()) {
      main.append("<form method=\"post\" action=\"/submit/jobs/")
          .append(text(job.id()))
          .append("/cancel\" id=\"cancel-form\">")
          .append(Html.csrfField(signedIn))
          .append("<button type=\"submit\" id=\"cancel-button\">Cancel</button></form>");
    } else {
      main.append("<p>").append(Html.link("/submit", "Submit another document")).append("</p>");
    }
    return main.append("</div>").toString();
  }

  /** A job's state in words; job.js writes the same from the API. */
  static String describe(JobState job) {
    return switch (job.status()) {
      case QUEUED ->
          "Waiting"
              + job.waitingBefore()
                  .filter(n -> n > 0)
                  .map(n -> " behind " + n + (n == 1 ? " other document" : " other documents"))
                  .orElse("")
              + ".";
      case RUNNING ->
          (job.cancelRequested() ? "Cancelling: " : "Extracting: ")
              + job.stage()
              + (job.stagesTotal() > 0
                  ? " (step " + (job.stagesDone() + 1) + " of " + job.stagesTotal() + ")"
                  : "")
              + ".";
      case DONE -> "Done.";
      case FAILED -> "Failed.";
      case CANCELLED -> "Cancelled: nothing was stored.";
    };
  }

  private static Optional<LocalDate> published(Optional<String> value) {
    try {
      return value.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "The publication date is not a date like 2025-03-04: '" + value.orElseThrow() + "'");
    }
  }

  private String form(Optional<SignedIn> signedIn, Optional<String> error) {
    StringBuilder main = new StringBuilder("<h1>Submit a document</h1>");
    if (signedIn.isEmpty() || !signedIn.get().user().role().mayEdit()) {
      return main.append("<p class=\"empty\" id=\"needs-editor\">Submitting needs an editor: ")
          .append(Html.link("/login", "sign in"))
          .append(" first.</p>")
          .toString();
    }
    error.ifPresent(
        e -> main.append("<p class=\"error\" id=\"submit-error\">").append(text(e)).append("</p>"));
    return main.append(
            "<p class=\"meta\">Paste a communiqué or choose a file (text or HTML) of at most ")
        .append(
            text(
                String.format(
                    Locale.ROOT, "%,d bytes", services.submissions().limits().maxDocumentBytes())))
        .append(
            ". It waits its turn, is extracted and stored as <code>attache ingest</code> does;"
                + " this page follows it to the document's page.</p>")
        .append("<form method=\"post\" action=\"/submit\" enctype=\"multipart/form-data\"")
        .append(" class=\"submit\">")
        .append(Html.csrfField(signedIn.get()))
        .append("<label>Title <input name=\"title\" id=\"title\"></label>")
        .append("<label>Published <input name=\"published\" id=\"published\" type=\"date\">")
        .append("</label><label>Text <textarea name=\"text\" id=\"text\" rows=\"14\">")
        .append("</textarea></label><label>Or a file <input type=\"file\" name=\"file\"")
        .append(" id=\"file\" accept=\".txt,.html,.htm,text/plain,text/html\"></label>")
        .append("<button type=\"submit\" id=\"submit-button\">Submit</button></form>")
        .toString();
  }
}
