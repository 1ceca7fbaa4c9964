package org.attache.server.submit;

import java.util.Locale;

/** Where a submission job is: waiting, being extracted, or finished one of three ways. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED;

  /** The status as the API writes it: queued, running, done, failed, cancelled. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean finished() {
    return this == DONE || this == FAILED || this == CANCELLED;
  }
}
