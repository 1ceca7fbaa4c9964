package org.attache.server.submit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;
import org.attache.server.http.ApiException;
import org.attache.server.http.Params;
import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Page;
import org.attache.server.page.Pages;
import org.attache.store.users.SignedIn;

/**
 * The page where an editor submits a document, pasted or as a file, for extraction. The submission
 * joins the queue at once; its job's page follows it and, when the document is stored, leads to the
 * document's page with its records.
 */
public final class SubmitPage {
  private SubmitPage() {}

  public static void register(Routes routes, Submitting s, Pages pages) {
    routes.pageGet(
        "/submit", ctx -> ctx.html(form(s, pages, s.guard().current(ctx), Optional.empty())));
    routes.pagePost("/submit", ctx -> submit(ctx, s, pages));
    routes.pageGet("/submit/jobs/{id}", ctx -> job(ctx, s, pages));
    routes.pagePost(
        "/submit/jobs/{id}/cancel",
        ctx -> {
          SignedIn editor = s.guard().editor(ctx);
          String id = s.ownJob(editor, ctx.pathParam("id")).id();
          s.queue().cancel(id);
          ctx.redirect("/submit/jobs/" + id, HttpStatus.SEE_OTHER);
        });
  }

  private static void submit(Context ctx, Submitting s, Pages pages) {
    SignedIn editor = s.guard().editor(ctx);
    JobState job;
    try {
      SourceDocument document;
      UploadedFile file = ctx.uploadedFile("file");
      if (file != null && file.size() > 0) {
        document = s.upload(file);
      } else {
        document =
            s.intake()
                .text(
                    "submitted by " + editor.user().name(),
                    Params.form(ctx, "title"),
                    published(Params.form(ctx, "published")),
                    Optional.ofNullable(ctx.formParam("text")).orElse(""));
      }
      job = s.queue().submit(document, editor.user().name());
    } catch (ApiException e) {
      if (e.status() != 400 && e.status() != 413) {
        throw e;
      }
      ctx.status(e.status());
      ctx.html(form(s, pages, Optional.of(editor), Optional.of(e.getMessage())));
      return;
    }
    ctx.redirect("/submit/jobs/" + job.id(), HttpStatus.SEE_OTHER);
  }

  private static void job(Context ctx, Submitting s, Pages pages) {
    SignedIn signedIn = s.follower(ctx);
    JobState job = s.ownJob(signedIn, ctx.pathParam("id"));
    if (job.status() == JobStatus.DONE) {
      ctx.redirect(JobBody.documentPage(job).orElseThrow());
      return;
    }
    JobView view =
        new JobView(
            job,
            String.format(Locale.ROOT, "%,d bytes", job.size()),
            describe(job),
            String.format(Locale.ROOT, "%.3f", job.progress()));
    ctx.html(
        pages.render(
            "submit/job.jte",
            new Page(
                "Submission " + job.status().code(),
                Optional.of(signedIn),
                List.of("/assets/job.js")),
            view));
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
      throw Refusal.BAD_REQUEST.because(
          "The publication date is not a date like 2025-03-04: '" + value.orElseThrow() + "'");
    }
  }

  private static String form(
      Submitting s, Pages pages, Optional<SignedIn> signedIn, Optional<String> error) {
    return pages.render(
        "submit/form.jte",
        new Page("Submit a document", signedIn, List.of()),
        new FormView(
            error, String.format(Locale.ROOT, "%,d bytes", s.queue().limits().maxDocumentBytes())));
  }
}
