package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.attache.pipeline.read.SourceDocument;
import org.attache.server.auth.Guard;
import org.attache.server.http.Refusal;
import org.attache.store.users.SignedIn;

/**
 * What submitting needs, through the API or the pages: who may submit, the intake that takes or
 * refuses a document, and the queue of jobs.
 */
public record Submitting(Guard guard, Intake intake, SubmissionQueue queue) {
  public Submitting {
    requireNonNull(guard, "guard is null");
    requireNonNull(intake, "intake is null");
    requireNonNull(queue, "queue is null");
  }

  /** An uploaded file as a document, or the reason it is refused. */
  SourceDocument upload(UploadedFile file) {
    try (InputStream content = file.content()) {
      return intake.file(file.filename(), file.size(), content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the upload", e);
    }
  }

  /** A job that the user submitted, or any job for an admin; 404 for one of someone else. */
  JobState ownJob(SignedIn user, String id) {
    return queue.find(id, user.user()).orElseThrow(() -> Refusal.NOT_FOUND.because("No job " + id));
  }

  /** The signed-in user who follows a job. */
  SignedIn follower(io.javalin.http.Context ctx) {
    return guard
        .current(ctx)
        .orElseThrow(() -> Refusal.UNAUTHENTICATED.because("Sign in to follow a submission"));
  }
}
