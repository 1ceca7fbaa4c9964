package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.attache.pipeline.read.SourceDocument;

/**
 * One submitted document on its way through the queue. The queue's lock guards where it waits; this
 * object's own lock guards its state, which its worker writes and requests read.
 */
final class Job implements Submission.Progress {
  private final String id;
  private final String submitter;
  private final SourceDocument document;
  private final long size;
  private final Instant submittedAt;

  private JobStatus status = JobStatus.QUEUED;
  private String stage = "queued";
  private int stagesDone;
  private int stagesTotal;
  private boolean cancelRequested;
  private Instant finishedAt;
  private String documentId;
  private boolean known;
  private String message;

  Job(String id, String submitter, SourceDocument document, long size, Instant submittedAt) {
    this.id = requireNonNull(id, "id is null");
    this.submitter = requireNonNull(submitter, "submitter is null");
    this.document = requireNonNull(document, "document is null");
    this.size = size;
    this.submittedAt = requireNonNull(submittedAt, "submittedAt is null");
  }

  String id() {
    return id;
  }

  SourceDocument document() {
    return document;
  }

  long size() {
    return size;
  }

  synchronized JobStatus status() {
    return status;
  }

  synchronized Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  synchronized JobState state(Optional<Integer> waitingBefore) {
    return new JobState(
        id,
        submitter,
        document.title(),
        size,
        status,
        stage,
        stagesDone,
        stagesTotal,
        status == JobStatus.QUEUED ? waitingBefore : Optional.empty(),
        cancelRequested,
        submittedAt,
        Optional.ofNullable(finishedAt),
        Optional.ofNullable(documentId),
        known,
        Optional.ofNullable(message));
  }

  synchronized void started() {
    status = JobStatus.RUNNING;
    stage = "started";
  }

  /**
   * Records the step reached; the point where a running job stops when cancelling was asked for.
   */
  @Override
  public synchronized void reached(String step, int done, int total) {
    if (cancelRequested) {
      throw new JobCancelledException(id);
    }
    stage = step;
    stagesDone = done;
    stagesTotal = total;
  }

  synchronized void requestCancel() {
    cancelRequested = true;
  }

  synchronized void done(String storedId, boolean wasKnown, Instant now) {
    status = JobStatus.DONE;
    stage = status.code();
    stagesDone = stagesTotal;
    documentId = storedId;
    known = wasKnown;
    finishedAt = now;
  }

  synchronized void failed(String why, Instant now) {
    status = JobStatus.FAILED;
    stage = status.code();
    message = why;
    finishedAt = now;
  }

  synchronized void cancelled(Instant now) {
    status = JobStatus.CANCELLED;
    stage = status.code();
    cancelRequested = true;
    finishedAt = now;
  }
}
