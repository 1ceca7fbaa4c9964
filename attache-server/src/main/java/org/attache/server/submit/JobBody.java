package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A submission job as the API gives it, with the addresses that follow it. */
public record JobBody(
    String id,
    String url,
    String page,
    String status,
    String stage,
    double progress,
    int stagesDone,
    int stagesTotal,
    Optional<Integer> waitingBefore,
    boolean cancelRequested,
    long size,
    Optional<String> title,
    String submittedAt,
    Optional<String> finishedAt,
    Optional<String> documentId,
    Optional<String> documentUrl,
    Optional<String> documentPage,
    Optional<String> error) {
  public JobBody {
    requireNonNull(id, "id is null");
    requireNonNull(url, "url is null");
    requireNonNull(page, "page is null");
    requireNonNull(status, "status is null");
    requireNonNull(stage, "stage is null");
    requireNonNull(waitingBefore, "waitingBefore is null");
    requireNonNull(title, "title is null");
    requireNonNull(submittedAt, "submittedAt is null");
    requireNonNull(finishedAt, "finishedAt is null");
    requireNonNull(documentId, "documentId is null");
    requireNonNull(documentUrl, "documentUrl is null");
    requireNonNull(documentPage, "documentPage is null");
    requireNonNull(error, "error is null");
  }

  /** The address of a job in the API. */
  static String url(JobState job) {
    return "/api/jobs/" + job.id();
  }

  /** The document page a job done leads to. */
  static Optional<String> documentPage(JobState job) {
    return job.documentId()
        .map(id -> "/documents/" + id + "?submitted=" + (job.known() ? "known" : "new"));
  }

  static JobBody of(JobState job) {
    return new JobBody(
        job.id(),
        url(job),
        "/submit/jobs/" + job.id(),
        job.status().code(),
        job.stage(),
        Math.round(job.progress() * 1000) / 1000.0,
        job.stagesDone(),
        job.stagesTotal(),
        job.waitingBefore(),
        job.cancelRequested(),
        job.size(),
        job.title(),
        job.submittedAt().toString(),
        job.finishedAt().map(Object::toString),
        job.documentId(),
        job.documentId().map(id -> "/api/documents/" + id),
        documentPage(job),
        job.message());
  }
}
