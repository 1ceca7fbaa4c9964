package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

/** A job's page: the job, its size and state in words, and its progress from 0 to 1. */
public record JobView(JobState job, String size, String state, String progress) {
  public JobView {
    requireNonNull(job, "job is null");
    requireNonNull(size, "size is null");
    requireNonNull(state, "state is null");
    requireNonNull(progress, "progress is null");
  }
}
