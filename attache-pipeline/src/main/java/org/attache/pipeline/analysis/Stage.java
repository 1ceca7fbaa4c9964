package org.attache.pipeline.analysis;

import java.util.Set;

/**
 * One step of the extractor: takes an immutable {@link Analysis} and returns a new one with the
 * layers it provides added. A stage declares what it needs, so that a pipeline built in the wrong
 * order fails when it is built, not on the first document.
 */
public interface Stage {
  /** A short name for messages and timing ("annotate", "actors"). */
  String name();

  /** The layers that must be present before this stage runs. */
  Set<Layer> requires();

  /** The layers this stage adds. */
  Set<Layer> provides();

  /** Runs the stage on one document; must not change its input. */
  Analysis apply(Analysis analysis);
}
