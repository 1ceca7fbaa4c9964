package org.attache.server.submit;

/** Stops a running job between two steps, after cancelling was asked for. */
final class JobCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  JobCancelledException(String jobId) {
    super("Job " + jobId + " was cancelled", null, false, false);
  }
}
