package org.attache.pipeline.analysis;

/**
 * Hears what the pipeline does with each document: for timings and counts, never for results.
 * Called on the thread that runs the document; an implementation shared between threads must be
 * safe to share.
 */
public interface PipelineListener {
  /** A listener that hears nothing. */
  PipelineListener NONE = new PipelineListener() {};

  /** {@code stage} returned {@code result} after {@code elapsedNanos} of wall time. */
  default void stageFinished(Stage stage, Analysis result, long elapsedNanos) {}

  /** The pipeline is done with a document: every stage ran, or one closed it. */
  default void documentFinished(Analysis result) {}
}
