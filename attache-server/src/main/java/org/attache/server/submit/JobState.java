package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * What a submission job is doing, as of one moment.
 *
 * @param id the job's id: 22 random URL-safe characters
 * @param submitter the name of the user who submitted it
 * @param title the document's title, if it has one
 * @param size the document's text in bytes of UTF-8
 * @param stage the step reached: queued, models, check, a stage of the extractor, store, or the
 *     status when finished
 * @param stagesDone steps done of {@code stagesTotal}; both 0 until the job runs
 * @param waitingBefore jobs submitted before this one that still wait, while it waits
 * @param cancelRequested whether cancelling was asked for, which a running job heeds at its next
 *     step
 * @param documentId the stored document's id, once done
 * @param known whether the document was stored already (nothing changed), once done
 * @param message why the job failed, once failed
 */
public record JobState(
    String id,
    String submitter,
    Optional<String> title,
    long size,
    JobStatus status,
    String stage,
    int stagesDone,
    int stagesTotal,
    Optional<Integer> waitingBefore,
    boolean cancelRequested,
    Instant submittedAt,
    Optional<Instant> finishedAt,
    Optional<String> documentId,
    boolean known,
    Optional<String> message) {
  public JobState {
    requireNonNull(id, "id is null");
    requireNonNull(submitter, "submitter is null");
    requireNonNull(title, "title is null");
    requireNonNull(status, "status is null");
    requireNonNull(stage, "stage is null");
    requireNonNull(waitingBefore, "waitingBefore is null");
    requireNonNull(submittedAt, "submittedAt is null");
    requireNonNull(finishedAt, "finishedAt is null");
    requireNonNull(documentId, "documentId is null");
    requireNonNull(message, "message is null");
    if (stagesDone < 0 || stagesDone > stagesTotal) {
      throw new IllegalArgumentException(
          "Steps done must be 0 to " + stagesTotal + ": " + stagesDone);
    }
    if (status == JobStatus.DONE && documentId.isEmpty()) {
      throw new IllegalArgumentException("A job done has a document: " + id);
    }
  }

  /** The part of the work done, from 0 to 1. */
  public double progress() {
    if (status == JobStatus.DONE) {
      return 1;
    }
    return stagesTotal == 0 ? 0 : (double) stagesDone / stagesTotal;
  }
}
