package org.attache.ingest;

/** Hears how an ingest goes. Called on the ingesting thread. */
public interface ProgressListener {
  /** After every input dealt with. */
  void progress(IngestSummary sofar);

  /** An input that could not be read, extracted or stored. */
  void failed(String source, String reason);

  /** Once, at the end. */
  void finished(IngestSummary total);

  /** A listener that hears nothing. */
  static ProgressListener silent() {
    return new ProgressListener() {
      @Override
      public void progress(IngestSummary sofar) {}

      @Override
      public void failed(String source, String reason) {}

      @Override
      public void finished(IngestSummary total) {}
    };
  }
}
