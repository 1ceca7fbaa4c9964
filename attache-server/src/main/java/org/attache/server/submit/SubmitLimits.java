package org.attache.server.submit;

import org.attache.model.error.AttacheException;

/**
 * How submissions are taken and run.
 *
 * @param workers documents extracted at once; with two or more, one of them takes only small
 *     documents, so that a small one never waits for a large one to finish
 * @param maxDocumentBytes the largest document taken, in bytes of UTF-8 text (or of the uploaded
 *     file); a larger one is refused with 413
 * @param smallDocumentBytes the largest document that counts as small
 * @param maxWaiting jobs that may wait at once; past that a submission is refused with 503
 */
public record SubmitLimits(
    int workers, long maxDocumentBytes, long smallDocumentBytes, int maxWaiting) {
  /** The default largest document: 1 MiB. */
  public static final long MAX_DOCUMENT_BYTES = 1L << 20;

  public SubmitLimits {
    if (workers < 1 || workers > 64) {
      throw AttacheException.badInput("Submission workers must be 1 to 64: " + workers);
    }
    if (maxDocumentBytes < 1024) {
      throw AttacheException.badInput(
          "The largest document must be at least 1024 bytes: " + maxDocumentBytes);
    }
    if (smallDocumentBytes < 1 || smallDocumentBytes > maxDocumentBytes) {
      throw AttacheException.badInput(
          "A small document must be 1 to "
              + maxDocumentBytes
              + " bytes (the largest): "
              + smallDocumentBytes);
    }
    if (maxWaiting < 1) {
      throw AttacheException.badInput("Waiting jobs must be at least 1: " + maxWaiting);
    }
  }

  /** Two workers, documents up to 1 MiB, small up to 64 KiB, 100 waiting. */
  public static SubmitLimits standard() {
    return new SubmitLimits(2, MAX_DOCUMENT_BYTES, 64L << 10, 100);
  }

  public SubmitLimits withWorkers(int count) {
    return new SubmitLimits(count, maxDocumentBytes, smallDocumentBytes, maxWaiting);
  }

  /** These limits with another largest document; the small ones stay small at most. */
  public SubmitLimits withMaxDocumentBytes(long bytes) {
    return new SubmitLimits(workers, bytes, Math.min(smallDocumentBytes, bytes), maxWaiting);
  }

  /**
   * The largest request body that may carry a document of the largest size: three times it (a form
   * encodes a byte in up to three, JSON a character of three bytes in six) and 64 KiB for the rest
   * of the request.
   */
  public long maxRequestBytes() {
    return 3 * maxDocumentBytes + (64L << 10);
  }
}
