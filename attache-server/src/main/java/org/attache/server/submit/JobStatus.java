package org.attache.server.submit;

import org.attache.model.Vocabulary;

/** Where a submission job is: waiting, being extracted, or finished one of three ways. */
public enum JobStatus implements Vocabulary {
  QUEUED,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED;

  public boolean finished() {
    return this == DONE || this == FAILED || this == CANCELLED;
  }
}
