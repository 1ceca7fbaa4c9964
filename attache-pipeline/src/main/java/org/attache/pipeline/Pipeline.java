package org.attache.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered composition of stages, checked when it is built: every stage's requirements must be
 * provided by the stages before it.
 */
public final class Pipeline {
  private final List<Stage> stages;

  /**
   * @throws IllegalArgumentException naming the first stage whose requirements are not met
   */
  public Pipeline(List<Stage> stages) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    for (Stage stage : stages) {
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "Stage '"
                + stage.name()
                + "' needs "
                + missing
                + ", which no stage before it provides");
      }
      available.addAll(stage.provides());
    }
    this.stages = List.copyOf(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage in order. */
  public Analysis run(Analysis analysis) {
    Analysis current = analysis;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }

  /** Runs every stage in order, adding each stage's wall time (ns) to {@code timings}. */
  public Analysis run(Analysis analysis, StageTimings timings) {
    Analysis current = analysis;
    for (Stage stage : stages) {
      long start = System.nanoTime();
      current = stage.apply(current);
      timings.add(stage.name(), System.nanoTime() - start);
    }
    return current;
  }

  /** The names of the stages, in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    stages.forEach(s -> names.add(s.name()));
    return names;
  }
}
