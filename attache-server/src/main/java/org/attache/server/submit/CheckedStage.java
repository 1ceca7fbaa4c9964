package org.attache.server.submit;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.attache.pipeline.analysis.Analysis;
import org.attache.pipeline.analysis.Layer;
import org.attache.pipeline.analysis.Stage;

/**
 * A stage of the extractor that first reports that a job reached it, which is where a cancelled job
 * stops.
 */
record CheckedStage(Stage stage, Runnable before) implements Stage {
  CheckedStage {
    requireNonNull(stage, "stage is null");
    requireNonNull(before, "before is null");
  }

  @Override
  public String name() {
    return stage.name();
  }

  @Override
  public Set<Layer> requires() {
    return stage.requires();
  }

  @Override
  public Set<Layer> provides() {
    return stage.provides();
  }

  @Override
  public Analysis apply(Analysis analysis) {
    before.run();
    return stage.apply(analysis);
  }
}
